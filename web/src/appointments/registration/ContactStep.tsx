import { useTranslation } from "react-i18next";
import { RadioGroup } from "../../components/form/RadioGroup.tsx";
import { TextField } from "../../components/form/TextField.tsx";
import {
  type ContactMethod,
  REGISTRATION_IDS,
  type RegistrationDraft,
} from "./registrationDraft.ts";

/** How Haven reaches the group: an e-mail address or a phone number. */
export function ContactStep({
  draft,
  onChange,
  fieldError,
}: {
  draft: RegistrationDraft;
  onChange(patch: Partial<RegistrationDraft>): void;
  fieldError(id: string): string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t("registration.contactIntro")}</p>
      <RadioGroup<ContactMethod>
        name="registration-method"
        legend={t("registration.contactMethod")}
        options={[
          { value: "email", label: t("registration.byEmail") },
          { value: "phone", label: t("registration.byPhone") },
        ]}
        value={draft.method}
        onChange={(method) => onChange({ method })}
      />
      {draft.method === "email" ? (
        <TextField
          key="email"
          id={REGISTRATION_IDS.email}
          type="email"
          label={t("register.email")}
          hint={t("register.emailHint")}
          error={fieldError(REGISTRATION_IDS.email)}
          value={draft.email}
          onChange={(email) => onChange({ email })}
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
        />
      ) : (
        <TextField
          key="phone"
          id={REGISTRATION_IDS.phone}
          type="tel"
          label={t("register.phone")}
          hint={t("register.phoneHint")}
          error={fieldError(REGISTRATION_IDS.phone)}
          value={draft.phone}
          onChange={(phone) => onChange({ phone })}
          autoComplete="tel"
          inputMode="tel"
        />
      )}
    </>
  );
}
