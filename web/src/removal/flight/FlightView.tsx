import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { countryName, formatDateTime } from "../../i18n/format.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import { Link } from "../../routing/navigation.ts";
import { flightStatusLabel, StatusTag } from "../labels.tsx";
import type { FlightView as View } from "../removalFlightsApi.ts";
import { AddToManifestForm } from "./AddToManifestForm.tsx";
import { CancelFlightForm } from "./CancelFlightForm.tsx";
import { ManifestTable } from "./ManifestTable.tsx";

/** What a write on the page came to, said where the reader's focus goes. */
export interface Message {
  kind: "success" | "warning" | "error";
  text: string;
}

/** The flight, its manifest with each person's boarding, and what may still be done to it. */
export function FlightView({ view, reload }: { view: View; reload(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { flight, manifest } = view;
  const country = countryName(flight.destination, locale);
  const title = t("removalFlights.flight.title", { flight: flight.flightNumber, country });
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(title);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  /** Shows what a write came to and reads the flight again. */
  const done = (next: Message) => {
    setMessage(next);
    void reload().catch(() => {});
  };

  return (
    <div className="haven-removal-flight">
      <p>
        <Link className="usa-link" href="/removal-flights">
          {t("removalFlights.flight.back")}
        </Link>
      </p>
      <h1>{title}</h1>
      <dl className="haven-summary" aria-label={t("removalFlights.flight.details")}>
        <div>
          <dt>{t("removalFlights.flight.departs")}</dt>
          <dd>{formatDateTime(flight.departsAt, locale)}</dd>
        </div>
        <div>
          <dt>{t("removalFlights.flight.from")}</dt>
          <dd>{flight.departureAirport}</dd>
        </div>
        <div>
          <dt>{t("removalFlights.flight.carrier")}</dt>
          <dd>
            {flight.carrier} ({t(`removalFlights.kind.${flight.kind}`)})
          </dd>
        </div>
        <div>
          <dt>{t("removalFlights.flight.status")}</dt>
          <dd data-testid="flight-status">
            <StatusTag status={flight.status} label={flightStatusLabel(t, flight.status)} />
          </dd>
        </div>
      </dl>
      {message && (
        <div
          ref={messageRef}
          tabIndex={-1}
          className={`usa-alert usa-alert--${message.kind} usa-alert--slim haven-message`}
          role={message.kind === "success" ? "status" : "alert"}
          data-testid="flight-message"
          data-kind={message.kind}
        >
          <div className="usa-alert__body">
            <p className="usa-alert__text">{message.text}</p>
          </div>
        </div>
      )}
      <section aria-labelledby="manifest-heading">
        <h2 id="manifest-heading">{t("removalFlights.manifest.heading")}</h2>
        <ManifestTable flight={flight} manifest={manifest} onDone={done} />
      </section>
      {flight.status === "scheduled" && (
        <>
          <section aria-labelledby="add-heading">
            <h2 id="add-heading">{t("removalFlights.add.heading")}</h2>
            <AddToManifestForm flightId={flight.id} onDone={done} />
          </section>
          <section aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">{t("removalFlights.cancel.heading")}</h2>
            <CancelFlightForm flightId={flight.id} onDone={done} />
          </section>
        </>
      )}
    </div>
  );
}
