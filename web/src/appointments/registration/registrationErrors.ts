import type { TFunction } from "i18next";
import type { FieldError } from "../../components/form/useFormErrors.ts";
import { ApiError } from "../../platform/http.ts";
import {
  draftName,
  type PersonDraft,
  type PersonField,
  personFieldId,
} from "../person/personDraft.ts";
import {
  memberPrefix,
  PRINCIPAL,
  REGISTRATION_IDS,
  type RegistrationDraft,
  type Step,
} from "./registrationDraft.ts";

/** A problem the API named, placed on the step and input it belongs to. */
export interface PlacedError extends FieldError {
  step: Step;
}

const PERSON = /^body\.(principal|members\.(\d+))(?:\.(\w+))?/;
const PERSON_FIELDS: readonly PersonField[] = [
  "givenName",
  "familyName",
  "nativeGivenName",
  "nativeFamilyName",
  "dateOfBirth",
  "nationality",
  "languages",
];

function isPersonField(name: string | undefined): name is PersonField {
  return PERSON_FIELDS.includes(name as PersonField);
}

function personError(
  t: TFunction,
  locale: string,
  draft: RegistrationDraft,
  match: RegExpExecArray,
): PlacedError | null {
  const index = match[2] === undefined ? null : Number(match[2]);
  const person: PersonDraft | undefined =
    index === null ? draft.principal : draft.members[index]?.person;
  if (!person) return null;
  const prefix = index === null ? PRINCIPAL : memberPrefix(index);
  const step: Step = index === null ? "principal" : "members";
  const field = match[3];
  if (!isPersonField(field)) {
    const message = t("registration.samePerson", { name: draftName(person) });
    return { step, id: personFieldId(prefix, "givenName", locale), message };
  }
  return { step, id: personFieldId(prefix, field, locale), message: t(`person.${field}Invalid`) };
}

function otherError(t: TFunction, draft: RegistrationDraft, field: string): PlacedError | null {
  if (field.startsWith("body.contact")) {
    const phone =
      field.endsWith(".phone") || (draft.method === "phone" && !field.endsWith(".email"));
    return phone
      ? { step: "contact", id: REGISTRATION_IDS.phone, message: t("register.phoneInvalid") }
      : { step: "contact", id: REGISTRATION_IDS.email, message: t("register.emailInvalid") };
  }
  const port = /^body\.preferredPorts(?:\.(\d+))?/.exec(field);
  if (port) {
    const index = Math.min(Number(port[1] ?? 0), draft.ports.length - 1);
    return {
      step: "ports",
      id: REGISTRATION_IDS.port(index),
      message: t("registration.portInvalid"),
    };
  }
  if (field.startsWith("body.language")) {
    return {
      step: "ports",
      id: REGISTRATION_IDS.language,
      message: t("registration.languageInvalid"),
    };
  }
  return null;
}

/**
 * The fields a 400 named, each on its step and input: `body.members.1.dateOfBirth` is the second
 * family member's date of birth; a whole person named means they are entered twice in the body.
 * (Whether a person is registered by anyone else is never said: 8 CFR 208.6.)
 */
export function placeErrors(
  t: TFunction,
  locale: string,
  error: unknown,
  draft: RegistrationDraft,
): PlacedError[] {
  if (!(error instanceof ApiError)) return [];
  const placed = new Map<string, PlacedError>();
  for (const field of error.fields) {
    const match = PERSON.exec(field);
    const found = match ? personError(t, locale, draft, match) : otherError(t, draft, field);
    if (found && !placed.has(found.id)) placed.set(found.id, found);
  }
  return [...placed.values()];
}
