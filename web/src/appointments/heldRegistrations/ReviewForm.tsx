import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldErrorsFrom, requestFailure } from "../../components/form/apiErrors.ts";
import { CheckboxGroup } from "../../components/form/CheckboxGroup.tsx";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { RadioGroup, radioId } from "../../components/form/RadioGroup.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextAreaField } from "../../components/form/TextAreaField.tsx";
import { useBusy } from "../../components/form/useBusy.ts";
import { type FieldError, useFormErrors } from "../../components/form/useFormErrors.ts";
import { formatNumber } from "../../i18n/format.ts";
import { ApiError } from "../../platform/http.ts";
import {
  type HeldRegistration,
  REASON_MAX_LENGTH,
  type ReviewDecision,
  reviewRegistration,
} from "../registrationReviewApi.ts";

/** What became of a decision sent: made, or made by someone else first, or nothing to decide. */
export type ReviewOutcome = "accepted" | "refused" | "already-reviewed" | "gone";

/** An officer accepts or refuses one held registration; the reason is required either way. */
export function ReviewForm({
  registration,
  names,
  language,
  onReviewed,
}: {
  registration: HeldRegistration;
  /** The people's names, for screen readers on the button. */
  names: string;
  /** The applicant's language, named in itself: the officer writes the reason for them. */
  language: { code: string; name: string };
  onReviewed(outcome: ReviewOutcome): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [decision, setDecision] = useState<ReviewDecision | "">("");
  const [reason, setReason] = useState("");
  const [voids, setVoids] = useState<string[]>([]);
  const [busy, run] = useBusy();
  const form = useFormErrors();
  const name = `review-${registration.id}-decision`;
  const ids = {
    decision: radioId(name, "accepted"),
    reason: `review-${registration.id}-reason`,
    void: `review-${registration.id}-void`,
  };
  // A claim's acceptance may void the registrations made in the claimant's name.
  const voidable =
    registration.claims.length === 0
      ? []
      : [
          ...new Map(
            registration.people.flatMap((person) =>
              person.matches
                .filter((match) => match.registrationStatus !== "refused")
                .map((match) => [
                  match.registrationId,
                  {
                    value: match.registrationId,
                    label: t("held.voidOption", { name: `${match.givenName} ${match.familyName}` }),
                  },
                ]),
            ),
          ).values(),
        ];
  const reasonMissing = { id: ids.reason, message: t("held.reasonMissing") };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    const fields: FieldError[] = [];
    if (!decision) fields.push({ id: ids.decision, message: t("held.decisionMissing") });
    if (!text) fields.push(reasonMissing);
    else if (text.length > REASON_MAX_LENGTH) {
      const max = formatNumber(REASON_MAX_LENGTH, locale);
      fields.push({ id: ids.reason, message: t("held.reasonTooLong", { max }) });
    }
    if (!decision || fields.length > 0) return form.show({ fields });
    void run(async () => {
      try {
        await reviewRegistration(
          registration.id,
          decision,
          text,
          decision === "accepted" ? voids : [],
        );
        onReviewed(decision);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409)
          return onReviewed("already-reviewed");
        if (error instanceof ApiError && error.status === 404) return onReviewed("gone");
        const named = fieldErrorsFrom(error, {
          "body.reason": reasonMissing,
          "body.decision": { id: ids.decision, message: t("held.decisionMissing") },
          "body.void": { id: ids.void, message: t("held.voidRefused") },
        });
        if (named.length > 0) form.show({ fields: named });
        else form.show({ message: requestFailure(t, locale, error) });
      }
    });
  };

  return (
    <form className="usa-form haven-review-form" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.errors} summaryRef={form.summary} />
      <RadioGroup<ReviewDecision>
        name={name}
        legend={t("held.decision")}
        options={[
          { value: "accepted", label: t("held.accept") },
          { value: "refused", label: t("held.refuse") },
        ]}
        value={decision}
        onChange={setDecision}
        error={form.fieldError(ids.decision)}
      />
      {voidable.length > 0 && decision === "accepted" && (
        <CheckboxGroup
          id={ids.void}
          legend={t("held.void")}
          hint={t("held.voidHint")}
          error={form.fieldError(ids.void)}
          options={voidable}
          value={voids}
          onChange={setVoids}
        />
      )}
      <TextAreaField
        id={ids.reason}
        label={t("held.reason")}
        hint={
          <>
            {t("held.reasonHint")} {t("held.applicantLanguage")}:{" "}
            <span lang={language.code}>{language.name}</span>
          </>
        }
        error={form.fieldError(ids.reason)}
        value={reason}
        onChange={setReason}
        rows={3}
      />
      <SubmitButton busy={busy}>
        {t("held.submit")}
        <span className="usa-sr-only">: {names}</span>
      </SubmitButton>
    </form>
  );
}
