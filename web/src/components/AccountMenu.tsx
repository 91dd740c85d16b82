import { useTranslation } from "react-i18next";
import { useOptionalSession } from "../accounts/session/SessionContext.tsx";
import { roleLabel } from "../i18n/labels.ts";
import { Link, navigate, usePathname } from "../routing/navigation.ts";

/** The header's account area: who is signed in and "Sign out", or a "Sign in" link. */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useOptionalSession();
  const pathname = usePathname();
  if (!session) return null;
  const { account, signOut } = session;
  if (!account) {
    if (pathname === "/sign-in") return null;
    return (
      <Link className="usa-link haven-account__link" href="/sign-in">
        {t("auth.signIn")}
      </Link>
    );
  }
  const onSignOut = async () => {
    await signOut();
    navigate("/sign-in");
  };
  return (
    <div className="haven-account">
      <span className="haven-account__name" data-testid="account-name">
        <span className="usa-sr-only">{t("auth.signedInAs")} </span>
        {account.displayName ?? roleLabel(t, account.role)}
      </span>
      <button
        type="button"
        className="usa-button usa-button--unstyled haven-account__sign-out"
        onClick={() => void onSignOut()}
      >
        {t("auth.signOut")}
      </button>
    </div>
  );
}
