import { z } from "zod";
import { compareInstants, dayOf } from "../core/calendar.ts";
import { dueFor } from "../core/deadlines/index.ts";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import { refusal } from "../core/refusal.ts";
import { daySchema, idSchema, instantSchema } from "../core/schemas.ts";
import type { CourtFacts } from "../court/state.ts";
import type { PolicyContext } from "../policy/types.ts";
import {
  conscriptionFindings,
  type ProtectedGround,
  type ProtectionEventData,
  protectedGrounds,
  sexRequests,
} from "./events.ts";
import { consultationPeriod, meritsInterviewEarliest, meritsInterviewLatest } from "./rules.ts";
import type { ProtectionView } from "./state.ts";

const event = eventMaker<ProtectionEventData>();

/** What protection's rules read: its own facts, and whether an I-589 is on file in court. */
type View = ProtectionView & Pick<CourtFacts, "court">;

const language = z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code");

/** The field names of each protected ground on the determination form, in the form's order. */
const groundKey = {
  race: "race",
  religion: "religion",
  nationality: "nationality",
  particular_social_group: "particularSocialGroup",
  political_opinion: "politicalOpinion",
} as const satisfies Record<ProtectedGround, string>;
type GroundKey = (typeof groundKey)[ProtectedGround];

/** A finding per ground: whether the harm feared is on account of it (nexus), and why. */
function groundFields() {
  const fields = {} as Record<`${GroundKey}Nexus`, z.ZodDefault<z.ZodBoolean>> &
    Record<`${GroundKey}Reasons`, z.ZodString>;
  for (const ground of protectedGrounds) {
    const key = groundKey[ground];
    fields[`${key}Nexus`] = z
      .boolean()
      .default(false)
      .describe(
        `The harm feared is on account of ${ground.replaceAll("_", " ")}. False when left out.`,
      );
    fields[`${key}Reasons`] = z
      .string()
      .trim()
      .max(5_000)
      .describe(
        `The officer's reasons on ${ground.replaceAll("_", " ")}, in writing (up to 5,000 characters); required.`,
      );
  }
  return fields;
}

