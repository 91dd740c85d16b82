import { useTranslation } from "react-i18next";
import { roleLabel } from "../i18n/labels.ts";
import { useDocumentTitle } from "../platform/useDocumentTitle.ts";
import { Link } from "../routing/navigation.ts";

/** Home for the roles that see no case data: analysts and administrators. */
export function StaffHomeView({ role }: { role: string }) {
  const { t } = useTranslation();
  useDocumentTitle(roleLabel(t, role));
  return (
    <div className="haven-narrow">
      <h1>{roleLabel(t, role)}</h1>
      <p className="usa-intro">{t("home.noCaseData")}</p>
      {role === "administrator" && (
        <>
          <p>{t("home.administrator")}</p>
          <p>
            <Link className="usa-button" href="/admin/invitations">
              {t("admin.title")}
            </Link>
          </p>
        </>
      )}
      {role === "analyst" && <p>{t("home.analyst")}</p>}
    </div>
  );
}
