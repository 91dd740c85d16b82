import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { deadlineRules } from "./deadlines/index.ts";
import { renderRulesDoc } from "./rulesDoc.ts";

describe("docs/rules.md", () => {
  it("is up to date with the rule tables (run: node --import tsx scripts/gen-rules-doc.ts)", () => {
    const path = join(import.meta.dirname, "..", "..", "docs", "rules.md");
    expect(readFileSync(path, "utf8")).toBe(renderRulesDoc());
  });

  it("lists every deadline rule with its citation", () => {
    const doc = renderRulesDoc();
    for (const rule of deadlineRules) expect(doc).toContain(`\`${rule.id}\``);
  });

  it("rule ids are unique", () => {
    const ids = deadlineRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
