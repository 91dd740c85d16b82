import { useTranslation } from "react-i18next";
import { FocusHeading } from "../../components/FocusHeading.tsx";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";

export function ResetLinkSent({ identifier }: { identifier: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("passwordReset.sentTitle"));
  return (
    <div className="haven-narrow">
      <FocusHeading>{t("passwordReset.sentTitle")}</FocusHeading>
      <p className="usa-intro" data-testid="reset-sent">
        {t("passwordReset.sentBody", { identifier })}
      </p>
      <p>{t("passwordReset.sentHelp")}</p>
      <p>
        <Link className="usa-link" href="/sign-in">
          {t("passwordReset.backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
