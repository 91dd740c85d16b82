import { useTranslation } from "react-i18next";
import { portsOfEntry } from "../../../../src/policy/ports.ts";
import { LanguageSelect } from "../../components/form/LanguageSelect.tsx";
import { SelectField } from "../../components/form/SelectField.tsx";
import { portName } from "../../i18n/ports.ts";
import { MAX_PORTS, REGISTRATION_IDS, type RegistrationDraft } from "./registrationDraft.ts";

const CHOICE_KEYS = ["registration.port1", "registration.port2", "registration.port3"] as const;

/** Up to three ports in order of preference, and the language of the confirmation. */
export function PortsStep({
  draft,
  onChange,
  fieldError,
}: {
  draft: RegistrationDraft;
  onChange(patch: Partial<RegistrationDraft>): void;
  fieldError(id: string): string | null;
}) {
  const { t } = useTranslation();
  const setPort = (index: number, port: string) =>
    onChange({ ports: draft.ports.map((value, position) => (position === index ? port : value)) });
  return (
    <>
      <p>{t("registration.portsIntro")}</p>
      {CHOICE_KEYS.slice(0, MAX_PORTS).map((key, index) => (
        <SelectField
          key={key}
          id={REGISTRATION_IDS.port(index)}
          label={index === 0 ? t(key) : `${t(key)} (${t("form.optional")})`}
          hint={index === 0 ? t("registration.portsHint") : undefined}
          error={fieldError(REGISTRATION_IDS.port(index))}
          value={draft.ports[index] ?? ""}
          onChange={(port) => setPort(index, port)}
        >
          <option value="">
            {index === 0 ? t("registration.choosePort") : t("registration.noPort")}
          </option>
          {portsOfEntry.map((port) => (
            <option key={port.id} value={port.id}>
              {portName(port.id)}
            </option>
          ))}
        </SelectField>
      ))}
      <LanguageSelect
        id={REGISTRATION_IDS.language}
        value={draft.language}
        onChange={(language) => onChange({ language })}
      />
    </>
  );
}
