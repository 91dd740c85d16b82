import { describe, expect, it } from "vitest";
import type { NoticeContent } from "../kinds.ts";
import { noticeText } from "../pdf.ts";
import { noticeKinds } from "../state.ts";
import { noticeLanguage, noticeLanguages, noticeTexts } from "./index.ts";

/** One notice of every kind and variant, as the events make them. */
const samples: NoticeContent[] = [
  { kind: "notice-to-appear", court: "eoir-san-diego", servedOn: "2022-12-19" },
  {
    kind: "hearing-notice",
    hearingId: "h-2",
    hearingKind: "master",
    at: "2023-02-01T16:00:00Z",
    court: "eoir-san-diego",
    timeZone: "America/Los_Angeles",
    day: "2023-02-01",
    time: "08:00",
  },
  { kind: "credible-fear-determination", outcome: "positive" },
  { kind: "credible-fear-determination", outcome: "negative" },
  { kind: "ij-review-decision", decision: "affirmed" },
  { kind: "ij-review-decision", decision: "vacated" },
  {
    kind: "ij-decision",
    outcome: "denied",
    removalOrdered: true,
    inAbsentia: false,
    servedOn: "2023-03-01",
    appealDue: "2023-03-31",
  },
  {
    kind: "ij-decision",
    outcome: "denied",
    removalOrdered: true,
    inAbsentia: true,
    servedOn: "2023-02-01",
    appealDue: null,
  },
  { kind: "bia-decision", decision: "dismissed", removalOrdered: true },
  { kind: "bia-decision", decision: "remanded", removalOrdered: false },
];

const CYRILLIC = /[\u0400-\u04FF]/;

describe("the notices' texts", () => {
  it("has a sample of every kind", () => {
    expect(new Set(samples.map((sample) => sample.kind))).toEqual(new Set(noticeKinds));
  });

  it("writes every kind in all six languages, each its own translation, with the same citations", () => {
    for (const content of samples) {
      const english = noticeText("en", content);
      const citations = english.paragraphs
        .join(" ")
        .match(/\d+ CFR [\d.()a-z]+|INA [\d()a-zA-Z]+/g);
      for (const language of noticeLanguages) {
        const { title, paragraphs } = noticeText(language, content);
        expect(title.length, `${language} ${content.kind}`).toBeGreaterThan(5);
        expect(paragraphs.length).toBe(english.paragraphs.length);
        for (const paragraph of paragraphs) expect(paragraph.trim()).not.toBe("");
        const text = paragraphs.join(" ");
        // The rights and duties name the same rules in every language.
        expect(text.match(/\d+ CFR [\d.()a-z]+|INA [\d()a-zA-Z]+/g)).toEqual(citations);
        if (language !== "en") {
          expect(title, `${language} ${content.kind}`).not.toBe(english.title);
          expect(paragraphs).not.toEqual(english.paragraphs);
        }
        expect(CYRILLIC.test(text), `${language} script`).toBe(
          language === "ru" || language === "uk",
        );
      }
    }
  });

  it("tells of the hearing's day and time in the court's zone, and the judge's review on a negative determination", () => {
    const hearing = noticeText("ru", samples[1] as NoticeContent).paragraphs[0];
    expect(hearing).toBe(
      "Ваше предварительное заседание (master calendar hearing) в иммиграционном суде eoir-san-diego состоится 2023-02-01 в 08:00 (время America/Los_Angeles).",
    );
    const negative = noticeText("en", samples[3] as NoticeContent).paragraphs.join(" ");
    expect(negative).toContain(
      "You have the right to ask an immigration judge to review this determination (8 CFR 208.30(g)).",
    );
    const ijDecision = noticeText("es", samples[6] as NoticeContent).paragraphs.join(" ");
    expect(ijDecision).toContain("a más tardar el 2023-03-31 (8 CFR 1003.38(b))");
  });

  it("keeps the e-mail free of the case: a link and nothing about the notice (8 CFR 208.6)", () => {
    for (const language of noticeLanguages) {
      const { subject, body } = noticeTexts[language].email;
      expect(subject).toContain("Haven");
      expect(body("https://haven.example/cases/1")).toContain("https://haven.example/cases/1");
      if (language !== "en") expect(subject).not.toBe(noticeTexts.en.email.subject);
    }
  });

  it("writes in the first language the person has that notices are written in, else English", () => {
    expect(noticeLanguage("ru", "en")).toBe("ru");
    expect(noticeLanguage(undefined, "pt-BR")).toBe("pt");
    expect(noticeLanguage("ky", "uk")).toBe("uk");
    expect(noticeLanguage("ky", null)).toBe("en");
  });
});
