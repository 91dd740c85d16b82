import { useTranslation } from "react-i18next";
import { FocusHeading } from "../../components/FocusHeading.tsx";
import { formatDateTime } from "../../i18n/format.ts";
import { roleLabel } from "../../i18n/labels.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import type { Sent } from "./InviteForm.tsx";

export function InvitationSent({ sent, onAnother }: { sent: Sent; onAnother(): void }) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("admin.sentTitle"));
  return (
    <div className="haven-narrow">
      <div className="usa-alert usa-alert--success" data-testid="invitation-sent">
        <div className="usa-alert__body">
          <FocusHeading className="usa-alert__heading">{t("admin.sentTitle")}</FocusHeading>
          <p className="usa-alert__text">
            {t("admin.sentBody", {
              email: sent.email,
              role: roleLabel(t, sent.role),
              date: formatDateTime(sent.expiresAt, i18n.language),
            })}
          </p>
        </div>
      </div>
      <p>
        <button type="button" className="usa-button usa-button--outline" onClick={onAnother}>
          {t("admin.another")}
        </button>
      </p>
    </div>
  );
}
