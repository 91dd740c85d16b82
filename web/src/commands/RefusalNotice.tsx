import { useTranslation } from "react-i18next";
import { refusalLabel } from "../i18n/readable.ts";

/** A refusal as the API gives it: the rule, the law it cites, and why, in the record's words. */
export interface ShownRefusal {
  rule: string;
  citation: string;
  detail?: string;
  message?: string;
}

/** Why the process model refuses the command: the rule and its citation, then its reasons. */
export function RefusalNotice({ refusal, live = true }: { refusal: ShownRefusal; live?: boolean }) {
  const { t } = useTranslation();
  const rule = refusalLabel(t, refusal.rule);
  return (
    <div
      className="usa-alert usa-alert--warning usa-alert--slim haven-refusal"
      role={live ? "alert" : undefined}
    >
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          <strong>{t("commandForm.refused")}</strong>{" "}
          <span className="haven-refusal__rule" data-rule={refusal.rule}>
            {rule ?? refusal.rule}
          </span>
          {" · "}
          <cite>{refusal.citation}</cite>
        </p>
        {/* The server's own words, in English: the rule above is in the reader's language. */}
        <p className="usa-alert__text" lang="en">
          {refusal.detail ?? refusal.message}
        </p>
      </div>
    </div>
  );
}
