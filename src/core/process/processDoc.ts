import { diagram } from "./diagram.ts";

/** docs/process.md: the process model drawn from the same transition table the engine runs. */
export function renderProcessDoc(): string {
  return [
    "# The process model",
    "",
    "Generated from the transition table in `src/core/process/table/` by",
    "`node --import tsx scripts/gen-rules-doc.ts`; a test fails when this file is stale.",
    "Three regions run side by side: custody, protection and removal. A command that the",
    "state does not allow is refused with the rule that forbids it, and nothing is written.",
    "",
    "```mermaid",
    diagram(),
    "```",
    "",
  ].join("\n");
}
