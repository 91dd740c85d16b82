import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { requestFailure } from "../components/form/apiErrors.ts";
import { ErrorSummary } from "../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../components/form/SubmitButton.tsx";
import { TextField } from "../components/form/TextField.tsx";
import { useBusy } from "../components/form/useBusy.ts";
import { type FieldError, useFormErrors } from "../components/form/useFormErrors.ts";
import { ApiError } from "../platform/http.ts";
import { CommandField } from "./CommandField.tsx";
import { type CaseAction, runCommand } from "./commandsApi.ts";
import {
  type FieldProblem,
  initialValues,
  OCCURRED_AT,
  toCommand,
  type Values,
} from "./fieldValues.ts";
import { commandHelp, commandTitle, fieldLabel } from "./labels.ts";
import { RefusalNotice, type ShownRefusal } from "./RefusalNotice.tsx";

/** The command's form: its fields, when it happened, and what the server answered. */
export function CommandForm({
  caseId,
  version,
  action,
  onDone,
  onStale,
}: {
  caseId: string;
  version: number;
  action: CaseAction;
  onDone(): void;
  onStale(): void;
}) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Values>(() => initialValues(action.fields));
  const [refusal, setRefusal] = useState<ShownRefusal | null>(null);
  const [busy, work] = useBusy();
  const errors = useFormErrors();
  const idOf = (name: string) => `${action.type}-${name}`;
  const label = (name: string) =>
    name === OCCURRED_AT ? t("commandForm.occurredAt") : fieldLabel(t, name, action.type);
  const message = (problem: FieldProblem): FieldError => ({
    id: idOf(problem.field),
    message: t(`commandForm.problem.${problem.problem}`, {
      field: label(problem.field),
      max: "max" in problem ? problem.max : undefined,
      min: "min" in problem ? `$${(problem.min / 100).toLocaleString(i18n.language)}` : undefined,
    }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const made = toCommand(action.type, action.fields, values, Date.now());
    if (!made.ok) {
      errors.show({ fields: made.problems.map(message) });
      return;
    }
    void work(async () => {
      try {
        await runCommand(caseId, {
          expectedVersion: version,
          command: made.command,
          ...(made.occurredAt ? { occurredAt: made.occurredAt } : {}),
        });
        errors.clear();
        onDone();
      } catch (error) {
        if (error instanceof ApiError && error.status === 422) {
          const problem = error.problem as ShownRefusal | null;
          errors.clear();
          setRefusal(problem);
          return;
        }
        if (error instanceof ApiError && error.status === 409) {
          onStale();
          return;
        }
        if (error instanceof ApiError && error.status === 400) {
          const named = error.fields.map((field) => field.replace(/^body\.(command\.)?/, ""));
          const fields = named
            .filter((name) => name === OCCURRED_AT || action.fields.some((f) => f.name === name))
            .map((name) => ({
              id: idOf(name),
              message: t("commandForm.problem.invalid", { field: label(name) }),
            }));
          errors.show({
            message: fields.length ? null : requestFailure(t, i18n.language, error),
            fields,
          });
          return;
        }
        errors.show({ message: requestFailure(t, i18n.language, error) });
      }
    });
  };

  const help = commandHelp(t, action.type);
  return (
    <form className="usa-form usa-form--large haven-command-form" onSubmit={submit} noValidate>
      {help && <p className="usa-hint">{help}</p>}
      <ErrorSummary errors={errors.errors} summaryRef={errors.summary} />
      {refusal && <RefusalNotice refusal={refusal} />}
      {action.fields.map((field) => (
        <CommandField
          key={field.name}
          id={idOf(field.name)}
          caseId={caseId}
          type={action.type}
          field={field}
          value={values[field.name] ?? ""}
          error={errors.fieldError(idOf(field.name))}
          onChange={(value) => setValues((previous) => ({ ...previous, [field.name]: value }))}
        />
      ))}
      <TextField
        id={idOf(OCCURRED_AT)}
        label={`${t("commandForm.occurredAt")} ${t("commandForm.optional")}`}
        hint={t("commandForm.occurredAtHint")}
        error={errors.fieldError(idOf(OCCURRED_AT))}
        type="datetime-local"
        value={String(values[OCCURRED_AT] ?? "")}
        onChange={(value) => setValues((previous) => ({ ...previous, [OCCURRED_AT]: value }))}
      />
      <SubmitButton busy={busy}>{commandTitle(t, action.type)}</SubmitButton>
    </form>
  );
}
