import { useTranslation } from "react-i18next";
import { countryName, formatDateTime, formatNumber } from "../../i18n/format.ts";
import { Link } from "../../routing/navigation.ts";
import { flightStatusLabel, StatusTag } from "../labels.tsx";
import type { Flight } from "../removalFlightsApi.ts";

/** The flights, as the API orders them: those still to depart first, soonest first. */
export function FlightTable({ flights }: { flights: readonly Flight[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <table className="usa-table usa-table--borderless usa-table--stacked haven-flights">
      <caption className="usa-sr-only">{t("removalFlights.list.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("removalFlights.list.flight")}</th>
          <th scope="col">{t("removalFlights.list.departs")}</th>
          <th scope="col">{t("removalFlights.list.status")}</th>
          <th scope="col">{t("removalFlights.list.people")}</th>
        </tr>
      </thead>
      <tbody>
        {flights.map((flight) => {
          const to = countryName(flight.destination, locale);
          return (
            <tr key={flight.id} data-testid="removal-flight" data-id={flight.id}>
              <th scope="row" data-label={t("removalFlights.list.flight")}>
                <Link className="usa-link" href={`/removal-flights/${flight.id}`}>
                  {flight.flightNumber}
                </Link>
                <br />
                {t("removalFlights.list.route", { from: flight.departureAirport, to })}
              </th>
              <td data-label={t("removalFlights.list.departs")}>
                {formatDateTime(flight.departsAt, locale)}
              </td>
              <td data-label={t("removalFlights.list.status")}>
                <StatusTag status={flight.status} label={flightStatusLabel(t, flight.status)} />
              </td>
              <td data-label={t("removalFlights.list.people")}>
                {t("removalFlights.list.peopleCount", {
                  people: formatNumber(flight.people, locale),
                  blocked: formatNumber(flight.blocked, locale),
                })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
