import { z } from "zod";
import type { EventHandlers } from "../core/pathway/index.ts";
import type { ProtectionFacts, ProtectionView } from "./state.ts";

/** INA 101(a)(42)(A): the five protected grounds. */
export const protectedGrounds = [
  "race",
  "religion",
  "nationality",
  "particular_social_group",
  "political_opinion",
] as const;
export type ProtectedGround = (typeof protectedGrounds)[number];

/**
 * Matter of A-G-, 19 I&N Dec. 502 (BIA 1987): fear of conscription alone is not persecution on a
 * protected ground, unless punishment would be disproportionate because of a protected ground or
 * service would involve internationally condemned acts. A determination says which applies.
 */
export const conscriptionFindings = [
  "not_raised",
  "conscription_alone",
  "disproportionate_punishment_on_protected_ground",
  "internationally_condemned_acts",
] as const;
export type ConscriptionFinding = (typeof conscriptionFindings)[number];

const outcome = z.enum(["positive", "negative"]);

/** Who the person asked to be interviewed or interpreted by. */
export const sexRequests = ["none", "female", "male"] as const;

/** The officer's finding on one protected ground: is the harm feared on account of it? */
export const groundFinding = z.object({
  ground: z.enum(protectedGrounds),
  nexus: z.boolean().describe("The harm feared is on account of this ground."),
  reasons: z.string().describe("The officer's reasons on this ground, in writing."),
});
export type GroundFinding = z.infer<typeof groundFinding>;

/** The harm the person fears, and whether it rises to persecution or torture. */
export const harmFinding = z.object({
  feared: z.string().describe("The harm the person fears, in the officer's words."),
  risesToPersecution: z.boolean(),
  risesToTorture: z.boolean().describe("Torture as the Convention Against Torture defines it."),
});

/** Events of the protection screening with USCIS and the IJ's review of it (past tense). */
export const protectionEvents = {
  FearClaimed: z
    .object({
      language: z.string().describe("The language the person speaks (ISO 639)."),
      statementInWriting: z.boolean().describe("The person gave their account in writing too."),
    })
    .describe("The person said they fear return (INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4))."),
  CredibleFearInterviewScheduled: z
    .object({
      scheduledFor: z.string().describe("When the interview is (ISO 8601)."),
      language: z.string(),
      interpreterRequired: z.boolean(),
      consultationWaived: z.boolean(),
    })
    .describe("A credible-fear interview was scheduled (8 CFR 208.30(d))."),
  CredibleFearInterviewHeld: z
    .object({
      heldAt: z.string().describe("When the interview began (ISO 8601)."),
      language: z.string().describe("The language of the interview (ISO 639)."),
      interpreterId: z
        .string()
        .nullable()
        .describe("Null only when the interview was held in English (8 CFR 208.30(d)(5))."),
      requestedOfficerSex: z.enum(sexRequests),
      requestedInterpreterSex: z.enum(sexRequests),
      requestHonoured: z.boolean().nullable().describe("Null when nothing was requested."),
      requestNotHonouredReason: z.string().nullable(),
      officerId: z.string().describe("The asylum officer who held it (the command's actor)."),
    })
    .describe("The asylum officer held the credible-fear interview (8 CFR 208.30(d))."),
  WrittenAccountSubmitted: z
    .object({
      language: z.string().describe("The language the account is written in (ISO 639)."),
      text: z.string().describe("The account in the person's words: claim text (8 CFR 208.6)."),
    })
    .describe("The applicant's written account of their fear, given before the determination."),
  CredibleFearDetermined: z
    .object({
      outcome,
      groundsConsidered: z.array(z.enum(protectedGrounds)),
      groundsFound: z.array(z.enum(protectedGrounds)),
      conscription: z.enum(conscriptionFindings),
      writtenReasons: z.string(),
      language: z.string(),
      interpreterId: z
        .string()
        .nullable()
        .describe("Null only when the interview was held in English (8 CFR 208.30(d)(5))."),
      officerId: z.string(),
      // Determinations recorded before the form walked through each ground have none of these.
      findings: z.array(groundFinding).optional().describe("One finding per protected ground."),
      harm: harmFinding.optional(),
      conscriptionReasons: z.string().optional(),
    })
    .describe("An asylum officer determined credible fear (8 CFR 208.30(e))."),
  SupervisoryReviewCompleted: z
    .object({
      outcome,
      concurred: z.boolean(),
      supervisorId: z.string(),
    })
    .describe("A supervisor reviewed the determination, and it was served (8 CFR 208.30(e)(8))."),
  IJReviewRequested: z
    .object({
      how: z
        .enum(["requested", "declined_to_indicate"])
        .describe("A refusal to say counts as a request (8 CFR 208.30(g)(1))."),
    })
    .describe("IJ review of the negative determination was requested."),
  IJReviewDeclined: z
    .object({ acknowledgedInWriting: z.boolean() })
    .describe("The person declined IJ review."),
  IJReviewDecided: z
    .object({ decision: z.enum(["affirmed", "vacated"]), judgeId: z.string() })
    .describe("An immigration judge decided the review (8 CFR 1003.42)."),
  CredibleFearReconsidered: z
    .object({ outcome: z.literal("positive"), reasons: z.string() })
    .describe("USCIS reconsidered the negative determination (8 CFR 208.30(g)(2)(iv)(A))."),
  AsylumMeritsInterviewScheduled: z
    .object({ scheduledFor: z.string() })
    .describe("An asylum merits interview at USCIS was scheduled (8 CFR 208.9(a)(1))."),
  AsylumMeritsDecided: z
    .object({ decision: z.enum(["granted", "referred"]) })
    .describe("USCIS granted asylum or referred the case to the court (8 CFR 208.14)."),
  AsylumApplicationFiled: z
    .object({
      receivedOn: z.string().describe("The day it was received (YYYY-MM-DD)."),
      filedWith: z.enum(["court", "uscis"]),
    })
    .describe("An asylum application (I-589) was filed (INA 208(a))."),
};

