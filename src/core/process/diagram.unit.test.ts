import { describe, expect, it } from "vitest";
import { diagram, transitionLines } from "./diagram.ts";
import { regions } from "./state.ts";
import { transitions } from "./table/index.ts";

describe("the Mermaid diagram of the process model", () => {
  const text = diagram();

  it("is a stateDiagram-v2 with one composite state per region", () => {
    expect(text.startsWith("stateDiagram-v2\n")).toBe(true);
    for (const region of regions) expect(text).toContain(`    state ${region} {`);
  });

  it("draws every transition of the table", () => {
    const lines = new Set(text.split("\n").map((line) => line.trim()));
    const missing = transitions.flatMap(transitionLines).filter((line) => !lines.has(line));
    expect(missing).toEqual([]);
    expect(lines.has("custody_detained --> custody_released_bond: BondPosted")).toBe(true);
  });
});
