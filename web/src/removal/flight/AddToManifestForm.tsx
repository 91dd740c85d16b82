import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { ApiError } from "../../platform/http.ts";
import { ruleLabel } from "../labels.tsx";
import { addToManifest } from "../removalFlightsApi.ts";
import type { Message } from "./FlightView.tsx";

const REFERENCE = /^HVN-\d{4}-\d{6}$/;
const FIELD = "manifest-reference";

/** Puts a person on the flight by their case's reference; the guard may list them as blocked. */
export function AddToManifestForm({
  flightId,
  onDone,
}: {
  flightId: string;
  onDone(message: Message): void;
}) {
  const { t, i18n } = useTranslation();
  const [reference, setReference] = useState("");
  const [busy, run] = useBusy();
  const form = useFormErrors();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = reference.trim().toUpperCase();
    if (!REFERENCE.test(value)) {
      return form.show({
        fields: [{ id: FIELD, message: t("removalFlights.add.referenceInvalid") }],
      });
    }
    void run(async () => {
      try {
        const entry = await addToManifest(flightId, value);
        form.clear();
        setReference("");
        onDone(
          entry.blocked
            ? {
                kind: "warning",
                text: t("removalFlights.add.blocked", {
                  name: entry.displayName,
                  rule: ruleLabel(t, entry.blocked.rule),
                }),
              }
            : { kind: "success", text: t("removalFlights.add.added", { name: entry.displayName }) },
        );
      } catch (error) {
        const message =
          error instanceof ApiError && error.status === 404 && error.code === "case-not-found"
            ? t("removalFlights.add.notFound", { reference: value })
            : error instanceof ApiError && error.code === "already-on-manifest"
              ? t("removalFlights.add.already")
              : null;
        if (message) form.show({ fields: [{ id: FIELD, message }] });
        else form.show({ message: requestFailure(t, i18n.language, error) });
      }
    });
  };

  return (
    <form className="usa-form" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <TextField
        id={FIELD}
        label={t("removalFlights.add.reference")}
        hint={t("removalFlights.add.referenceHint")}
        error={form.fieldError(FIELD)}
        value={reference}
        onChange={setReference}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
      />
      <SubmitButton busy={busy}>{t("removalFlights.add.submit")}</SubmitButton>
    </form>
  );
}
