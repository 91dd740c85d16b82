import { useTranslation } from "react-i18next";
import { casePath, Link } from "../../routing/navigation.ts";
import type { CheckedIn } from "../appointmentsApi.ts";

/** The check-in went through: the encounter is on each person's case, linked here. */
export function CheckInResult({ result }: { result: CheckedIn }) {
  const { t } = useTranslation();
  return (
    <div
      className="usa-alert usa-alert--success haven-check-in-result"
      role="status"
      data-testid="check-in-result"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{t("checkIn.done", { code: result.code })}</h2>
        <p className="usa-alert__text">{t("checkIn.casesIntro")}</p>
        <ul className="usa-list">
          {result.cases.map((item) => (
            <li key={item.caseId}>
              <Link className="usa-link" href={casePath(item.caseId)}>
                {item.displayName}
              </Link>{" "}
              ({item.reference})
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