export const protectionCommandSchemas = [
  z
    .object({
      type: z.literal("ClaimFear"),
      language: language.describe(
        "The language the person speaks, an ISO 639 code in lower case (e.g. ru, es).",
      ),
      statementInWriting: z
        .boolean()
        .default(false)
        .describe("The person also gave their account in writing. False when left out."),
    })
    .meta({
      description:
        "Record that the person says they fear return (INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4)). The credible-fear screening starts; removal is barred until it ends.",
      examples: [{ type: "ClaimFear", language: "ru", statementInWriting: true }],
    }),
  z
    .object({
      type: z.literal("ScheduleCredibleFearInterview"),
      scheduledFor: instantSchema.describe(
        "When the interview is, ISO 8601 with offset (e.g. 2022-03-24T16:00:00Z).",
      ),
      language: language.describe(
        "The language of the interview, an ISO 639 code in lower case. Any language but English (en) needs an interpreter.",
      ),
      consultationWaived: z
        .boolean()
        .default(false)
        .describe(
          "The person gave up the time to consult someone of their choosing, so the interview may be sooner. False when left out.",
        ),
    })
    .meta({
      description:
        "Schedule the credible-fear interview with an asylum officer (8 CFR 208.30(d)). Refused before the person has had one full calendar day after the orientation to consult someone, unless they waived it (8 CFR 208.30(d)(4)).",
      examples: [
        {
          type: "ScheduleCredibleFearInterview",
          scheduledFor: "2022-03-24T16:00:00Z",
          language: "ru",
          consultationWaived: false,
        },
      ],
    }),
  z
    .object({
      type: z.literal("RecordCredibleFearInterview"),
      heldAt: instantSchema.describe(
        "When the interview began, ISO 8601 with offset. Not later than now: an interview is recorded once held.",
      ),
      language: language.describe(
        "The language the interview was held in, an ISO 639 code in lower case.",
      ),
      interpreterId: idSchema
        .nullable()
        .describe(
          "The interpreter's id. Null only when the interview was held in English (8 CFR 208.30(d)(5)). Required.",
        ),
      requestedOfficerSex: z
        .enum(sexRequests)
        .default("none")
        .describe("The person asked for an officer of this sex: none, female or male."),
      requestedInterpreterSex: z
        .enum(sexRequests)
        .default("none")
        .describe("The person asked for an interpreter of this sex: none, female or male."),
      requestHonoured: z
        .boolean()
        .default(true)
        .describe("What the person asked for was given. True when left out."),
      requestNotHonouredReason: z
        .string()
        .trim()
        .max(2_000)
        .default("")
        .describe("Why the request could not be met (up to 2,000 characters)."),
    })
    .meta({
      description:
        "Record the credible-fear interview held by an asylum officer (8 CFR 208.30(d)): when, in what language, with which interpreter, and whether the person asked for an officer or interpreter of a given sex. The determination can be recorded only after it.",
      examples: [
        {
          type: "RecordCredibleFearInterview",
          heldAt: "2022-03-24T16:00:00Z",
          language: "ru",
          interpreterId: "interpreter-ru-017",
          requestedOfficerSex: "female",
          requestedInterpreterSex: "female",
          requestHonoured: true,
          requestNotHonouredReason: "",
        },
      ],
    }),
  z
    .object({
      type: z.literal("SubmitWrittenAccount"),
      language: language.describe(
        "The language the account is written in, an ISO 639 code in lower case.",
      ),
      text: z
        .string()
        .trim()
        .min(1, "must give the account")
        .max(50_000)
        .describe(
          "The account of what happened and what the person fears, in their own words (up to 50,000 characters).",
        ),
    })
    .meta({
      description:
        "Give the asylum officer the person's own written account of their fear before the determination, in their language. A later account replaces the earlier one. Confidential (8 CFR 208.6).",
      examples: [
        {
          type: "SubmitWrittenAccount",
          language: "ru",
          text: "Меня задержали на митинге против войны и продержали двое суток.",
        },
      ],
    }),
  z
    .object({
      type: z.literal("DetermineCredibleFear"),
      outcome: z
        .enum(["positive", "negative"])
        .describe(
          "The asylum officer's determination: the person has a credible fear (positive) or not (negative).",
        ),
      ...groundFields(),
      harmFeared: z
        .string()
        .trim()
        .max(5_000)
        .describe("The harm the person fears, in the officer's words (up to 5,000 characters)."),
      harmRisesToPersecution: z
        .boolean()
        .default(false)
        .describe("The harm feared would be persecution. False when left out."),
      harmRisesToTorture: z
        .boolean()
        .default(false)
        .describe(
          "The harm feared would be torture, as the Convention Against Torture defines it (8 CFR 208.18(a)). False when left out.",
        ),
      conscription: z
        .enum(conscriptionFindings)
        .describe(
          "The finding on a fear of conscription (Matter of A-G-, 19 I&N Dec. 502 (BIA 1987)): not_raised; conscription_alone, which is not persecution on a protected ground; disproportionate_punishment_on_protected_ground; or internationally_condemned_acts.",
        ),
      conscriptionReasons: z
        .string()
        .trim()
        .max(5_000)
        .default("")
        .describe(
          "The reasons for the conscription finding (up to 5,000 characters); required unless it was not raised.",
        ),
      writtenReasons: z
        .string()
        .trim()
        .max(20_000)
        .describe(
          "The determination's reasons as a whole, in writing (up to 20,000 characters). An empty text is refused (8 CFR 208.30(e)(1)).",
        ),
    })
    .meta({
      description:
        "Record the asylum officer's credible-fear determination (8 CFR 208.30(e)), ground by ground. It is served only after supervisory review by another officer. Refused before the interview was recorded, without written reasons on each protected ground (INA 101(a)(42)(A)), on the harm and on conscription when raised, and for a positive determination with no ground found and no torture feared.",
      examples: [
        {
          type: "DetermineCredibleFear",
          outcome: "positive",
          raceNexus: false,
          raceReasons: "Not claimed; nothing in the account suggests it.",
          religionNexus: false,
          religionReasons: "Not claimed.",
          nationalityNexus: false,
          nationalityReasons: "Not claimed.",
          particularSocialGroupNexus: false,
          particularSocialGroupReasons: "No group was put forward.",
          politicalOpinionNexus: true,
          politicalOpinionReasons:
            "Arrested and detained for protesting the war; the police named her protest when they beat her.",
          harmFeared: "Arrest, beating and prosecution for her opposition to the war.",
          harmRisesToPersecution: true,
          harmRisesToTorture: false,
          conscription: "not_raised",
          conscriptionReasons: "",
          writtenReasons:
            "Significant possibility of establishing persecution on account of political opinion.",
        },
      ],
    }),
  z
    .object({
      type: z.literal("CompleteSupervisoryReview"),
      outcome: z
        .enum(["positive", "negative"])
        .describe(
          "The determination as it stands after the supervisor's review; it may differ from the officer's.",
        ),
    })
    .meta({
      description:
        "Record the supervisor's review of the credible-fear determination; the determination is then served (8 CFR 208.30(e)(8)). Refused to the officer who made the determination, and when it was already reviewed and served.",
      examples: [{ type: "CompleteSupervisoryReview", outcome: "positive" }],
    }),
  z
    .object({
      type: z.literal("RequestIJReview"),
      how: z
        .enum(["requested", "declined_to_indicate"])
        .describe(
          "requested: the person asked for review by an immigration judge; declined_to_indicate: they would not say, which counts as a request (8 CFR 208.30(g)(1)).",
        ),
    })
    .meta({
      description:
        "Record that the negative credible-fear determination goes to an immigration judge for review (8 CFR 208.30(g)). Refused before the determination had supervisory review and was served (8 CFR 208.30(e)(8)).",
      examples: [{ type: "RequestIJReview", how: "requested" }],
    }),
  z
    .object({
      type: z.literal("DeclineIJReview"),
      acknowledgedInWriting: z
        .boolean()
        .describe("The person acknowledged in writing that they decline review."),
    })
    .meta({
      description:
        "Record that the person declines review of the negative credible-fear determination by an immigration judge. Refused before the determination had supervisory review and was served (8 CFR 208.30(e)(8)).",
      examples: [{ type: "DeclineIJReview", acknowledgedInWriting: true }],
    }),
  z
    .object({
      type: z.literal("DecideIJReview"),
      decision: z
        .enum(["affirmed", "vacated"])
        .describe(
          "affirmed: the judge upholds the negative determination; vacated: the judge finds a credible fear.",
        ),
      judgeId: idSchema.describe("The immigration judge's id."),
    })
    .meta({
      description:
        "Record the immigration judge's decision on review of the negative credible-fear determination (8 CFR 1003.42). It is due within 7 days of the determination (INA 235(b)(1)(B)(iii)(III)).",
      examples: [{ type: "DecideIJReview", decision: "affirmed", judgeId: "ij-otay-mesa-2" }],
    }),
  z
    .object({
      type: z.literal("ReconsiderCredibleFear"),
      reasons: z
        .string()
        .trim()
        .min(1)
        .max(20_000)
        .describe(
          "Why USCIS reconsiders the negative determination, in writing (up to 20,000 characters).",
        ),
    })
    .meta({
      description:
        "Record that USCIS reconsidered a negative credible-fear determination and found a credible fear (8 CFR 208.30(g)(2)(iv)(A)). The outcome is always positive.",
      examples: [
        {
          type: "ReconsiderCredibleFear",
          reasons:
            "Counsel produced the draft notice his mother received; he is now considered a deserter.",
        },
      ],
    }),
  z
    .object({
      type: z.literal("ScheduleAsylumMeritsInterview"),
      scheduledFor: instantSchema.describe(
        "When the asylum merits interview at USCIS is, ISO 8601 with offset. Its day must be 21 to 45 days after the positive determination was served.",
      ),
    })
    .meta({
      description:
        "Schedule the asylum merits interview at USCIS after a positive credible-fear determination. Refused before the determination was served (8 CFR 208.30(e)(8)), and on a day less than 21 or more than 45 days after service (8 CFR 208.9(a)(1)).",
      examples: [{ type: "ScheduleAsylumMeritsInterview", scheduledFor: "2023-01-17T17:00:00Z" }],
    }),
  z
    .object({
      type: z.literal("DecideAsylumMerits"),
      decision: z
        .enum(["granted", "referred"])
        .describe(
          "granted: the asylum officer grants asylum; referred: the case goes to the immigration court.",
        ),
    })
    .meta({
      description: "Record USCIS's decision after the asylum merits interview (8 CFR 208.14).",
      examples: [{ type: "DecideAsylumMerits", decision: "referred" }],
    }),
  z
    .object({
      type: z.literal("FileAsylumApplication"),
      receivedOn: daySchema
        .optional()
        .describe("The day the I-589 was received, YYYY-MM-DD. The command's day when left out."),
      filedWith: z
        .enum(["court", "uscis"])
        .default("court")
        .describe(
          "Where the I-589 is filed: court (the immigration court, in removal proceedings) or uscis. The court when left out.",
        ),
    })
    .meta({
      description:
        "Record that the asylum application (Form I-589) was filed (INA 208(a)). It meets the one-year deadline (INA 208(a)(2)(B)) and starts the employment-authorization clock (8 CFR 208.7). Refused when an I-589 is already on file with the court: amend it instead (8 CFR 1208.4(b)(3)).",
      examples: [{ type: "FileAsylumApplication", receivedOn: "2022-11-30", filedWith: "court" }],
    }),
] as const;

