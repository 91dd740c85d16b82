import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogues } from "../../i18n/catalogues.ts";
import { describeData } from "./eventData.ts";

let t: TFunction;
let tRu: TFunction;

beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({
    lng: "en",
    resources: { en: { translation: catalogues.en }, ru: { translation: catalogues.ru } },
    interpolation: { escapeValue: false },
  });
  t = i18n.getFixedT("en");
  tRu = i18n.getFixedT("ru");
});

describe("describeData", () => {
  it("labels known fields and formats money from cents", () => {
    expect(describeData(t, "en-US", { amountCents: 2_000_000, setBy: "ice" })).toEqual([
      { key: "amountCents", label: "Amount", value: "$20,000" },
      { key: "setBy", label: "Set by", value: "ICE" },
    ]);
  });

  it("localizes labels, values, countries and dates", () => {
    const fields = describeData(tRu, "ru", {
      outcome: "positive",
      nationality: "RU",
      servedOn: "2023-01-12",
    });
    expect(fields.map((field) => [field.label, field.value])).toEqual([
      ["Результат", "Положительный"],
      ["Гражданство", "Россия"],
      ["Дата вручения", "12 января 2023 г."],
    ]);
  });

  it("leaves out internal ids and empty values", () => {
    const fields = describeData(t, "en-US", {
      personId: "92da68e1-e401-4a6d-9b20-8d4d0e5b284c",
      hearingId: "h-1",
      court: null,
      detail: "",
    });
    expect(fields).toEqual([]);
  });

  it("shows a code it does not know as it is, marked untranslated", () => {
    expect(describeData(t, "en-US", { formNumber: "I-765", status: "mystery" })).toEqual([
      { key: "formNumber", label: "Form number", value: "I-765" },
      { key: "status", label: "Status", value: "mystery", untranslated: true },
    ]);
  });

  it("shows someone's own words as written, marked so, in any language", () => {
    const fields = describeData(tRu, "ru", {
      reasons: "The account was consistent and detailed.",
      outcome: "positive",
    });
    expect(fields).toEqual([
      {
        key: "reasons",
        label: "Обоснование",
        value: "The account was consistent and detailed.",
        verbatim: true,
      },
      { key: "outcome", label: "Результат", value: "Положительный" },
    ]);
  });

  it("names facilities, courts and ports, never by their ids", () => {
    const fields = describeData(tRu, "ru", {
      facilityId: "otay-mesa-detention-center",
      court: "eoir-san-diego",
      port: "san_ysidro",
      kind: "notice-to-appear",
    });
    expect(fields.map((field) => field.value)).toEqual([
      "Otay Mesa Detention Center, CA (центр содержания ICE)",
      "San Diego Immigration Court (иммиграционный суд)",
      "San Ysidro, Калифорния",
      "Уведомление о явке в суд (Notice to Appear)",
    ]);
    expect(fields.some((field) => field.untranslated || field.verbatim)).toBe(false);
  });

  it("tells a hearing's time in its court's zone and does not show the zone's id", () => {
    const fields = describeData(t, "en-US", {
      at: "2024-03-05T17:00:00Z",
      timeZone: "America/Los_Angeles",
      room: "2",
    });
    expect(fields).toEqual([
      { key: "at", label: "Date and time", value: "March 5, 2024 at 9:00 AM PST" },
      { key: "room", label: "Courtroom", value: "2" },
    ]);
  });

  it("writes addresses, lists and ports of entry readably", () => {
    const fields = describeData(t, "en-US", {
      address: { line1: "1234 Sunset Blvd", city: "Los Angeles", state: "CA" },
      groundsFound: ["political_opinion", "religion"],
      port: "san_ysidro",
    });
    expect(fields.map((field) => field.value)).toEqual([
      "1234 Sunset Blvd, Los Angeles, CA",
      "Political opinion and Religion",
      "San Ysidro, California",
    ]);
  });
});
