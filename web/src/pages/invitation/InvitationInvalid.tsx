import { useTranslation } from "react-i18next";
import { FocusHeading } from "../../components/FocusHeading.tsx";
import { Link } from "../../router.tsx";
import { useDocumentTitle } from "../../useDocumentTitle.ts";

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
