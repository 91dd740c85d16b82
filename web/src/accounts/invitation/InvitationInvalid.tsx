import { useTranslation } from "react-i18next";
import { FocusHeading } from "../../components/FocusHeading.tsx";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";

export function InvitationInvalid() {
  const { t } = useTranslation();
  useDocumentTitle(t("invitation.invalidTitle"));
  return (
    <div className="haven-narrow">
      <FocusHeading>{t("invitation.invalidTitle")}</FocusHeading>
      <p className="usa-intro">{t("invitation.invalidBody")}</p>
      <p>
        <Link className="usa-link" href="/sign-in">
          {t("invitation.signIn")}
        </Link>
      </p>
    </div>
  );
}
