import type { TFunction } from "i18next";
import { isPortId, type PortId } from "../../../../src/policy/ports.ts";
import type { FieldError } from "../../components/form/useFormErrors.ts";
import type { Language } from "../../i18n/languages.ts";
import type { NewRegistration } from "../appointmentsApi.ts";
import {
  emptyPerson,
  type PersonDraft,
  personErrors,
  toPersonInput,
} from "../person/personDraft.ts";

export const STEPS = ["principal", "members", "contact", "ports", "review"] as const;
export type Step = (typeof STEPS)[number];

export const MAX_PORTS = 3;
/** The API takes a principal and at most 7 family members in one registration. */
export const MAX_MEMBERS = 7;

export type ContactMethod = "email" | "phone";

export interface MemberDraft {
  /** Stable across removals, for React; the member's position gives its field ids. */
  key: number;
  person: PersonDraft;
}

export interface RegistrationDraft {
  principal: PersonDraft;
  members: MemberDraft[];
  method: ContactMethod;
  email: string;
  phone: string;
  /** Up to three ports, first choice first; "" where none is chosen. */
  ports: string[];
  language: Language;
  requestCurrentWindow: boolean;
}

export const REGISTRATION_IDS = {
  email: "registration-email",
  phone: "registration-phone",
  port: (index: number) => `registration-port-${index + 1}`,
  language: "registration-language",
  request: "registration-request",
} as const;

export const PRINCIPAL = "principal";

export function memberPrefix(index: number): string {
  return `member-${index + 1}`;
}

export function emptyDraft(language: Language): RegistrationDraft {
  return {
    principal: emptyPerson(language),
    members: [],
    method: "email",
    email: "",
    phone: "",
    ports: ["", "", ""],
    language,
    requestCurrentWindow: true,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+[1-9]\d{6,14}$/;

export function normalizePhone(value: string): string {
  return value.replace(/[\s().-]/g, "");
}

/** The ports chosen, first choice first ("" marks a choice left empty). */
export function chosenPorts(draft: RegistrationDraft): PortId[] {
  return draft.ports.filter(isPortId);
}

function contactErrors(t: TFunction, draft: RegistrationDraft): FieldError[] {
  if (draft.method === "email") {
    const email = draft.email.trim();
    if (EMAIL.test(email)) return [];
    const message = email ? t("register.emailInvalid") : t("register.emailMissing");
    return [{ id: REGISTRATION_IDS.email, message }];
  }
  const phone = normalizePhone(draft.phone);
  if (PHONE.test(phone)) return [];
  const message = phone ? t("register.phoneInvalid") : t("register.phoneMissing");
  return [{ id: REGISTRATION_IDS.phone, message }];
}

function portErrors(t: TFunction, draft: RegistrationDraft): FieldError[] {
  if (!draft.ports[0]) {
    return [{ id: REGISTRATION_IDS.port(0), message: t("registration.portMissing") }];
  }
  return draft.ports.flatMap((port, index) =>
    port && draft.ports.indexOf(port) < index
      ? [{ id: REGISTRATION_IDS.port(index), message: t("registration.portTwice") }]
      : [],
  );
}

/** What keeps the reader from leaving `step`: each problem linked to its field. */
export function stepErrors(
  t: TFunction,
  locale: string,
  step: Step,
  draft: RegistrationDraft,
): FieldError[] {
  switch (step) {
    case "principal":
      return personErrors(t, locale, PRINCIPAL, draft.principal);
    case "members":
      return draft.members.flatMap((member, index) =>
        personErrors(t, locale, memberPrefix(index), member.person),
      );
    case "contact":
      return contactErrors(t, draft);
    case "ports":
      return portErrors(t, draft);
    case "review":
      return [];
  }
}

export function toRegistration(draft: RegistrationDraft, windowOpen: boolean): NewRegistration {
  const contact =
    draft.method === "email"
      ? { email: draft.email.trim() }
      : { phone: normalizePhone(draft.phone) };
  return {
    principal: toPersonInput(draft.principal),
    members: draft.members.map((member) => toPersonInput(member.person)),
    contact,
    language: draft.language,
    preferredPorts: chosenPorts(draft),
    requestCurrentWindow: windowOpen && draft.requestCurrentWindow,
  };
}
