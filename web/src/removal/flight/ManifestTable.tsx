import { useTranslation } from "react-i18next";
import { NativeName } from "../../components/PersonName.tsx";
import { countryName, formatDate } from "../../i18n/format.ts";
import { casePath, Link } from "../../routing/navigation.ts";
import { manifestStatusLabel, ruleLabel, StatusTag } from "../labels.tsx";
import type { Flight, ManifestEntry } from "../removalFlightsApi.ts";
import type { Message } from "./FlightView.tsx";
import { OutcomeActions } from "./OutcomeActions.tsx";

/** The person's travel document, and whether it is good for this flight's destination and date. */
function TravelDocumentCell({ entry }: { entry: ManifestEntry }) {
  const { t, i18n } = useTranslation();
  const document = entry.travelDocument;
  if (!document) {
    return (
      <span className="usa-tag haven-tag haven-tag--warning">
        {t("removalFlights.document.none")}
      </span>
    );
  }
  return (
    <>
      <span>
        {t(`removalFlights.document.${document.kind}`)} (
        {countryName(document.country, i18n.language)})
      </span>
      <br />
      <span className="haven-muted">
        {document.validUntil
          ? t("removalFlights.document.validUntil", {
              day: formatDate(document.validUntil, i18n.language),
            })
          : t("removalFlights.document.noExpiry")}
      </span>
      {!document.validForFlight && (
        <>
          <br />
          <span className="usa-tag haven-tag haven-tag--warning">
            {t("removalFlights.document.notForFlight")}
          </span>
        </>
      )}
    </>
  );
}

/**
 * Everyone put on the flight, none left out: where each stands, and for one the guard bars, the
 * rule, its legal basis and the reason it gave; the boarding outcomes for those still to board.
 */
export function ManifestTable({
  flight,
  manifest,
  onDone,
}: {
  flight: Flight;
  manifest: readonly ManifestEntry[];
  onDone(message: Message): void;
}) {
  const { t } = useTranslation();
  if (manifest.length === 0) {
    return <p data-testid="empty-manifest">{t("removalFlights.manifest.none")}</p>;
  }
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked haven-manifest">
      <caption className="usa-sr-only">{t("removalFlights.manifest.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("removalFlights.manifest.person")}</th>
          <th scope="col">{t("removalFlights.manifest.status")}</th>
          <th scope="col">{t("removalFlights.manifest.why")}</th>
          <th scope="col">{t("removalFlights.manifest.document")}</th>
          <th scope="col">{t("removalFlights.manifest.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {manifest.map((entry) => (
          <tr
            key={entry.caseId}
            data-testid="manifest-entry"
            data-case={entry.caseId}
            data-reference={entry.reference}
            data-status={entry.status}
          >
            <th scope="row" data-label={t("removalFlights.manifest.person")}>
              {entry.displayName} <NativeName person={entry} />
              <br />
              <Link className="usa-link" href={casePath(entry.caseId)}>
                <span className="usa-sr-only">{t("removalFlights.manifest.reference")} </span>
                {entry.reference}
              </Link>
            </th>
            <td data-label={t("removalFlights.manifest.status")}>
              <StatusTag status={entry.status} label={manifestStatusLabel(t, entry.status)} />
            </td>
            <td data-label={t("removalFlights.manifest.why")}>
              {entry.blocked ? (
                <div className="haven-blocker" data-rule={entry.blocked.rule}>
                  <p className="margin-0 text-bold">{ruleLabel(t, entry.blocked.rule)}</p>
                  <p className="margin-0">
                    {t("removalFlights.manifest.citation")}: {entry.blocked.citation}
                  </p>
                  <p className="margin-0" lang="en">
                    {entry.blocked.reason}
                  </p>
                </div>
              ) : (
                "—"
              )}
            </td>
            <td data-label={t("removalFlights.manifest.document")} data-document>
              <TravelDocumentCell entry={entry} />
            </td>
            <td data-label={t("removalFlights.manifest.actions")}>
              <OutcomeActions flight={flight} entry={entry} onDone={onDone} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
