/** docs/rules.md and docs/process.md, rendered from a pathway's rule tables and regions. */
import type { DeadlineRule, Trigger } from "../deadlines/types.ts";
import type { Standard } from "../standards.ts";
import type { Pathway } from "./assemble.ts";

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
    .map(
      (t) =>
        (t.when
          ? `${t.type} (${t.when.map((c) => `${c.field}=${String(c.equals)}`).join(", ")})`
          : t.type) + (t.startField ? ` (from \`${t.startField}\`)` : ""),
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

export function renderRulesDoc(
  pathway: Pick<Pathway, "deadlineRules" | "standards" | "ruleTables">,
): string {
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
    ...pathway.deadlineRules.map(deadlineRow),
    "",
    "## Standards",
    "",
    "| id | rule | figure | citation |",
    "| --- | --- | --- | --- |",
    ...standardRows(pathway.standards),
    "",
  ];
  for (const table of pathway.ruleTables) {
    lines.push(
      `## ${table.heading}`,
      "",
      `| ${table.columns.join(" | ")} |`,
      `| ${table.columns.map(() => "---").join(" | ")} |`,
      ...table.rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
      "",
    );
  }
  return lines.join("\n");
}

export function renderProcessDoc(pathway: Pick<Pathway, "regions" | "diagram">): string {
  const names = pathway.regions.map((region) => region.name);
  const listed =
    names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names.join("");
  return [
    "# The process model",
    "",
    "Generated from the transition rows of the areas (`src/<area>/transitions.ts`) by",
    "`node --import tsx scripts/gen-rules-doc.ts`; a test fails when this file is stale.",
    `${names.length === 3 ? "Three" : String(names.length)} regions run side by side: ${listed}. A command that the`,
    "state does not allow is refused with the rule that forbids it, and nothing is written.",
    "",
    "```mermaid",
    pathway.diagram(),
    "```",
    "",
  ].join("\n");
}
