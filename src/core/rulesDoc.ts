/** Renders the rule tables (deadlines and standards) to markdown: docs/rules.md is its output. */
import { appointmentsStandards, lotteryStandards } from "../appointments/rules.ts";
import { courtStandards } from "../court/rules.ts";
import { custodyStandards } from "../custody/rules.ts";
import { encountersStandards } from "../encounters/rules.ts";
import { protectionStandards } from "../protection/rules.ts";
import { removalGuardRules, removalStandards } from "../removal/rules.ts";
import { deadlineRules } from "./deadlines/index.ts";
import type { DeadlineRule, Trigger } from "./deadlines/types.ts";
import type { Standard } from "./standards.ts";

const units = {
  calendarDays: "calendar days",
  workingDays: "working days",
  hours: "hours",
  years: "year(s)",
};

function cell(text: string): string {
  return text.replaceAll("|", "\\|");
}

function triggers(list: readonly Trigger[] | undefined): string {
  if (!list || list.length === 0) return "—";
  return list
    .map((t) =>
      t.when
        ? `${t.type} (${t.when.map((c) => `${c.field}=${String(c.equals)}`).join(", ")})`
        : t.type,
    )
    .join("; ");
}

function deadlineRow(rule: DeadlineRule): string {
  const length = `${rule.kind === "notBefore" ? "not before " : ""}${rule.length} ${units[rule.unit]}`;
  const stops = [
    triggers(rule.stoppedBy),
    rule.metByStartWhen ? "the starting event itself when filed" : "",
  ]
    .filter((text) => text && text !== "—")
    .join("; ");
  return `| \`${rule.id}\` | ${cell(rule.title)} | ${cell(rule.citation)} | ${triggers(rule.startsOn)}${rule.startField ? ` (from \`${rule.startField}\`)` : ""}${rule.countsFrom ? ` (counted from ${rule.countsFrom})` : ""} | ${length} | ${rule.rolls ? "yes" : "no"} | ${rule.check ? "check" : ""} | ${stops || "—"} | ${triggers(rule.cancelledBy)} |`;
}

function standardRows(standards: readonly Standard[]): string[] {
  return standards.map(
    (s) => `| \`${s.id}\` | ${cell(s.title)} | ${cell(s.figure)} | ${cell(s.citation)} |`,
  );
}

export function renderRulesDoc(): string {
  const standards = [
    ...encountersStandards,
    ...appointmentsStandards,
    ...lotteryStandards,
    ...custodyStandards,
    ...protectionStandards,
    ...courtStandards,
    ...removalStandards,
  ];
  const lines = [
    "# Haven's rules",
    "",
    "Generated from the rule tables in `src/*/rules.ts` by `node --import tsx scripts/gen-rules-doc.ts`; do not edit by hand.",
    'Days are counted in Eastern time; "rolls" moves a last day on a Saturday, Sunday or federal legal holiday (5 U.S.C. 6103) to the next business day.',
    "",
    "## Deadlines",
    "",
    "| id | rule | citation | starts on | length | rolls | figure | met by | cancelled by |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...deadlineRules.map(deadlineRow),
    "",
    "## Standards",
    "",
    "| id | rule | figure | citation |",
    "| --- | --- | --- | --- |",
    ...standardRows(standards),
    "",
    "## The due-process guard",
    "",
    "| id | blocks removal when | citation |",
    "| --- | --- | --- |",
    ...Object.entries(removalGuardRules).map(
      ([id, rule]) => `| \`${id}\` | ${cell(rule.title)} | ${cell(rule.citation)} |`,
    ),
    "",
  ];
  return lines.join("\n");
}
