import type { FormEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../components/form/ErrorSummary.tsx";
import { SubmitButton } from "../../components/form/SubmitButton.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import type { FormErrorState } from "../../components/form/useFormErrors.ts";
import { useDocumentTitle } from "../../platform/useDocumentTitle.ts";
import type { CheckedIn, PortAppointment } from "../appointmentsApi.ts";
import { CheckInResult } from "./CheckInResult.tsx";
import { FoundAppointment } from "./FoundAppointment.tsx";
import type { RefusedMember } from "./membersRefused.ts";
import { RefusedMembers } from "./RefusedMembers.tsx";

export const CHECK_IN_IDS = { code: "check-in-code", port: "check-in-port", date: "check-in-date" };

/** The code form, then the group it names or the check-in's result. */
export function CheckInView(props: {
  form: FormErrorState;
  busy: boolean;
  code: string;
  onCode(code: string): void;
  onFind(): void;
  found: PortAppointment | null;
  result: CheckedIn | null;
  /** The people the last check-in could not take, each with why. */
  refused: readonly RefusedMember[] | null;
  onCheckIn(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t("checkIn.title"));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onFind();
  };
  return (
    <>
      <h1>{t("checkIn.title")}</h1>
      <p className="usa-intro">{t("checkIn.intro")}</p>
      <ErrorSummary errors={props.form.errors} summaryRef={props.form.summary} />
      {props.refused && <RefusedMembers people={props.refused} />}
      {props.result && <CheckInResult result={props.result} />}
      <form className="usa-form haven-code-form" noValidate onSubmit={submit}>
        <TextField
          id={CHECK_IN_IDS.code}
          label={t("checkIn.code")}
          hint={t("checkIn.codeHint")}
          error={props.form.fieldError(CHECK_IN_IDS.code)}
          value={props.code}
          onChange={props.onCode}
          className="haven-code"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
        />
        <SubmitButton busy={false}>{t("checkIn.find")}</SubmitButton>
      </form>
      {props.found && (
        <FoundAppointment appointment={props.found} busy={props.busy} onCheckIn={props.onCheckIn} />
      )}
      {props.children}
    </>
  );
}
