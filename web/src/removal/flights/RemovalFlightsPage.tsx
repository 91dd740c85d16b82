import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { needsSignIn, SignInAgain } from "../../accounts/session/SignInAgain.tsx";
import { LoadError, Loading } from "../../components/LoadState.tsx";
import { countryName, formatNumber } from "../../i18n/format.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { useLoad } from "../../platform/useLoad.ts";
import { Link } from "../../routing/navigation.ts";
import { FLIGHTS_PAGE, type Flight, listFlights } from "../removalFlightsApi.ts";
import { CreateFlightForm } from "./CreateFlightForm.tsx";
import { FlightTable } from "./FlightTable.tsx";

/** `/removal-flights`: ICE's removal flights, those still to depart first, and a new one. */
export function RemovalFlightsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [offset, setOffset] = useState(0);
  const [load, retry] = useLoad(`removal-flights-${offset}`, (signal) =>
    listFlights(offset, signal),
  );
  const [created, setCreated] = useState<Flight | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t("removalFlights.title"));
  useEffect(() => {
    if (created) messageRef.current?.focus();
  }, [created]);

  const onCreated = (flight: Flight) => {
    setCreated(flight);
    if (offset === 0) retry();
    else setOffset(0);
  };

  return (
    <div className="haven-removal-flights">
      <h1>{t("removalFlights.title")}</h1>
      <p className="usa-intro">{t("removalFlights.intro")}</p>
      {created && (
        <div
          ref={messageRef}
          tabIndex={-1}
          className="usa-alert usa-alert--success usa-alert--slim haven-message"
          role="status"
          data-testid="flight-created"
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              <Link className="usa-link" href={`/removal-flights/${created.id}`}>
                {t("removalFlights.create.created", {
                  flight: created.flightNumber,
                  country: countryName(created.destination, locale),
                })}
              </Link>
            </p>
          </div>
        </div>
      )}
      <section aria-labelledby="flights-heading">
        <h2 id="flights-heading">{t("removalFlights.list.heading")}</h2>
        {load.status === "loading" && <Loading />}
        {load.status === "failed" &&
          (needsSignIn(load.error) ? <SignInAgain /> : <LoadError onRetry={retry} />)}
        {load.status === "loaded" &&
          (load.data.flights.length === 0 ? (
            <p data-testid="no-flights">{t("removalFlights.list.none")}</p>
          ) : (
            <>
              <FlightTable flights={load.data.flights} />
              {load.data.total > FLIGHTS_PAGE && (
                <nav aria-label={t("removalFlights.list.pages")} className="haven-actions">
                  <p>
                    {t("removalFlights.list.page", {
                      from: formatNumber(offset + 1, locale),
                      to: formatNumber(offset + load.data.flights.length, locale),
                      total: formatNumber(load.data.total, locale),
                    })}
                  </p>
                  <div className="usa-button-group">
                    {offset > 0 && (
                      <button
                        type="button"
                        className="usa-button usa-button--outline"
                        onClick={() => setOffset(Math.max(0, offset - FLIGHTS_PAGE))}
                      >
                        {t("removalFlights.list.previous")}
                      </button>
                    )}
                    {offset + FLIGHTS_PAGE < load.data.total && (
                      <button
                        type="button"
                        className="usa-button usa-button--outline"
                        onClick={() => setOffset(offset + FLIGHTS_PAGE)}
                      >
                        {t("removalFlights.list.next")}
                      </button>
                    )}
                  </div>
                </nav>
              )}
            </>
          ))}
      </section>
      <section aria-labelledby="create-flight-heading">
        <h2 id="create-flight-heading">{t("removalFlights.create.heading")}</h2>
        <CreateFlightForm onCreated={onCreated} />
      </section>
    </div>
  );
}