export type ProtectionCommand = z.infer<(typeof protectionCommandSchemas)[number]>;

const supervisoryReviewPending = refuse(
  refusal(
    "protection.cf.supervisory-review-pending",
    "8 CFR 208.30(e)(8)",
    "The credible-fear determination has not had supervisory review, so it has not been served.",
  ),
);

function determine(
  cf: View["credibleFear"],
  command: Extract<ProtectionCommand, { type: "DetermineCredibleFear" }>,
  actor: string,
): Decision {
  const interview = cf?.interview ?? null;
  if (interview === null) {
    return refuse(
      refusal(
        "protection.cf.interview-not-held",
        "8 CFR 208.30(d), (e)(1)",
        "The credible-fear interview has not been recorded as held: a determination rests on it.",
      ),
    );
  }
  const findings = protectedGrounds.map((ground) => ({
    ground,
    nexus: command[`${groundKey[ground]}Nexus`],
    reasons: command[`${groundKey[ground]}Reasons`],
  }));
  const unreasoned = findings.find((finding) => finding.reasons.length === 0);
  if (unreasoned) {
    return refuse(
      refusal(
        "protection.cf.ground-reasons",
        "INA 101(a)(42)(A); 8 CFR 208.30(e)(1)",
        `The determination must give its reasons on every protected ground; none on ${unreasoned.ground}.`,
        `${groundKey[unreasoned.ground]}Reasons`,
      ),
    );
  }
  const written = "8 CFR 208.30(e)(1)";
  const unwritten = [
    {
      field: "harmFeared",
      missing: command.harmFeared.length === 0,
      what: "the harm feared",
      rule: "protection.cf.written-reasons",
      citation: written,
    },
    {
      field: "conscriptionReasons",
      missing: command.conscription !== "not_raised" && command.conscriptionReasons.length === 0,
      what: "the finding on conscription",
      rule: "protection.cf.conscription-reasons",
      citation: `Matter of A-G-, 19 I&N Dec. 502 (BIA 1987); ${written}`,
    },
    {
      field: "writtenReasons",
      missing: command.writtenReasons.length === 0,
      what: "the determination as a whole",
      rule: "protection.cf.written-reasons",
      citation: written,
    },
  ].find((reasons) => reasons.missing);
  if (unwritten) {
    return refuse(
      refusal(
        unwritten.rule,
        unwritten.citation,
        `The determination must give its reasons in writing on ${unwritten.what}.`,
        unwritten.field,
      ),
    );
  }
  const groundsFound = findings.filter((finding) => finding.nexus).map((f) => f.ground);
  const persecution = groundsFound.length > 0 && command.harmRisesToPersecution;
  if (command.outcome === "positive" && !persecution && !command.harmRisesToTorture) {
    return refuse(
      refusal(
        "protection.cf.positive-without-basis",
        "INA 235(b)(1)(B)(v); 8 CFR 208.30(e)(2), (3)",
        "A positive determination needs persecution feared on account of a protected ground, or torture feared; the findings show neither.",
        "outcome",
      ),
    );
  }
  return accept(
    event("CredibleFearDetermined", {
      outcome: command.outcome,
      groundsConsidered: [...protectedGrounds],
      groundsFound,
      conscription: command.conscription,
      writtenReasons: command.writtenReasons,
      language: interview.language,
      interpreterId: interview.interpreterId,
      officerId: actor,
      findings,
      harm: {
        feared: command.harmFeared,
        risesToPersecution: command.harmRisesToPersecution,
        risesToTorture: command.harmRisesToTorture,
      },
      conscriptionReasons: command.conscriptionReasons,
    }),
  );
}

