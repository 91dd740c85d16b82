import { describe, expect, it } from "vitest";
import { inProceedings, positiveServed } from "../testing/histories.ts";
import { event, given } from "../testing/kit.ts";

const russianRecord = {
  type: "FileEvidence",
  documentId: "exhibit-3",
  title: "Record of detention, Moscow",
  language: "ru",
  pages: 2,
  filedBy: "respondent",
} as const;

describe("evidence filed with the immigration court (8 CFR 1003.31, 1003.33)", () => {
  it("refuses a document not in English without a certified translation", () => {
    const decision = given(inProceedings()).when(russianRecord, "2022-11-30T16:00:00Z");
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "court.evidence.certified-translation",
      citation: "8 CFR 1003.33",
      message:
        "A document not in English must come with an English translation and the translator's certificate of competence and accuracy.",
      field: "translatedBy",
    });
  });

  it("records it with its translator, and refuses a second document of the same id", () => {
    const filed = given(inProceedings()).when(
      { ...russianRecord, translatedBy: "N. Petrova" },
      "2022-11-30T16:00:00Z",
    );
    expect(filed).toEqual({
      ok: true,
      events: [
        {
          type: "EvidenceFiled",
          data: {
            documentId: "exhibit-3",
            title: "Record of detention, Moscow",
            language: "ru",
            pages: 2,
            translatedBy: "N. Petrova",
            filedBy: "respondent",
            filedOn: "2022-11-30",
          },
        },
      ],
    });
    const history = [
      ...inProceedings(),
      event(
        "EvidenceFiled",
        {
          documentId: "exhibit-3",
          title: "Record of detention, Moscow",
          language: "ru",
          pages: 2,
          translatedBy: "N. Petrova",
          filedBy: "respondent",
          filedOn: "2022-11-30",
        },
        "2022-11-30T16:00:00Z",
      ),
    ];
    expect(given(history).state.evidence).toHaveLength(1);
    const again = given(history).when(
      { ...russianRecord, language: "en", title: "Letter of support" },
      "2022-12-01T16:00:00Z",
    );
    expect(again.ok ? null : again.refusal).toMatchObject({
      rule: "court.evidence.duplicate-id",
      field: "documentId",
    });
  });

  it("keeps no translator for a document in English", () => {
    const decision = given(inProceedings()).when(
      { ...russianRecord, language: "en", translatedBy: "someone" },
      "2022-11-30T16:00:00Z",
    );
    expect(decision.ok && decision.events[0]?.data).toMatchObject({ translatedBy: null });
  });

  it("refuses a filing before a Notice to Appear puts the case before a court", () => {
    const decision = given(positiveServed()).when(
      { ...russianRecord, translatedBy: "N. Petrova" },
      "2022-11-30T16:00:00Z",
    );
    expect(decision.ok ? null : decision.refusal).toMatchObject({
      rule: "court.filing.no-proceedings",
    });
  });
});
