import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { formatNumber } from "../../i18n/format.ts";
import { ApiError } from "../../platform/http.ts";
import { cancelFlight, TEXT_MAX_LENGTH } from "../removalFlightsApi.ts";
import type { Message } from "./FlightView.tsx";

const FIELD = "cancel-reason";

/** Cancels the flight, with the reason: the removal of everyone on its list is called off. */
export function CancelFlightForm({
  flightId,
  onDone,
}: {
  flightId: string;
  onDone(message: Message): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [reason, setReason] = useState("");
  const [busy, run] = useBusy();
  const form = useFormErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (!text || text.length > TEXT_MAX_LENGTH) {
      const message = text
        ? t("removalFlights.outcome.reasonTooLong", { max: formatNumber(TEXT_MAX_LENGTH, locale) })
        : t("removalFlights.cancel.reasonMissing");
      return form.show({ fields: [{ id: FIELD, message }] });
    }
    void run(async () => {
      try {
        const { cancelled } = await cancelFlight(flightId, text);
        onDone({
          kind: "success",
          text: t("removalFlights.cancel.done", { count: formatNumber(cancelled, locale) }),
        });
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          onDone({ kind: "warning", text: t("removalFlights.cancel.notScheduled") });
        } else form.show({ message: requestFailure(t, locale, error) });
      }
    });
  };

  return (
    <form className="usa-form" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <TextAreaField
        id={FIELD}
        label={t("removalFlights.cancel.reason")}
        hint={t("removalFlights.cancel.hint")}
        error={form.fieldError(FIELD)}
        value={reason}
        onChange={setReason}
        rows={2}
      />
      <SubmitButton busy={busy}>{t("removalFlights.cancel.submit")}</SubmitButton>
    </form>
  );
}