function recordInterview(
  cf: View["credibleFear"],
  command: Extract<ProtectionCommand, { type: "RecordCredibleFearInterview" }>,
  context: PolicyContext,
): Decision {
  if (compareInstants(command.heldAt, context.now) > 0) {
    return refuse(
      refusal(
        "protection.cf.interview-in-future",
        "8 CFR 208.30(d)",
        "An interview is recorded once it was held; this time is later than now.",
        "heldAt",
      ),
    );
  }
  if (cf && compareInstants(command.heldAt, cf.claimedAt) < 0) {
    return refuse(
      refusal(
        "protection.cf.interview-before-claim",
        "8 CFR 208.30(d)",
        `The interview cannot have been held before the fear was claimed on ${dayOf(cf.claimedAt)}.`,
        "heldAt",
      ),
    );
  }
  if (command.language !== "en" && command.interpreterId === null) {
    return refuse(
      refusal(
        "protection.cf.interpreter-required",
        "8 CFR 208.30(d)(5)",
        `The interview was held in "${command.language}", not English: the record must name the interpreter.`,
        "interpreterId",
      ),
    );
  }
  const requested =
    command.requestedOfficerSex !== "none" || command.requestedInterpreterSex !== "none";
  return accept(
    event("CredibleFearInterviewHeld", {
      heldAt: command.heldAt,
      language: command.language,
      interpreterId: command.interpreterId,
      requestedOfficerSex: command.requestedOfficerSex,
      requestedInterpreterSex: command.requestedInterpreterSex,
      requestHonoured: requested ? command.requestHonoured : null,
      requestNotHonouredReason:
        requested && !command.requestHonoured ? command.requestNotHonouredReason : null,
      officerId: context.actor,
    }),
  );
}

