import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../platform/http.ts";
import { emptyPerson } from "../person/personDraft.ts";
import { emptyDraft, type RegistrationDraft } from "./registrationDraft.ts";
import { placeErrors } from "./registrationErrors.ts";

/** Stands in for i18next: the key, and the name when one is given. */
const t = ((key: string, values?: { name?: string }) =>
  values?.name ? `${key}:${values.name}` : key) as unknown as TFunction;

function draft(): RegistrationDraft {
  const base = emptyDraft("ru");
  const member = (givenName: string) => ({
    key: Math.random(),
    person: { ...emptyPerson("ru"), givenName, familyName: "Smirnov" },
  });
  return {
    ...base,
    principal: { ...base.principal, givenName: "Olga", familyName: "Smirnova" },
    members: [member("Artem"), member("Daria")],
    ports: ["san_ysidro", "calexico", ""],
  };
}

const problem = (status: number, ...fields: string[]) =>
  new ApiError(status, { errors: fields.map((field) => ({ field, message: "?" })) });

describe("placeErrors", () => {
  it("puts a member's field on the family step, on that member's input", () => {
    const placed = placeErrors(t, "ru", problem(400, "body.members.1.dateOfBirth"), draft());
    expect(placed).toEqual([
      { step: "members", id: "member-2-dob-day", message: "person.dateOfBirthInvalid" },
    ]);
  });

  it("follows the reader's date order for the date's first input", () => {
    const placed = placeErrors(t, "en-US", problem(400, "body.principal.dateOfBirth"), draft());
    expect(placed[0]?.id).toBe("principal-dob-month");
  });

  it("says who is entered twice on a 400 naming a whole person", () => {
    expect(placeErrors(t, "ru", problem(400, "body.members.0"), draft())).toEqual([
      {
        step: "members",
        id: "member-1-given-name",
        message: "registration.samePerson:Artem Smirnov",
      },
    ]);
    expect(placeErrors(t, "ru", problem(400, "body.members.1"), draft())[0]?.message).toBe(
      "registration.samePerson:Daria Smirnov",
    );
  });

  it("places contact, port and language problems on their steps", () => {
    const error = problem(400, "body.contact.email", "body.preferredPorts.1", "body.language");
    expect(placeErrors(t, "ru", error, draft()).map(({ step, id }) => [step, id])).toEqual([
      ["contact", "registration-email"],
      ["ports", "registration-port-2"],
      ["ports", "registration-language"],
    ]);
  });

  it("leaves out what it cannot place, and other errors", () => {
    expect(placeErrors(t, "ru", problem(400, "body.members.5.givenName"), draft())).toEqual([]);
    expect(placeErrors(t, "ru", new Error("offline"), draft())).toEqual([]);
  });
});
