import { describe, expect, it } from "vitest";
import { ijOrderedRemoval } from "../testing/histories.ts";
import { deadlines, event, given } from "../testing/kit.ts";
import { motionToReconsider, motionToReopen } from "./rules.ts";

// The appeal period of ijOrderedRemoval() ends with 2023-03-31; the clerk records it 12 days late.
const expiredLate = () => [
  ...ijOrderedRemoval(),
  event("AppealPeriodExpired", { deadline: "2023-03-31" }, "2023-04-12T15:00:00Z"),
];

describe("an order made final by the end of the appeal period (8 CFR 1241.1(c))", () => {
  it("starts the motion clocks on the period's last day, not the day it was recorded", () => {
    const open = deadlines(expiredLate(), "2023-04-12T16:00:00Z");
    const due = (ruleId: string) => open.find((deadline) => deadline.ruleId === ruleId)?.due;
    // 2023-03-31 + 30 days = 2023-04-30, a Sunday: it rolls to Monday 2023-05-01.
    expect(due(motionToReconsider.id)).toBe("2023-05-01");
    // + 90 days = 2023-06-29 (Thursday).
    expect(due(motionToReopen.id)).toBe("2023-06-29");
  });

  it("refuses a motion to reconsider late by the period's end, though timely by the recording", () => {
    const decision = given(expiredLate()).when(
      { type: "FileMotion", motionId: "m1", kind: "reconsider" },
      "2023-05-05T15:00:00Z",
    );
    expect(decision.ok ? null : decision.refusal).toMatchObject({
      rule: "court.motion.reconsider-late",
      message: expect.stringContaining("from the final order of 2023-03-31"),
    });
  });
});
