import { describe, expect, it } from "vitest";
import { demoStories } from "../demo/stories/index.ts";
import { detentionFacilities, facilityIds, facilityOf, isFacilityId } from "./facilities.ts";

const US_STATES = new Set(["AZ", "CA", "FL", "LA", "NM", "PA", "TX"]);

describe("detention facilities as data", () => {
  it("lists each facility once, by id and by name", () => {
    expect(new Set(facilityIds).size).toBe(detentionFacilities.length);
    expect(new Set(detentionFacilities.map((f) => f.name)).size).toBe(detentionFacilities.length);
    for (const id of facilityIds) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it("knows every facility the demo stories hold people at", () => {
    const used = Object.values(demoStories)
      .flat()
      .flatMap((step) => {
        const command = step.command as { type: string; facilityId?: string };
        return command.facilityId ? [command.facilityId] : [];
      });
    expect(used.length).toBeGreaterThan(0);
    for (const id of used) expect(isFacilityId(id), id).toBe(true);
    expect(facilityIds).toEqual(
      expect.arrayContaining([
        "otay-mesa-detention-center",
        "imperial-regional-detention-facility",
        "lasalle-ice-processing-center",
        "moshannon-valley-processing-center",
        "port-isabel-service-processing-center",
        "el-paso-service-processing-center",
        "eloy-detention-center",
        "adelanto-ice-processing-center",
        "south-texas-ice-processing-center",
        "krome-north-service-processing-center",
      ]),
    );
  });

  it("gives each a real time zone, a street address, a main line and visiting information", () => {
    for (const facility of detentionFacilities) {
      const label = facility.id;
      expect(
        () => new Intl.DateTimeFormat("en-US", { timeZone: facility.timeZone }),
        label,
      ).not.toThrow();
      expect(facility.timeZone, label).toMatch(/^America\//);
      expect(US_STATES.has(facility.state), label).toBe(true);
      expect(facility.address.state, label).toBe(facility.state);
      expect(facility.address.street, label).toMatch(/^\d+ \S/);
      expect(facility.address.postalCode, label).toMatch(/^\d{5}$/);
      expect(facility.phone, label).toMatch(/^\(\d{3}\) \d{3}-\d{4}$/);
      // No made-up exchange: 555 numbers are fiction's.
      expect(facility.phone, label).not.toMatch(/\) 555-/);
      expect(Number.isInteger(facility.capacity) && facility.capacity > 0, label).toBe(true);
      expect(facility.visiting.length, label).toBeGreaterThan(20);
      expect(facility.visiting.length, label).toBeLessThanOrEqual(300);
    }
  });

  it("keeps Arizona on standard time and El Paso on Mountain time", () => {
    expect(facilityOf("eloy-detention-center")?.timeZone).toBe("America/Phoenix");
    expect(facilityOf("el-paso-service-processing-center")?.timeZone).toBe("America/Denver");
    expect(facilityOf("otay-mesa")).toBeUndefined();
  });
});
