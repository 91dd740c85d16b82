import { describe, expect, it } from "vitest";
import { expeditedOrder, inProceedings, negativeServed } from "../testing/histories.ts";
import { event, given } from "../testing/kit.ts";

describe("removal: orders and stays", () => {
  it("orders expedited removal after the person declines IJ review (INA 235(b)(1)(B)(iii)(I))", () => {
    const declined = [
      ...negativeServed(),
      event("IJReviewDeclined", { acknowledgedInWriting: true }),
    ];
    expect(given(declined).when({ type: "OrderExpeditedRemoval", country: "RU" })).toEqual({
      ok: true,
      events: [{ type: "ExpeditedRemovalOrdered", data: { country: "RU" } }],
    });
  });

  it("refuses an expedited order outside expedited removal (INA 235(b)(1)(A)(i))", () => {
    const decision = given(inProceedings()).when({ type: "OrderExpeditedRemoval", country: "RU" });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "removal.expedited.not-in-expedited-removal",
      citation: "INA 235(b)(1)(A)(i)",
      message:
        "The person was not processed for expedited removal, so no expedited removal order can be made.",
    });
  });

  it("refuses a second stay with the same id (8 CFR 241.6)", () => {
    const stayed = [
      ...expeditedOrder(),
      event("StayGranted", { stayId: "s1", by: "dhs", citation: "8 CFR 241.6" }),
    ];
    const decision = given(stayed).when({ type: "GrantStay", stayId: "s1", by: "dhs" });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "removal.stay.duplicate",
      citation: "8 CFR 241.6",
      message: "Stay s1 is already on the record.",
      field: "stayId",
    });
  });

  it("refuses to lift a stay that is not in force (8 CFR 1003.6(b))", () => {
    const decision = given(expeditedOrder()).when({ type: "LiftStay", stayId: "s9" });
    expect(decision.ok ? null : decision.refusal).toEqual({
      rule: "removal.stay.not-in-force",
      citation: "8 CFR 1003.6(b); 8 CFR 241.6",
      message: "No stay s9 is in force.",
      field: "stayId",
    });
  });

  it("shows a stayed order as 'stayed' in the summary without leaving the removal region's value", async () => {
    const { pathway } = await import("../pathway.ts");
    const state = given(
      expeditedOrder(),
      event("StayGranted", { stayId: "s1", by: "bia", citation: "8 CFR 1003.6(b)" }),
    ).state;
    expect([state.removal, pathway.summarize(state).removal]).toEqual(["final_order", "stayed"]);
  });
});
