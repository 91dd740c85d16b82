/** Writes docs/rules.md and docs/process.md from the rule and transition tables. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderProcessDoc } from "../src/core/process/processDoc.ts";
import { renderRulesDoc } from "../src/core/rulesDoc.ts";

const docs = join(import.meta.dirname, "..", "docs");
mkdirSync(docs, { recursive: true });
for (const [name, content] of [
  ["rules.md", renderRulesDoc()],
  ["process.md", renderProcessDoc()],
] as const) {
  writeFileSync(join(docs, name), content);
  console.log(`wrote docs/${name}`);
}