export type ProtectionEventData = {
  [Type in keyof typeof protectionEvents]: z.infer<(typeof protectionEvents)[Type]>;
};

type CredibleFear = NonNullable<ProtectionFacts["credibleFear"]>;

function screeningOpened(claimedAt: string): CredibleFear {
  return {
    claimedAt,
    interviewAt: null,
    interview: null,
    writtenAccountAt: null,
    outcome: null,
    determinedAt: null,
    determinedBy: null,
    servedAt: null,
    ijReview: "none",
    ijReviewRequestedAt: null,
    reconsidered: false,
  };
}

function withCredibleFear(state: ProtectionView, change: Partial<CredibleFear>): ProtectionView {
  const current = state.credibleFear ?? screeningOpened("");
  return { ...state, credibleFear: { ...current, ...change } };
}

export const protectionHandlers: EventHandlers<ProtectionView, ProtectionEventData> = {
  FearClaimed: (state, _data, event) => ({
    ...state,
    credibleFear: screeningOpened(event.occurredAt),
  }),
  // A new schedule is a new interview: the one held before it no longer stands for it.
  CredibleFearInterviewScheduled: (state, data) =>
    withCredibleFear(state, {
      interviewAt: data.scheduledFor,
      interview: null,
    }),
  CredibleFearInterviewHeld: (state, data, event) =>
    withCredibleFear(state, {
      interview: {
        heldAt: data.heldAt,
        officerId: event.actor,
        language: data.language,
        interpreterId: data.interpreterId,
      },
    }),
  WrittenAccountSubmitted: (state, _data, event) =>
    withCredibleFear(state, { writtenAccountAt: event.occurredAt }),
  CredibleFearDetermined: (state, data, event) =>
    withCredibleFear(state, {
      outcome: data.outcome,
      determinedAt: event.occurredAt,
      determinedBy: event.actor,
    }),
  SupervisoryReviewCompleted: (state, data, event) =>
    withCredibleFear(state, { outcome: data.outcome, servedAt: event.occurredAt }),
  IJReviewRequested: (state, _data, event) =>
    withCredibleFear(state, { ijReview: "requested", ijReviewRequestedAt: event.occurredAt }),
  IJReviewDeclined: (state) => withCredibleFear(state, { ijReview: "declined" }),
  IJReviewDecided: (state, data) =>
    withCredibleFear(state, {
      ijReview: data.decision,
      outcome: data.decision === "vacated" ? "positive" : "negative",
    }),
  CredibleFearReconsidered: (state, _data, event) =>
    withCredibleFear(state, {
      outcome: "positive",
      reconsidered: true,
      determinedAt: event.occurredAt,
      servedAt: event.occurredAt,
    }),
  AsylumMeritsInterviewScheduled: (state, data) => ({
    ...state,
    meritsInterviewAt: data.scheduledFor,
  }),
  AsylumMeritsDecided: (state, data) =>
    data.decision === "granted" ? { ...state, outcome: "asylum_granted" } : state,
};
