import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { NoticeContent } from "./kinds.ts";
import { type NoticeLanguage, type NoticeTexts, noticeTexts } from "./texts/index.ts";

/** Who a notice is for, as its own copy says: it is the person's own document. */
export interface NoticeRecipient {
  name: string;
  nativeName: string | null;
  aNumber: string | null;
  /** The postal address the notice is for; null when the case has none. */
  address: string | null;
}

export interface NoticeDocument {
  caseReference: string;
  language: NoticeLanguage;
  /** The day the notice was made (YYYY-MM-DD). */
  issuedOn: string;
  /** When it was made, as the PDF's creation date. */
  createdAt: Date;
  content: NoticeContent;
  recipient: NoticeRecipient;
}

// Noto Sans (SIL Open Font License) covers the Latin of en, es, pt and ht and the Cyrillic of ru
// and uk in one face; pdfkit embeds the glyphs used as a subset with their Unicode map, so the
// text extracts in its own script.
const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(
      require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
    ),
    bold: readFileSync(
      require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
    ),
  };
  return fonts;
}

function bodyOf(texts: NoticeTexts, content: NoticeContent): string[] {
  // Each kind's text takes that kind's facts; the switch keeps them paired for the compiler.
  switch (content.kind) {
    case "notice-to-appear":
      return texts.body[content.kind](content);
    case "hearing-notice":
      return texts.body[content.kind](content);
    case "credible-fear-determination":
      return texts.body[content.kind](content);
    case "ij-review-decision":
      return texts.body[content.kind](content);
    case "ij-decision":
      return texts.body[content.kind](content);
    case "bia-decision":
      return texts.body[content.kind](content);
  }
}

/** The title and paragraphs of a notice in one language. */
export function noticeText(language: NoticeLanguage, content: NoticeContent) {
  const texts = noticeTexts[language];
  return { title: texts.titles[content.kind], paragraphs: bodyOf(texts, content) };
}

function part(doc: PDFKit.PDFDocument, texts: NoticeTexts, notice: NoticeDocument) {
  const { recipient } = notice;
  doc.font("bold").fontSize(10).fillColor("#1b1b1b").text(texts.header);
  doc.moveDown(0.5);
  doc.fontSize(16).text(texts.titles[notice.content.kind]);
  doc.moveDown(0.5);
  const field = (label: string, value: string) =>
    doc
      .font("bold")
      .fontSize(10)
      .text(`${label}: `, { continued: true })
      .font("regular")
      .text(value);
  const name = recipient.nativeName
    ? `${recipient.name} (${recipient.nativeName})`
    : recipient.name;
  field(texts.fields.to, name);
  if (recipient.aNumber) field(texts.fields.aNumber, recipient.aNumber);
  field(texts.fields.case, notice.caseReference);
  field(texts.fields.address, recipient.address ?? texts.fields.noAddress);
  field(texts.fields.issued, notice.issuedOn);
  doc.moveDown();
  for (const paragraph of bodyOf(texts, notice.content)) {
    doc.font("regular").fontSize(11).text(paragraph, { align: "left" });
    doc.moveDown(0.6);
  }
}

/**
 * The notice as a PDF: in the person's language, then in English (one part when that is
 * English). Made once, when the notice is, and kept: the document served stays the document.
 */
export function renderNoticePdf(notice: NoticeDocument): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const title = noticeTexts[notice.language].titles[notice.content.kind];
  const doc = new PDFDocument({
    size: "LETTER",
    margin: 64,
    lang: notice.language,
    displayTitle: true,
    info: { Title: title, Author: "Haven", CreationDate: notice.createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  part(doc, noticeTexts[notice.language], notice);
  if (notice.language !== "en") {
    doc.moveDown();
    doc.font("regular").fontSize(10).text(noticeTexts[notice.language].englishFollows);
    doc.addPage();
    part(doc, noticeTexts.en, notice);
  }
  doc.end();
  return done;
}
