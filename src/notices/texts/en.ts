import { languageIn } from "./languages.ts";
import type { NoticeTexts } from "./types.ts";

const outcomes = {
  asylum_granted: "asylum is granted",
  withholding_granted: "withholding of removal is granted",
  cat_granted: "protection under the Convention Against Torture is granted",
  denied: "your application for protection is denied",
  terminated: "the proceedings are terminated",
} as const;

export const en: NoticeTexts = {
  name: "English",
  header: "Haven — official notice",
  fields: {
    to: "To",
    aNumber: "A-number",
    case: "Case",
    address: "Mailing address",
    issued: "Date of this notice",
    noAddress: "No address on record",
  },
  titles: {
    "notice-to-appear": "Notice to Appear",
    "hearing-notice": "Notice of hearing",
    "credible-fear-determination": "Credible-fear determination",
    "ij-review-decision": "Immigration judge's review of the credible-fear determination",
    "ij-decision": "Decision of the immigration judge",
    "bia-decision": "Decision of the Board of Immigration Appeals",
  },
  body: {
    "notice-to-appear": ({ court, servedOn }) => [
      `The Department of Homeland Security served you a Notice to Appear on ${servedOn}. Removal proceedings have begun before the immigration court ${court} (INA 239(a), INA 240).`,
      "You will receive a separate notice of the date, time and place of each hearing. You must attend every hearing: if you do not, the judge may order you removed in your absence (INA 240(b)(5)(A)).",
      "You must give the court your address and tell it of every change within 5 days (Form EOIR-33, 8 CFR 1003.15(d)(2)). Notices are mailed to the address on record.",
      "You may be represented by a lawyer of your choosing, at no expense to the government (INA 240(b)(4)(A)).",
    ],
    "hearing-notice": ({
      hearingKind,
      court,
      day,
      time,
      timeZone,
      hearingId,
      room,
      interpreterLanguage,
    }) => [
      `Your ${hearingKind === "master" ? "master calendar hearing" : "individual hearing"} before the immigration court ${court} is on ${day} at ${time} (${timeZone} time).`,
      ...(room ? [`Courtroom ${room}.`] : []),
      ...(interpreterLanguage
        ? [
            `An interpreter of ${languageIn("en", interpreterLanguage)} will interpret at the hearing, at no cost to you (8 CFR 1240.5).`,
          ]
        : []),
      "Come in person and on time, with your identity documents. If you do not come, the judge may order you removed in your absence (INA 240(b)(5)(A)).",
      "If your address changes, tell the court within 5 days (Form EOIR-33, 8 CFR 1003.15(d)(2)): notices are mailed to the address on record.",
      `Hearing number: ${hearingId}.`,
    ],
    "credible-fear-determination": ({ outcome }) =>
      outcome === "positive"
        ? [
            "An asylum officer found that you have a credible fear of persecution or torture, and a supervisor reviewed the determination (8 CFR 208.30(e)).",
            "Your claim goes on: you will receive a Notice to Appear before an immigration judge, or an interview on your asylum application with USCIS (8 CFR 208.30(f)).",
          ]
        : [
            "An asylum officer found that you do not have a credible fear of persecution or torture, and a supervisor reviewed the determination (8 CFR 208.30(e)).",
            "You have the right to ask an immigration judge to review this determination (8 CFR 208.30(g)). If you do not say whether you want a review, that counts as a request for review.",
            "The judge concludes the review within 7 days, within 24 hours where practicable (INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42(e)).",
            "The judge's review cannot be appealed to the Board of Immigration Appeals (8 CFR 1003.42(f)).",
          ],
    "ij-review-decision": ({ decision }) =>
      decision === "affirmed"
        ? [
            "An immigration judge reviewed the negative credible-fear determination and agreed with it (8 CFR 1003.42).",
            "This decision cannot be appealed to the Board of Immigration Appeals (8 CFR 1003.42(f)).",
          ]
        : [
            "An immigration judge reviewed the negative credible-fear determination and vacated it (8 CFR 1003.42).",
            "Your claim goes on: you will receive a Notice to Appear or an interview with USCIS (8 CFR 1208.30(g)(2)(iv)(B)).",
          ],
    "ij-decision": ({ outcome, servedOn, removalOrdered, inAbsentia, appealDue }) => [
      `The immigration judge decided your case on ${servedOn}: ${outcomes[outcome]}.`,
      ...(removalOrdered
        ? [
            inAbsentia
              ? "The judge ordered you removed from the United States in your absence (INA 240(b)(5)(A))."
              : "The judge ordered you removed from the United States.",
          ]
        : []),
      inAbsentia
        ? "If you did not receive notice of the hearing, you may ask the court to reopen your case at any time; removal is stayed while that motion is pending (INA 240(b)(5)(C)(ii))."
        : `You may appeal to the Board of Immigration Appeals: the appeal (Form EOIR-26) must be received by ${appealDue} (8 CFR 1003.38(b)). Removal is stayed during that time and while an appeal is pending (8 CFR 1003.6(a)).`,
    ],
    "bia-decision": ({ decision, removalOrdered }) => [
      decision === "dismissed"
        ? "The Board of Immigration Appeals dismissed the appeal (8 CFR 1003.1(d)(7))."
        : decision === "sustained"
          ? "The Board of Immigration Appeals sustained the appeal (8 CFR 1003.1(d)(7))."
          : "The Board of Immigration Appeals sent the case back to the immigration judge (8 CFR 1003.1(d)(7)). You will receive a notice of your next hearing.",
      ...(removalOrdered && decision !== "remanded"
        ? [
            "The order of removal is final (8 CFR 1241.1(a)). You may file a petition for review in the federal court of appeals within 30 days (INA 242(b)(1)); filing it does not by itself stop removal.",
          ]
        : []),
    ],
  },
  englishFollows: "",
  email: {
    subject: "You have a new notice in Haven",
    body: (link) =>
      `A new notice about your case is in Haven. To read it, sign in:\n${link}\n\nFor your privacy, this message does not say what the notice is about.\n`,
  },
};
