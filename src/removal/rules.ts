import type { RuleTable } from "../core/pathway/index.ts";
import type { Standard } from "../core/standards.ts";

/**
 * The due-process guard's rules (removal/guard.ts): each one a fact that blocks scheduling or
 * executing a removal, with its citation.
 */
export const removalGuardRules = {
  "removal.guard.credible-fear-pending": {
    title: "A person who claims fear is referred for a credible-fear interview, not removed",
    citation: "INA 235(b)(1)(A)(ii); 8 CFR 235.3(b)(4)",
  },
  "removal.guard.supervisory-review-pending": {
    title: "A credible-fear determination is served only after supervisory review",
    citation: "8 CFR 208.30(e)(8)",
  },
  "removal.guard.ij-review-window-open": {
    title: "The person has not yet said whether they want IJ review of the negative determination",
    citation: "INA 235(b)(1)(B)(iii)(III); 8 CFR 208.30(g)",
  },
  "removal.guard.ij-review-pending": {
    title: "IJ review of a negative credible-fear determination is pending",
    citation: "INA 235(b)(1)(B)(iii)(III); 8 CFR 1003.42",
  },
  "removal.guard.positive-credible-fear": {
    title:
      "A positive credible-fear determination leads to proceedings or a USCIS merits interview",
    citation: "8 CFR 208.30(f)",
  },
  "removal.guard.proceedings-pending": {
    title: "Removal proceedings are pending: they are the only way to decide removability",
    citation: "INA 240(a)(3)",
  },
  "removal.guard.appeal-period": {
    title: "Removal is stayed while the appeal period runs",
    citation: "8 CFR 1003.6(a)",
  },
  "removal.guard.appeal-pending": {
    title: "Removal is stayed while an appeal to the BIA is pending",
    citation: "8 CFR 1003.6(a)",
  },
  "removal.guard.stay-in-force": {
    title: "A stay of removal is in force",
    citation: "8 CFR 1003.6(b); 8 CFR 241.6",
  },
  "removal.guard.motion-stays-removal": {
    title: "A motion that stays removal is pending",
    citation: "INA 240(b)(5)(C); 8 CFR 1003.23(b)(1)(v)",
  },
  "removal.guard.no-final-order": {
    title: "A removal may be executed only on a final order",
    citation: "8 CFR 1241.1",
  },
  "removal.policy.country-paused": {
    title: "Removals to the country are paused by policy",
    citation: "policy data (e.g. removals to Russia, 2022-03-01 to 2022-10-01)",
  },
} as const;

export type RemovalGuardRule = keyof typeof removalGuardRules;

export const removalStandards: readonly Standard[] = [
  {
    id: "removal.final-order-required",
    title:
      "A removal may be executed only on a final order, with no stay in force and no proceeding pending that bars it",
    figure: "—",
    citation: "8 CFR 1241.1; 8 CFR 1003.6",
  },
  {
    id: "removal.country-pause",
    title: "Removals to a given country may be paused and resumed by policy",
    figure: "policy data, dated",
    citation:
      "INA 241(a)(1); each pause and resumption dated in the public policy log, with its source",
  },
  {
    id: "removal.failed-attempt",
    title:
      "A person who refuses to board or whose removal fails returns to custody; the attempt is recorded with its reason",
    figure: "refused_to_board, medical, other",
    citation: "INA 243(a)",
  },
];

/** docs/rules.md's table of the guard's rules. */
export const removalGuardTable: RuleTable = {
  heading: "The due-process guard",
  columns: ["id", "blocks removal when", "citation"],
  rows: Object.entries(removalGuardRules).map(([id, rule]) => [
    `\`${id}\``,
    rule.title,
    rule.citation,
  ]),
};
