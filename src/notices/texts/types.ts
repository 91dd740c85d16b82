import type { NoticeContent } from "../kinds.ts";
import type { NoticeKind } from "../state.ts";

type Of<Kind extends NoticeKind> = Extract<NoticeContent, { kind: Kind }>;

/**
 * One language's notice texts. Every sentence that states a right or a duty names its rule,
 * as the English does; the court is named as the notice is given it.
 */
export interface NoticeTexts {
  /** The language's own name. */
  name: string;
  header: string;
  fields: {
    to: string;
    aNumber: string;
    case: string;
    address: string;
    issued: string;
    noAddress: string;
  };
  titles: Record<NoticeKind, string>;
  body: {
    "notice-to-appear": (content: Of<"notice-to-appear">) => string[];
    "hearing-notice": (content: Of<"hearing-notice">) => string[];
    "credible-fear-determination": (content: Of<"credible-fear-determination">) => string[];
    "ij-review-decision": (content: Of<"ij-review-decision">) => string[];
    "ij-decision": (content: Of<"ij-decision">) => string[];
    "bia-decision": (content: Of<"bia-decision">) => string[];
  };
  /** Before the English part of a notice in another language. */
  englishFollows: string;
  /** The e-mail that tells of a new notice: no name, no A-number, no content (8 CFR 208.6). */
  email: { subject: string; body: (link: string) => string };
}
