import type { TFunction } from "i18next";
import { nameProblem } from "../../../../src/core/names.ts";
import {
  birthDateProblem,
  type DateParts,
  firstDatePartId,
  isoDate,
  NO_DATE,
} from "../../components/form/dateParts.ts";
import type { FieldError } from "../../components/form/useFormErrors.ts";
import type { PersonInput } from "../appointmentsApi.ts";

const NAME_FIELDS = ["givenName", "familyName", "nativeGivenName", "nativeFamilyName"] as const;

/** A person as typed into the form: every field a string, the date in three parts. */
export interface PersonDraft {
  givenName: string;
  familyName: string;
  nativeGivenName: string;
  nativeFamilyName: string;
  birth: DateParts;
  nationality: string;
  languages: string[];
}

export function emptyPerson(language = ""): PersonDraft {
  return {
    givenName: "",
    familyName: "",
    nativeGivenName: "",
    nativeFamilyName: "",
    birth: NO_DATE,
    nationality: "",
    languages: language ? [language] : [],
  };
}

/** The input ids of one person's fields; `prefix` is "principal", "member-1", "referral"… */
export function personIds(prefix: string) {
  return {
    givenName: `${prefix}-given-name`,
    familyName: `${prefix}-family-name`,
    nativeGivenName: `${prefix}-native-given-name`,
    nativeFamilyName: `${prefix}-native-family-name`,
    dateOfBirth: `${prefix}-dob`,
    nationality: `${prefix}-nationality`,
    languages: `${prefix}-languages`,
  };
}

export type PersonField = keyof ReturnType<typeof personIds>;

/** The id an error about `field` links to (a date's is its first input in the reader's order). */
export function personFieldId(prefix: string, field: PersonField, locale: string): string {
  const id = personIds(prefix)[field];
  return field === "dateOfBirth" ? firstDatePartId(id, locale) : id;
}

export function toPersonInput(draft: PersonDraft): PersonInput {
  const person: PersonInput = {
    givenName: draft.givenName.trim(),
    familyName: draft.familyName.trim(),
    dateOfBirth: isoDate(draft.birth) ?? "",
    nationality: draft.nationality,
    languages: draft.languages,
  };
  if (draft.nativeGivenName.trim()) person.nativeGivenName = draft.nativeGivenName.trim();
  if (draft.nativeFamilyName.trim()) person.nativeFamilyName = draft.nativeFamilyName.trim();
  return person;
}

/** "Irina Voronova", or the native-script name, or "" while nothing is typed. */
export function draftName(draft: PersonDraft): string {
  const latin = `${draft.givenName.trim()} ${draft.familyName.trim()}`.trim();
  return latin || `${draft.nativeGivenName.trim()} ${draft.nativeFamilyName.trim()}`.trim();
}

/** What is missing or wrong in one person's fields, each linked to its input. */
export function personErrors(
  t: TFunction,
  locale: string,
  prefix: string,
  draft: PersonDraft,
): FieldError[] {
  const id = (field: PersonField) => personFieldId(prefix, field, locale);
  const errors: FieldError[] = [];
  if (!draft.givenName.trim()) {
    errors.push({ id: id("givenName"), message: t("person.givenNameMissing") });
  }
  if (!draft.familyName.trim()) {
    errors.push({ id: id("familyName"), message: t("person.familyNameMissing") });
  }
  for (const field of NAME_FIELDS) {
    const value = draft[field].trim();
    const problem = value ? nameProblem(value, field.startsWith("native") ? "any" : "latin") : null;
    if (problem) errors.push({ id: id(field), message: t(`person.name_${problem}`) });
  }
  const birth = birthDateProblem(draft.birth);
  if (birth) errors.push({ id: id("dateOfBirth"), message: t(`person.dob_${birth}`) });
  if (!draft.nationality) {
    errors.push({ id: id("nationality"), message: t("person.nationalityMissing") });
  }
  if (draft.languages.length === 0) {
    errors.push({ id: id("languages"), message: t("person.languagesMissing") });
  }
  return errors;
}
