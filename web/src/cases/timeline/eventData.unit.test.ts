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

  it("shows fields and values it does not know as they are", () => {
    expect(describeData(t, "en-US", { formNumber: "I-765", status: "mystery" })).toEqual([
      { key: "formNumber", label: "Form number", value: "I-765" },
      { key: "status", label: "Status", value: "mystery" },
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
      "San Ysidro, CA",
    ]);
  });
});
