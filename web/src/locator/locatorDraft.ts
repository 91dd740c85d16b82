/** The locator form as typed, what it asks the API, and its errors placed on its fields. */
import type { TFunction } from "i18next";
import {
  birthDateProblem,
  type DateParts,
  firstDatePartId,
  isoDate,
  NO_DATE,
} from "../components/form/dateParts.ts";
import type { FieldError } from "../components/form/useFormErrors.ts";
import type { Catalogue } from "../i18n/english.ts";
import { ApiError } from "../platform/http.ts";
import type { LocatorSearch } from "./locatorApi.ts";

export type SearchKind = "aNumber" | "name";

export interface LocatorDraft {
  by: SearchKind;
  aNumber: string;
  givenName: string;
  familyName: string;
  birth: DateParts;
  countryOfBirth: string;
}

export const EMPTY_DRAFT: LocatorDraft = {
  by: "aNumber",
  aNumber: "",
  givenName: "",
  familyName: "",
  birth: NO_DATE,
  countryOfBirth: "",
};

export const LOCATOR_IDS = {
  by: "locator-by",
  aNumber: "locator-a-number",
  givenName: "locator-given-name",
  familyName: "locator-family-name",
  dateOfBirth: "locator-dob",
  countryOfBirth: "locator-country",
} as const;

type Field = Exclude<keyof typeof LOCATOR_IDS, "by">;
type Message = keyof Catalogue["locator"];

/** The id an error about `field` links to (a date's is its first input in the reader's order). */
export function fieldId(field: Field, locale: string): string {
  return field === "dateOfBirth"
    ? firstDatePartId(LOCATOR_IDS.dateOfBirth, locale)
    : LOCATOR_IDS[field];
}

const A_NUMBER = /^[Aa]?[-\s\d]+$/;

/** What is missing or wrong before anything is sent, in the reader's language. */
export function draftErrors(
  t: TFunction,
  locale: string,
  draft: LocatorDraft,
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: Field, key: Message) =>
    errors.push({ id: fieldId(field, locale), message: t(`locator.${key}`) });
  if (draft.by === "aNumber") {
    const digits = draft.aNumber.replace(/\D/g, "").length;
    if (draft.aNumber.trim() === "") add("aNumber", "aNumberMissing");
    else if (!A_NUMBER.test(draft.aNumber.trim()) || (digits !== 8 && digits !== 9)) {
      add("aNumber", "aNumberInvalid");
    }
  } else {
    if (draft.givenName.trim() === "") add("givenName", "givenNameMissing");
    if (draft.familyName.trim() === "") add("familyName", "familyNameMissing");
    const birth = birthDateProblem(draft.birth, today);
    if (birth === "missing") add("dateOfBirth", "dateOfBirthMissing");
    else if (birth === "future") add("dateOfBirth", "dateOfBirthFuture");
    else if (birth === "invalid") add("dateOfBirth", "dateOfBirthInvalid");
  }
  if (draft.countryOfBirth === "") add("countryOfBirth", "countryMissing");
  return errors;
}

/** The search the API is asked: by A-number, or by names and date of birth, with the country. */
export function toSearch(draft: LocatorDraft): LocatorSearch {
  if (draft.by === "aNumber") {
    return { aNumber: draft.aNumber.trim(), countryOfBirth: draft.countryOfBirth };
  }
  return {
    givenName: draft.givenName.trim(),
    familyName: draft.familyName.trim(),
    dateOfBirth: isoDate(draft.birth) ?? "",
    countryOfBirth: draft.countryOfBirth,
  };
}

const INVALID: Record<Field, Message> = {
  aNumber: "aNumberInvalid",
  givenName: "givenNameInvalid",
  familyName: "familyNameInvalid",
  dateOfBirth: "dateOfBirthInvalid",
  countryOfBirth: "countryMissing",
};

/** The fields a 400 named (`body.familyName`, …), as this form's errors. */
export function apiFieldErrors(t: TFunction, locale: string, error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  const fields = new Set(error.fields.map((name) => name.replace(/^body\./, "")));
  return (Object.keys(INVALID) as Field[])
    .filter((field) => fields.has(field))
    .map((field) => ({ id: fieldId(field, locale), message: t(`locator.${INVALID[field]}`) }));
}
