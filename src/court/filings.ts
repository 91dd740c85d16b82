import { z } from "zod";
import { dayOf } from "../core/calendar.ts";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import type { EventHandlers, KernelState } from "../core/pathway/index.ts";
import { refusal } from "../core/refusal.ts";
import { daySchema, idSchema } from "../core/schemas.ts";
import type { PolicyContext } from "../policy/types.ts";
import type { CourtFacts } from "./state.ts";

/** A document a party filed with the court as evidence, and its English translation. */
export interface EvidenceFiling {
  documentId: string;
  title: string;
  language: string;
  pages: number;
  /** The translator who certified the English translation; null for a document in English. */
  translatedBy: string | null;
  filedBy: "respondent" | "dhs";
  filedOn: string;
}

export interface FilingFacts {
  evidence: EvidenceFiling[];
}

export function filingFacts(): FilingFacts {
  return { evidence: [] };
}

const language = z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code");

export const filingEvents = {
  EvidenceFiled: z
    .object({
      documentId: z.string(),
      title: z.string(),
      language: z.string().describe("The document's language (ISO 639)."),
      pages: z.number().int(),
      translatedBy: z
        .string()
        .nullable()
        .describe("The translator who certified the English translation (8 CFR 1003.33)."),
      filedBy: z.enum(["respondent", "dhs"]),
      filedOn: z.string().describe("The day the court received it (YYYY-MM-DD)."),
    })
    .describe("A party filed a document as evidence with the immigration court (8 CFR 1003.31)."),
};

export type FilingEventData = {
  [Type in keyof typeof filingEvents]: z.infer<(typeof filingEvents)[Type]>;
};

const event = eventMaker<FilingEventData>();

export const filingCommandSchemas = [
  z
    .object({
      type: z.literal("FileEvidence"),
      documentId: idSchema.describe(
        "An id for the document, unique in the case (e.g. exhibit-3). Shown on the record of proceedings.",
      ),
      title: z
        .string()
        .trim()
        .min(1)
        .max(300)
        .describe("What the document is (up to 300 characters), e.g. Arrest record, Moscow 2022."),
      language: language.describe(
        "The document's language, an ISO 639 code in lower case. Any language but English (en) needs a certified English translation.",
      ),
      pages: z.number().int().min(1).max(5_000).describe("How many pages it has."),
      translatedBy: z
        .string()
        .trim()
        .min(1)
        .max(200)
        .nullable()
        .default(null)
        .describe(
          "The translator who signed the certificate that they are competent and the English translation is true and accurate (8 CFR 1003.33). Null, the default, for a document in English.",
        ),
      filedBy: z
        .enum(["respondent", "dhs"])
        .describe("Which party files it: the respondent (or their attorney) or DHS."),
      filedOn: daySchema
        .optional()
        .describe("The day the court received it, YYYY-MM-DD. The command's day when left out."),
    })
    .meta({
      description:
        "Record a document filed as evidence with the immigration court (8 CFR 1003.31). Refused before a Notice to Appear puts the case before a court, and for a document not in English without a certified English translation (8 CFR 1003.33).",
      examples: [
        {
          type: "FileEvidence",
          documentId: "exhibit-3",
          title: "Record of detention, Moscow, March 2022",
          language: "ru",
          pages: 2,
          translatedBy: "Certified translator, N. Petrova",
          filedBy: "respondent",
          filedOn: "2022-11-30",
        },
      ],
    }),
] as const;

export type FilingCommand = z.infer<(typeof filingCommandSchemas)[number]>;
export const filingCommandTypes: ReadonlySet<string> = new Set(
  filingCommandSchemas.map((schema) => schema.shape.type.value),
);

type View = KernelState & FilingFacts & Pick<CourtFacts, "court">;

export function decideFiling(
  state: View,
  command: FilingCommand,
  context: PolicyContext,
): Decision {
  if (!state.court) {
    return refuse(
      refusal(
        "court.filing.no-proceedings",
        "8 CFR 1003.14(a); 8 CFR 1003.31(a)",
        "No Notice to Appear has been filed with a court for this case, so there are no proceedings to file in.",
      ),
    );
  }
  if (state.evidence.some((filed) => filed.documentId === command.documentId)) {
    return refuse(
      refusal(
        "court.evidence.duplicate-id",
        "8 CFR 1003.31",
        `A document with the id ${command.documentId} is already on the record.`,
        "documentId",
      ),
    );
  }
  const translatedBy = command.language === "en" ? null : command.translatedBy;
  if (command.language !== "en" && translatedBy === null) {
    return refuse(
      refusal(
        "court.evidence.certified-translation",
        "8 CFR 1003.33",
        "A document not in English must come with an English translation and the translator's certificate of competence and accuracy.",
        "translatedBy",
      ),
    );
  }
  return accept(
    event("EvidenceFiled", {
      documentId: command.documentId,
      title: command.title,
      language: command.language,
      pages: command.pages,
      translatedBy,
      filedBy: command.filedBy,
      filedOn: command.filedOn ?? dayOf(context.now),
    }),
  );
}

export const filingHandlers: EventHandlers<View, FilingEventData> = {
  EvidenceFiled: (state, data) => ({
    ...state,
    evidence: [...state.evidence, { ...data }],
  }),
};
