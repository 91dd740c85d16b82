import { describe, expect, it } from "vitest";
import { defaultPolicyLog, policyInForce } from "./index.ts";

const at = (instant: string) => policyInForce(defaultPolicyLog, instant);

describe("policy as dated data", () => {
  it("Title 42 is in force from 2020-03-21 to 2023-05-11 23:59 Eastern (42 U.S.C. 265)", () => {
    expect(at("2020-03-20T12:00:00Z").title42.inForce).toBe(false);
    expect(at("2020-03-21T12:00:00Z").title42.inForce).toBe(true);
    expect(at("2023-05-12T03:58:59Z").title42.inForce).toBe(true);
    expect(at("2023-05-12T03:59:00Z").title42.inForce).toBe(false);
  });

  it("Ukrainians are excepted from Title 42 from 2022-03-11", () => {
    expect(at("2022-03-10T12:00:00Z").title42.exceptedNationalities).toEqual([]);
    expect(at("2022-03-20T12:00:00Z").title42.exceptedNationalities).toEqual(["UA"]);
  });

  it("the lawful-pathways presumption covers entries 2023-05-11 to 2025-05-11 (8 CFR 208.33)", () => {
    expect(at("2023-05-11T12:00:00Z").lawfulPathways.inForce).toBe(false);
    expect(at("2023-05-12T04:00:00Z").lawfulPathways.inForce).toBe(true);
    expect(at("2025-05-11T20:00:00Z").lawfulPathways.inForce).toBe(true);
    expect(at("2025-05-12T04:00:00Z").lawfulPathways.inForce).toBe(false);
  });

  it("removals to Russia are paused 2022-03-01 and resumed 2022-10-01", () => {
    expect(at("2022-02-28T12:00:00Z").removalsPaused).toEqual([]);
    expect(at("2022-06-01T12:00:00Z").removalsPaused.map((entry) => entry.country)).toEqual(["RU"]);
    expect(at("2022-10-01T12:00:00Z").removalsPaused).toEqual([]);
  });

  it("CBP One capacity across the 8 ports: none, 740, 1,000, 1,450 a day", () => {
    expect(at("2023-01-11T12:00:00Z").portCapacity).toBeNull();
    expect(at("2023-01-12T12:00:00Z").portCapacity?.total).toBe(740);
    expect(at("2023-05-20T12:00:00Z").portCapacity?.total).toBe(1000);
    expect(at("2023-06-01T12:00:00Z").portCapacity?.total).toBe(1450);
    expect(Object.keys(at("2023-06-01T12:00:00Z").portCapacity?.perPort ?? {})).toHaveLength(8);
  });
});
