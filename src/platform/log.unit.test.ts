import { describe, expect, it } from "vitest";
import { errorCause } from "./log.ts";

describe("an error as the log keeps it", () => {
  it("names its kind, code, routine and frames down its causes, never its message", () => {
    const database = Object.assign(
      new Error("duplicate key value violates unique constraint: Key (email)=(irina@example.org)"),
      { code: "23505", routine: "_bt_check_unique", severity: "ERROR" },
    );
    const failed = new Error("audit sequencing failed for Irina Voronova", { cause: database });
    const logged = errorCause(failed);
    expect(logged).toMatchObject({
      name: "Error",
      cause: { name: "Error", code: "23505", routine: "_bt_check_unique", severity: "ERROR" },
    });
    expect(logged.stack).toContain("log.unit.test.ts");
    const text = JSON.stringify(logged);
    expect(text).not.toContain("irina@example.org");
    expect(text).not.toContain("Voronova");
  });

  it("says what a thrown non-error was without keeping it", () => {
    expect(errorCause("Irina Voronova")).toEqual({ name: "string" });
  });
});