function meritsWindow(state: View, scheduledFor: string): Decision | null {
  const servedAt = state.credibleFear?.servedAt ?? null;
  if (servedAt === null) return supervisoryReviewPending;
  const earliest = dueFor(meritsInterviewEarliest, servedAt).due;
  const latest = dueFor(meritsInterviewLatest, servedAt).due;
  const day = dayOf(scheduledFor);
  if (day < earliest || day > latest) {
    return refuse(
      refusal(
        "protection.merits.window",
        "8 CFR 208.9(a)(1)",
        `The asylum merits interview must fall between ${earliest} and ${latest} (21 to 45 days after the record was served on ${dayOf(servedAt)}); ${day} is outside it.`,
        "scheduledFor",
      ),
    );
  }
  return null;
}

export function decideProtection(
  state: View,
  command: ProtectionCommand,
  context: PolicyContext,
): Decision {
  const cf = state.credibleFear;
  switch (command.type) {
    case "ClaimFear":
      return accept(
        event("FearClaimed", {
          language: command.language,
          statementInWriting: command.statementInWriting,
        }),
      );
    case "ScheduleCredibleFearInterview": {
      const earliest = dueFor(consultationPeriod, cf?.claimedAt ?? context.now);
      if (
        !command.consultationWaived &&
        compareInstants(command.scheduledFor, earliest.dueAt) < 0
      ) {
        return refuse(
          refusal(
            "protection.cf.consultation-period",
            "8 CFR 208.30(d)(4)",
            `The interview may not be held before ${earliest.due}: the person has at least one full calendar day after the orientation to consult a person of their choosing.`,
            "scheduledFor",
          ),
        );
      }
      return accept(
        event("CredibleFearInterviewScheduled", {
          scheduledFor: command.scheduledFor,
          language: command.language,
          interpreterRequired: command.language !== "en",
          consultationWaived: command.consultationWaived,
        }),
      );
    }
    case "RecordCredibleFearInterview":
      return recordInterview(cf, command, context);
    case "SubmitWrittenAccount":
      return accept(
        event("WrittenAccountSubmitted", { language: command.language, text: command.text }),
      );
    case "DetermineCredibleFear":
      return determine(cf, command, context.actor);
    case "CompleteSupervisoryReview":
      if (cf?.determinedBy === context.actor) {
        return refuse(
          refusal(
            "protection.cf.reviewer-is-determiner",
            "8 CFR 208.30(e)(8)",
            "The officer who made the determination may not review it: another officer's review is required.",
          ),
        );
      }
      if (cf?.servedAt) {
        return refuse(
          refusal(
            "protection.cf.already-reviewed",
            "8 CFR 208.30(e)(8)",
            `The determination had supervisory review and was served on ${dayOf(cf.servedAt)}.`,
          ),
        );
      }
      return accept(
        event("SupervisoryReviewCompleted", {
          outcome: command.outcome,
          concurred: command.outcome === cf?.outcome,
          supervisorId: context.actor,
        }),
      );
    case "RequestIJReview":
      if (!cf?.servedAt) return supervisoryReviewPending;
      return accept(event("IJReviewRequested", { how: command.how }));
    case "DeclineIJReview":
      if (!cf?.servedAt) return supervisoryReviewPending;
      return accept(
        event("IJReviewDeclined", { acknowledgedInWriting: command.acknowledgedInWriting }),
      );
    case "DecideIJReview":
      return accept(
        event("IJReviewDecided", { decision: command.decision, judgeId: command.judgeId }),
      );
    case "ReconsiderCredibleFear":
      return accept(
        event("CredibleFearReconsidered", { outcome: "positive", reasons: command.reasons }),
      );
    case "ScheduleAsylumMeritsInterview":
      return (
        meritsWindow(state, command.scheduledFor) ??
        accept(event("AsylumMeritsInterviewScheduled", { scheduledFor: command.scheduledFor }))
      );
    case "DecideAsylumMerits":
      return accept(event("AsylumMeritsDecided", { decision: command.decision }));
    case "FileAsylumApplication":
      if (state.court?.asylumApplicationFiledAt) {
        return refuse(
          refusal(
            "protection.i589.already-filed",
            "8 CFR 1208.4(b)(3)",
            `An asylum application (I-589) is already on file, received ${dayOf(state.court.asylumApplicationFiledAt)}; amend it instead.`,
          ),
        );
      }
      return accept(
        event("AsylumApplicationFiled", {
          receivedOn: command.receivedOn ?? dayOf(context.now),
          filedWith: command.filedWith,
        }),
      );
  }
}
