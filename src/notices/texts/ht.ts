import { languageIn } from "./languages.ts";
import type { NoticeTexts } from "./types.ts";

const outcomes = {
  asylum_granted: "yo ba ou azil",
  withholding_granted: "yo ba ou pwoteksyon kont depòtasyon (withholding of removal)",
  cat_granted: "yo ba ou pwoteksyon dapre Konvansyon kont Tòti a",
  denied: "yo refize demann pwoteksyon ou an",
  terminated: "pwosedi a fini",
} as const;

export const ht: NoticeTexts = {
  name: "Kreyòl ayisyen",
  header: "Haven — avi ofisyèl",
  fields: {
    to: "Pou",
    aNumber: "Nimewo A",
    case: "Dosye",
    address: "Adrès lapòs",
    issued: "Dat avi sa a",
    noAddress: "Pa gen adrès nan dosye a",
  },
  titles: {
    "notice-to-appear": "Avi pou parèt devan tribinal (Notice to Appear)",
    "hearing-notice": "Avi odyans",
    "credible-fear-determination": "Desizyon sou laperèz ki kredib",
    "ij-review-decision": "Revizyon desizyon sou laperèz ki kredib la pa jij imigrasyon an",
    "ij-decision": "Desizyon jij imigrasyon an",
    "bia-decision": "Desizyon Komisyon Apèl Imigrasyon an",
  },
  body: {
    "notice-to-appear": ({ court, servedOn }) => [
      `Depatman Sekirite Enteryè a te ba ou yon Avi pou parèt devan tribinal nan dat ${servedOn}. Yon pwosedi depòtasyon kòmanse devan tribinal imigrasyon ${court} (INA 239(a), INA 240).`,
      "W ap resevwa yon lòt avi ki bay dat, lè ak kote chak odyans. Ou dwe ale nan chak odyans: si ou pa ale, jij la ka bay lòd pou yo depòte ou san ou pa la (INA 240(b)(5)(A)).",
      "Ou dwe bay tribinal la adrès ou epi fè l konnen chak chanjman nan 5 jou (fòm EOIR-33, 8 CFR 1003.15(d)(2)). Yo voye avi yo pa lapòs nan adrès ki nan dosye a.",
      "Ou ka gen yon avoka ou chwazi, san gouvènman an pa peye (INA 240(b)(4)(A)).",
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
      `${hearingKind === "master" ? "Odyans preliminè ou (master calendar hearing)" : "Odyans endividyèl ou"} devan tribinal imigrasyon ${court} ap fèt ${day} a ${time} (lè ${timeZone}).`,
      ...(room ? [`Sal ${room}.`] : []),
      ...(interpreterLanguage
        ? [
            `Yon entèprèt ${languageIn("ht", interpreterLanguage)} ap entèprete nan odyans lan, gratis pou ou (8 CFR 1240.5).`,
          ]
        : []),
      "Vini an moun epi alè, ak papye idantite ou. Si ou pa vini, jij la ka bay lòd pou yo depòte ou san ou pa la (INA 240(b)(5)(A)).",
      "Si adrès ou chanje, fè tribinal la konnen nan 5 jou (fòm EOIR-33, 8 CFR 1003.15(d)(2)): yo voye avi yo pa lapòs nan adrès ki nan dosye a.",
      `Nimewo odyans lan: ${hearingId}.`,
    ],
    "credible-fear-determination": ({ outcome }) =>
      outcome === "positive"
        ? [
            "Yon ofisye azil jwenn ou gen yon laperèz ki kredib pou yo pèsekite ou oswa tòtire ou, epi yon sipèvizè revize desizyon an (8 CFR 208.30(e)).",
            "Demann ou an ap kontinye: w ap resevwa yon Avi pou parèt devan yon jij imigrasyon, oswa yon entèvyou sou demann azil ou avèk USCIS (8 CFR 208.30(f)).",
          ]
        : [
            "Yon ofisye azil jwenn ou pa gen yon laperèz ki kredib pou yo pèsekite ou oswa tòtire ou, epi yon sipèvizè revize desizyon an (8 CFR 208.30(e)).",
            "Ou gen dwa mande yon jij imigrasyon pou li revize desizyon sa a (8 CFR 208.30(g)). Si ou pa di si ou vle yon revizyon, sa konte kòm yon demann revizyon.",
            "Jij la fini revizyon an nan 7 jou, nan 24 èdtan lè sa posib (INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42(e)).",
            "Ou pa ka fè apèl kont revizyon jij la devan Komisyon Apèl Imigrasyon an (8 CFR 1003.42(f)).",
          ],
    "ij-review-decision": ({ decision }) =>
      decision === "affirmed"
        ? [
            "Yon jij imigrasyon revize desizyon negatif sou laperèz ki kredib la epi li dakò avè l (8 CFR 1003.42).",
            "Ou pa ka fè apèl kont desizyon sa a devan Komisyon Apèl Imigrasyon an (8 CFR 1003.42(f)).",
          ]
        : [
            "Yon jij imigrasyon revize desizyon negatif sou laperèz ki kredib la epi li anile l (8 CFR 1003.42).",
            "Demann ou an ap kontinye: w ap resevwa yon Avi pou parèt devan tribinal oswa yon entèvyou avèk USCIS (8 CFR 1208.30(g)(2)(iv)(B)).",
          ],
    "ij-decision": ({ outcome, servedOn, removalOrdered, inAbsentia, appealDue }) => [
      `Jij imigrasyon an deside dosye ou nan dat ${servedOn}: ${outcomes[outcome]}.`,
      ...(removalOrdered
        ? [
            inAbsentia
              ? "Jij la bay lòd pou yo depòte ou soti Etazini san ou pa t la (INA 240(b)(5)(A))."
              : "Jij la bay lòd pou yo depòte ou soti Etazini.",
          ]
        : []),
      inAbsentia
        ? "Si ou pa t resevwa avi odyans lan, ou ka mande tribinal la pou li relouvri dosye ou nenpòt ki lè; depòtasyon an sispann pandan y ap egzamine demann sa a (INA 240(b)(5)(C)(ii))."
        : `Ou ka fè apèl devan Komisyon Apèl Imigrasyon an: apèl la (fòm EOIR-26) dwe rive pi ta ${appealDue} (8 CFR 1003.38(b)). Depòtasyon an sispann pandan tan sa a epi pandan yon apèl ap tann (8 CFR 1003.6(a)).`,
    ],
    "bia-decision": ({ decision, removalOrdered }) => [
      decision === "dismissed"
        ? "Komisyon Apèl Imigrasyon an rejte apèl la (8 CFR 1003.1(d)(7))."
        : decision === "sustained"
          ? "Komisyon Apèl Imigrasyon an aksepte apèl la (8 CFR 1003.1(d)(7))."
          : "Komisyon Apèl Imigrasyon an voye dosye a tounen bay jij imigrasyon an (8 CFR 1003.1(d)(7)). W ap resevwa yon avi pou pwochen odyans ou.",
      ...(removalOrdered && decision !== "remanded"
        ? [
            "Lòd depòtasyon an definitif (8 CFR 1241.1(a)). Ou ka depoze yon petisyon pou revizyon nan tribinal apèl federal la nan 30 jou (INA 242(b)(1)); depoze l pa kanpe depòtasyon an poukont li.",
          ]
        : []),
    ],
  },
  englishFollows: "Men menm avi a an anglè.",
  email: {
    subject: "Ou gen yon nouvo avi nan Haven",
    body: (link) =>
      `Gen yon nouvo avi sou dosye ou nan Haven. Pou li l, konekte:\n${link}\n\nPou pwoteje vi prive ou, mesaj sa a pa di sou kisa avi a ye.\n`,
  },
};
