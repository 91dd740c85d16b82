import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { countryChoices } from "../../appointments/person/choices.ts";
import { fieldErrorsFrom, requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { RadioGroup, radioId } from "../../components/form/RadioGroup.tsx";
import { SelectField } from "../../components/form/SelectField.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { type FieldError, useFormErrors } from "../../components/form/useFormErrors.ts";
import { createFlight, type Flight, type FlightKind } from "../removalFlightsApi.ts";

const FLIGHT_NUMBER = /^[A-Z0-9]{2,3}[ -]?[0-9]{1,5}[A-Z]?$/;
const AIRPORT = /^[A-Z]{3}$/;

const ids = {
  kind: radioId("flight-kind", "charter"),
  carrier: "flight-carrier",
  flightNumber: "flight-number",
  destination: "flight-destination",
  departureAirport: "flight-airport",
  departsAt: "flight-departs",
};

/** A new removal flight: its kind, carrier and number, where it goes, from where and when. */
export function CreateFlightForm({ onCreated }: { onCreated(flight: Flight): void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [kind, setKind] = useState<FlightKind | "">("");
  const [carrier, setCarrier] = useState("");
  const [flightNumber, setFlightNumber] = useState("");
  const [destination, setDestination] = useState("");
  const [airport, setAirport] = useState("");
  const [departsAt, setDepartsAt] = useState("");
  const [busy, run] = useBusy();
  const form = useFormErrors();

  const messages: Record<keyof typeof ids, FieldError> = {
    kind: { id: ids.kind, message: t("removalFlights.create.kindMissing") },
    carrier: { id: ids.carrier, message: t("removalFlights.create.carrierMissing") },
    flightNumber: { id: ids.flightNumber, message: t("removalFlights.create.flightNumberInvalid") },
    destination: { id: ids.destination, message: t("removalFlights.create.destinationMissing") },
    departureAirport: {
      id: ids.departureAirport,
      message: t("removalFlights.create.airportInvalid"),
    },
    departsAt: { id: ids.departsAt, message: t("removalFlights.create.departsAtMissing") },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = flightNumber.trim().toUpperCase();
    const code = airport.trim().toUpperCase();
    // The input gives the reader's local time; the API takes an instant with its offset.
    const departure = departsAt ? new Date(departsAt) : null;
    const fields: FieldError[] = [];
    if (!kind) fields.push(messages.kind);
    if (!carrier.trim()) fields.push(messages.carrier);
    if (!FLIGHT_NUMBER.test(number)) fields.push(messages.flightNumber);
    if (!destination) fields.push(messages.destination);
    if (!AIRPORT.test(code)) fields.push(messages.departureAirport);
    if (!departure || Number.isNaN(departure.getTime())) fields.push(messages.departsAt);
    if (!kind || !departure || fields.length > 0) return form.show({ fields });
    void run(async () => {
      try {
        const flight = await createFlight({
          kind,
          carrier: carrier.trim(),
          flightNumber: number,
          destination,
          departureAirport: code,
          departsAt: departure.toISOString(),
        });
        form.clear();
        setCarrier("");
        setFlightNumber("");
        setAirport("");
        setDepartsAt("");
        onCreated(flight);
      } catch (error) {
        const named = fieldErrorsFrom(
          error,
          Object.fromEntries(
            Object.entries(messages).map(([field, message]) => [`body.${field}`, message]),
          ),
        );
        if (named.length > 0) form.show({ fields: named });
        else form.show({ message: requestFailure(t, locale, error) });
      }
    });
  };

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <RadioGroup<FlightKind>
        name="flight-kind"
        legend={t("removalFlights.create.kind")}
        options={[
          { value: "charter", label: t("removalFlights.kind.charter") },
          { value: "commercial", label: t("removalFlights.kind.commercial") },
        ]}
        value={kind}
        onChange={setKind}
        error={form.fieldError(ids.kind)}
      />
      <TextField
        id={ids.carrier}
        label={t("removalFlights.create.carrier")}
        hint={t("removalFlights.create.carrierHint")}
        error={form.fieldError(ids.carrier)}
        value={carrier}
        onChange={setCarrier}
        maxLength={100}
      />
      <TextField
        id={ids.flightNumber}
        label={t("removalFlights.create.flightNumber")}
        hint={t("removalFlights.create.flightNumberHint")}
        error={form.fieldError(ids.flightNumber)}
        value={flightNumber}
        onChange={setFlightNumber}
        autoCapitalize="characters"
        spellCheck={false}
      />
      <SelectField
        id={ids.destination}
        label={t("removalFlights.create.destination")}
        error={form.fieldError(ids.destination)}
        value={destination}
        onChange={setDestination}
      >
        <option value="">{t("removalFlights.create.chooseDestination")}</option>
        {countryChoices(locale).map((country) => (
          <option key={country.value} value={country.value}>
            {country.label}
          </option>
        ))}
      </SelectField>
      <TextField
        id={ids.departureAirport}
        label={t("removalFlights.create.departureAirport")}
        hint={t("removalFlights.create.departureAirportHint")}
        error={form.fieldError(ids.departureAirport)}
        value={airport}
        onChange={setAirport}
        maxLength={3}
        autoCapitalize="characters"
        spellCheck={false}
      />
      <TextField
        id={ids.departsAt}
        type="datetime-local"
        label={t("removalFlights.create.departsAt")}
        hint={t("removalFlights.create.departsAtHint")}
        error={form.fieldError(ids.departsAt)}
        value={departsAt}
        onChange={setDepartsAt}
      />
      <SubmitButton busy={busy}>{t("removalFlights.create.submit")}</SubmitButton>
    </form>
  );
}
