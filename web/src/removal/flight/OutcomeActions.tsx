import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFailure } from "../../components/form/apiErrors.ts";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { formatNumber } from "../../i18n/format.ts";
import { ApiError } from "../../platform/http.ts";
import { manifestStatusLabel, ruleLabel } from "../labels.tsx";
import {
  type BoardingOutcome,
  type Flight,
  type ManifestEntry,
  recordOutcome,
  refusalOf,
  TEXT_MAX_LENGTH,
} from "../removalFlightsApi.ts";
import type { Message } from "./FlightView.tsx";

const BOARDING: readonly Exclude<BoardingOutcome, "cancelled">[] = [
  "removed",
  "refused_to_board",
  "medical",
];

/**
 * What the officer records for one person: removed, refused to board or medical for a person
 * still to board; taking off the flight (with the reason) for them or for a blocked person.
 */
export function OutcomeActions({
  flight,
  entry,
  onDone,
}: {
  flight: Flight;
  entry: ManifestEntry;
  onDone(message: Message): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [busy, run] = useBusy();
  const [takingOff, setTakingOff] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const open = flight.status !== "cancelled";
  const canBoard = open && entry.status === "on_manifest";
  const canTakeOff = open && (entry.status === "on_manifest" || entry.status === "blocked");
  if (!canBoard && !canTakeOff) {
    return <span className="text-base">{t("removalFlights.manifest.noAction")}</span>;
  }
  const name = entry.displayName;

  const send = (outcome: BoardingOutcome, why?: string) =>
    run(async () => {
      try {
        const recorded = await recordOutcome(flight.id, entry.caseId, outcome, why);
        onDone({
          kind: "success",
          text: t("removalFlights.outcome.recorded", {
            name,
            status: manifestStatusLabel(t, recorded.status),
          }),
        });
      } catch (error) {
        const refused = refusalOf(error);
        if (refused) {
          onDone({
            kind: "error",
            text: t("removalFlights.outcome.refused", { name, rule: ruleLabel(t, refused.rule) }),
          });
        } else if (error instanceof ApiError && error.status === 409) {
          onDone({ kind: "warning", text: t("removalFlights.outcome.already", { name }) });
        } else onDone({ kind: "error", text: requestFailure(t, locale, error) });
      }
    });

  const takeOff = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text || text.length > TEXT_MAX_LENGTH) {
      setReasonError(
        text
          ? t("removalFlights.outcome.reasonTooLong", {
              max: formatNumber(TEXT_MAX_LENGTH, locale),
            })
          : t("removalFlights.outcome.reasonMissing"),
      );
      return;
    }
    void send("cancelled", text);
  };

  if (takingOff) {
    const id = `take-off-${entry.caseId}`;
    return (
      <form className="haven-take-off" noValidate onSubmit={takeOff}>
        <TextAreaField
          id={id}
          label={t("removalFlights.outcome.reason")}
          error={reasonError}
          value={reason}
          onChange={setReason}
          rows={2}
          autoFocus
        />
        <div className="usa-button-group margin-top-1">
          <button
            type="submit"
            className="usa-button usa-button--secondary"
            aria-disabled={busy || undefined}
          >
            {t("removalFlights.outcome.confirm")}
            <span className="usa-sr-only">: {name}</span>
          </button>
          <button
            type="button"
            className="usa-button usa-button--unstyled"
            onClick={() => setTakingOff(false)}
          >
            {t("removalFlights.outcome.keep")}
            <span className="usa-sr-only">: {name}</span>
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="usa-button-group haven-outcomes">
      {canBoard &&
        BOARDING.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className={`usa-button${outcome === "removed" ? "" : " usa-button--outline"}`}
            aria-disabled={busy || undefined}
            data-outcome={outcome}
            onClick={() => void send(outcome)}
          >
            {t(`removalFlights.outcome.${outcome}`)}
            <span className="usa-sr-only">: {name}</span>
          </button>
        ))}
      {canTakeOff && (
        <button
          type="button"
          className="usa-button usa-button--outline"
          data-outcome="cancelled"
          onClick={() => setTakingOff(true)}
        >
          {t("removalFlights.outcome.takeOff")}
          <span className="usa-sr-only">: {name}</span>
        </button>
      )}
    </div>
  );
}
