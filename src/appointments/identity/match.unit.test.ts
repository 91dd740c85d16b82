import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance, matchPerson, namesClose, type RegisteredPerson } from "./match.ts";
import { nameSkeleton } from "./skeleton.ts";
import { transliterate } from "./transliterate.ts";

/** Each line: spellings of one name, Latin and Cyrillic, that must share one skeleton. */
const sameName: readonly string[][] = [
  ["Aleksei", "Alexey", "Alexei", "Aleksey", "ALEKSEI", "Алексей"],
  ["Yulia", "Iuliia", "Julia", "Yuliya", "Ioulia", "Юлия", "Юлія"],
  ["Sergei", "Sergey", "Serhii", "Serhiy", "Сергей", "Сергій"],
  ["Dmitri", "Dmitry", "Dmitrii", "Dmitriy", "Дмитрий"],
  ["Natalia", "Natalya", "Nataliia", "Наталья", "Наталія"],
  ["Andrei", "Andrey", "Andrii", "Andriy", "Андрей", "Андрій"],
  ["Kovalenko", "Коваленко", "KOVALENKO"],
  ["Shliachkov", "Shlyachkov", "Шлячков"],
  ["Ksenia", "Xenia", "Kseniia", "Kseniya", "Ксения", "Ксенія"],
  ["Olga", "Olha", "Ольга"],
  ["Fyodor", "Fedor", "Фёдор"],
  ["Kovalev", "Kovalyov", "Ковалёв", "Ковальов"],
  ["Yelena", "Elena", "Ielena", "Елена"],
  ["Ilya", "Il'ya", "Illia", "Илья", "Ілля"],
  ["Zhanna", "Жанна"],
  ["Hryhorii", "Grigorii", "Григорий", "Григорій"],
];

describe("name skeletons", () => {
  it.each(sameName)("joins the spellings of %s", (...spellings) => {
    const keys = new Set(spellings.map(nameSkeleton));
    expect([...keys]).toHaveLength(1);
  });

  it("keeps different names apart", () => {
    const names = ["Aleksei", "Aleksandr", "Yulia", "Yana", "Sergei", "Dmitrii", "Natalia", "Olga"];
    expect(new Set(names.map(nameSkeleton)).size).toBe(names.length);
  });

  it("transliterates Russian by ICAO 9303 and Ukrainian by the 2010 national table", () => {
    expect(transliterate("Юлия Щеглова")).toBe("iuliia shcheglova");
    expect(transliterate("Юлія Згурська")).toBe("yuliia zghurska");
    expect(transliterate("Коваленко-Шевчук")).toBe("kovalenko-shevchuk");
    expect(transliterate("Maria")).toBe("Maria");
  });
});

const registered: RegisteredPerson[] = [
  { id: "r1", familyName: "Ivanov", givenName: "Aleksei", dateOfBirth: "1990-03-14" },
  { id: "r2", familyName: "Коваленко", givenName: "Юлія", dateOfBirth: "1985-07-02" },
  { id: "r3", familyName: "Shevchenko", givenName: "Dmytro", dateOfBirth: "1979-11-30" },
  { id: "r4", familyName: "Petrova", givenName: "Natalia", dateOfBirth: "2001-05-09" },
];

describe("matchPerson", () => {
  it("refuses a second registration under another spelling, Latin or Cyrillic", () => {
    for (const [familyName, givenName] of [
      ["IVANOV", "Alexey"],
      ["Иванов", "Алексей"],
      ["Ivanov", "Aleksey"],
    ] as const) {
      const result = matchPerson({ familyName, givenName, dateOfBirth: "1990-03-14" }, registered);
      expect(result).toEqual({
        verdict: "duplicate",
        code: "identity.duplicate.same-name",
        matchedId: "r1",
        reason: expect.stringMatching(/already registered/),
      });
    }
    const latin = { familyName: "Kovalenko", givenName: "Iuliia", dateOfBirth: "1985-07-02" };
    expect(matchPerson(latin, registered)).toMatchObject({ verdict: "duplicate", matchedId: "r2" });
    const julia = { familyName: "Kovalenko", givenName: "Julia", dateOfBirth: "1985-07-02" };
    expect(matchPerson(julia, registered).verdict).toBe("duplicate");
  });

  it("refuses the Russian form of a Ukrainian given name, naming the rule", () => {
    const result = matchPerson(
      { familyName: "Шевченко", givenName: "Дмитрий", dateOfBirth: "1979-11-30" },
      registered,
    );
    expect(result).toMatchObject({ verdict: "duplicate", code: "identity.duplicate.name-form" });
    expect(result.reason).toMatch(/another form of the same name/);
  });

  it("sends a near match to review", () => {
    const typo = { familyName: "Petrova", givenName: "Nataliya Ann", dateOfBirth: "2001-05-09" };
    expect(matchPerson(typo, registered)).toMatchObject({
      verdict: "review",
      code: "identity.review.name-close",
      matchedId: "r4",
    });
    const family = { familyName: "Petrovna", givenName: "Natalia", dateOfBirth: "2001-05-09" };
    expect(matchPerson(family, registered).code).toBe("identity.review.name-close");
    const swapped = { familyName: "Aleksei", givenName: "Ivanov", dateOfBirth: "1990-03-14" };
    expect(matchPerson(swapped, registered).code).toBe("identity.review.names-swapped");
    const date = { familyName: "Petrova", givenName: "Natalya", dateOfBirth: "2001-09-05" };
    expect(matchPerson(date, registered)).toMatchObject({
      verdict: "review",
      code: "identity.review.date-transposed",
    });
  });

  it("lets different people through", () => {
    for (const person of [
      { familyName: "Ivanov", givenName: "Aleksei", dateOfBirth: "1991-03-14" },
      { familyName: "Ivanov", givenName: "Aleksandr", dateOfBirth: "1990-03-14" },
      { familyName: "Sidorov", givenName: "Aleksei", dateOfBirth: "1990-03-14" },
      { familyName: "Petrova", givenName: "Natalia", dateOfBirth: "2001-05-10" },
    ]) {
      expect(matchPerson(person, registered)).toEqual({
        verdict: "distinct",
        code: "identity.distinct",
        reason: "No registration for this person was found.",
      });
    }
    expect(matchPerson(registered[0]!, []).verdict).toBe("distinct");
  });

  it("never shows the other registration's data in the reason", () => {
    const result = matchPerson(
      { familyName: "Ivanov", givenName: "Alexey", dateOfBirth: "1990-03-14" },
      registered,
    );
    expect(result.reason).not.toMatch(/Ivanov|Aleksei|1990/);
  });
});

describe("edit distance", () => {
  it("is a metric with adjacent swaps counted once", () => {
    expect(editDistance("natalia", "natalai")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
    expect(namesClose("ana", "ana maria")).toBe(true);
    expect(namesClose("ivanov", "ivanov")).toBe(false);
  });
});
