/** Writes docs/rules.md and docs/process.md from the areas' rule and transition tables. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderProcessDoc, renderRulesDoc } from "../src/core/pathway/index.ts";
import { pathway } from "../src/pathway.ts";

const docs = join(import.meta.dirname, "..", "docs");
mkdirSync(docs, { recursive: true });
for (const [name, content] of [
  ["rules.md", renderRulesDoc(pathway)],
  ["process.md", renderProcessDoc(pathway)],
] as const) {
  writeFileSync(join(docs, name), content);
  console.log(`wrote docs/${name}`);
}
