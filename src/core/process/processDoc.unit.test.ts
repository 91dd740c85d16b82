import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderProcessDoc } from "./processDoc.ts";

describe("docs/process.md", () => {
  it("is up to date with the transition table (run: node --import tsx scripts/gen-rules-doc.ts)", () => {
    const path = join(import.meta.dirname, "..", "..", "..", "docs", "process.md");
    expect(readFileSync(path, "utf8")).toBe(renderProcessDoc());
  });
});
