import type { TFunction } from "i18next";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFailure } from "../../components/form/apiErrors.ts";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { useFormErrors } from "../../components/form/useFormErrors.ts";
import { type Language, matchLanguage } from "../../i18n/languages.ts";
import { ApiError } from "../../platform/http.ts";
import { type Registered, type RequestWindow, register } from "../appointmentsApi.ts";
import {
  emptyDraft,
  type RegistrationDraft,
  STEPS,
  type Step,
  stepErrors,
  toRegistration,
} from "./registrationDraft.ts";
import { type PlacedError, placeErrors } from "./registrationErrors.ts";
import { StepContent } from "./StepContent.tsx";
import { StepIndicator } from "./StepIndicator.tsx";

function registrationFailure(t: TFunction, locale: string, error: unknown): string {
  if (error instanceof ApiError && error.status === 409 && error.code === "registration-limit") {
    return t("registration.limit");
  }
  return requestFailure(t, locale, error);
}

/**
 * The registration, one step at a time: each step is checked before the next; the API's answer
 * to the whole is placed back on the step and field it names.
 */
export function RegistrationForm({
  requestWindow,
  onDone,
}: {
  requestWindow: RequestWindow;
  onDone(registered: Registered): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [draft, setDraft] = useState<RegistrationDraft>(() =>
    emptyDraft((matchLanguage(locale) ?? "en") as Language),
  );
  const [step, setStep] = useState<Step>("principal");
  const [pending, setPending] = useState<PlacedError[]>([]);
  const [busy, run] = useBusy();
  const form = useFormErrors();
  const index = STEPS.indexOf(step);

  const goTo = (next: Step, left: PlacedError[] = pending) => {
    const waiting = left.filter((error) => error.step === next);
    setPending(left);
    setStep(next);
    if (waiting.length > 0) form.show({ fields: waiting });
    else form.clear();
  };

  const send = () =>
    run(async () => {
      try {
        onDone(await register(toRegistration(draft, requestWindow.status === "open")));
      } catch (error) {
        const placed = placeErrors(t, locale, error, draft);
        const first = STEPS.find((name) => placed.some((placedError) => placedError.step === name));
        if (first) return goTo(first, placed);
        form.show({ message: registrationFailure(t, locale, error) });
      }
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = stepErrors(t, locale, step, draft);
    if (errors.length > 0) return form.show({ fields: errors });
    const left = pending.filter((error) => error.step !== step);
    const next = STEPS[index + 1];
    if (next) goTo(next, left);
    else void send();
  };

  return (
    <>
      <StepIndicator step={step} />
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <form className="usa-form usa-form--large haven-registration" noValidate onSubmit={submit}>
        <StepContent
          step={step}
          draft={draft}
          requestWindow={requestWindow}
          onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
          onEdit={(target) => goTo(target)}
          fieldError={form.fieldError}
        />
        <div className="haven-actions haven-step-actions">
          {index > 0 && (
            <button
              type="button"
              className="usa-button usa-button--outline"
              onClick={() => goTo(STEPS[index - 1] ?? "principal")}
            >
              {t("registration.back")}
            </button>
          )}
          <SubmitButton busy={busy}>
            {step === "review" ? t("registration.submit") : t("registration.continue")}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
