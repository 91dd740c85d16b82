import { describe, expect, it } from "vitest";
import { type Comparable, differences } from "./compare.ts";

const OLGA: Comparable = {
  givenName: "Olga",
  familyName: "Smirnova",
  nativeName: "Ольга Смирнова",
  dateOfBirth: "1990-03-14",
  nationality: "RU",
};

describe("differences between a held person and a possible match", () => {
  it("finds nothing between one person written twice alike", () => {
    expect(differences(OLGA, { ...OLGA, givenName: " olga ", nationality: "ru" })).toEqual([]);
  });

  it("marks both names when they are the other way round", () => {
    const swapped = { ...OLGA, givenName: "Smirnova", familyName: "Olga" };
    expect(differences(swapped, OLGA)).toEqual(["givenName", "familyName"]);
  });

  it("marks the date of birth with day and month swapped", () => {
    const may = { ...OLGA, dateOfBirth: "1990-05-03" };
    expect(differences({ ...OLGA, dateOfBirth: "1990-03-05" }, may)).toEqual(["dateOfBirth"]);
  });

  it("does not mark a name in the own alphabet that only one of them gave", () => {
    expect(differences({ ...OLGA, nativeName: null }, OLGA)).toEqual([]);
    expect(differences(OLGA, { ...OLGA, nativeName: "Ольга Смирнова-Ким" })).toEqual([
      "nativeName",
    ]);
  });
});
