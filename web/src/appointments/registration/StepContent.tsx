import { useTranslation } from "react-i18next";
import type { RequestWindow } from "../appointmentsApi.ts";
import { PersonFields } from "../person/PersonFields.tsx";
import { ContactStep } from "./ContactStep.tsx";
import { MembersStep } from "./MembersStep.tsx";
import { PortsStep } from "./PortsStep.tsx";
import { ReviewStep } from "./ReviewStep.tsx";
import { PRINCIPAL, type RegistrationDraft, type Step } from "./registrationDraft.ts";

/** The fields of one step. */
export function StepContent({
  step,
  draft,
  requestWindow,
  onChange,
  onEdit,
  fieldError,
}: {
  step: Step;
  draft: RegistrationDraft;
  requestWindow: RequestWindow;
  onChange(patch: Partial<RegistrationDraft>): void;
  onEdit(step: Step): void;
  fieldError(id: string): string | null;
}) {
  const { t } = useTranslation();
  switch (step) {
    case "principal":
      return (
        <>
          <p>{t("registration.principalIntro")}</p>
          <PersonFields
            prefix={PRINCIPAL}
            draft={draft.principal}
            onChange={(principal) => onChange({ principal })}
            fieldError={fieldError}
            autofill="self"
          />
        </>
      );
    case "members":
      return (
        <MembersStep
          members={draft.members}
          onChange={(members) => onChange({ members })}
          fieldError={fieldError}
          language={draft.principal.languages[0] ?? ""}
        />
      );
    case "contact":
      return <ContactStep draft={draft} onChange={onChange} fieldError={fieldError} />;
    case "ports":
      return <PortsStep draft={draft} onChange={onChange} fieldError={fieldError} />;
    case "review":
      return (
        <ReviewStep
          draft={draft}
          requestWindow={requestWindow}
          onChange={onChange}
          onEdit={onEdit}
        />
      );
  }
}
