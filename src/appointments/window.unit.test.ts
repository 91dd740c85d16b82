import { describe, expect, it } from "vitest";
import {
  capacitiesOn,
  currentWindowDate,
  dayAtPort,
  shownStatus,
  slotTime,
  windowTimes,
} from "./window.ts";

describe("the request window as data", () => {
  it("opens 11:00 and closes 23:00 Central, draws at 23:30, appointments 14 days on", () => {
    expect(windowTimes("2026-11-24")).toEqual({
      date: "2026-11-24",
      opensAt: "2026-11-24T17:00:00.000Z",
      closesAt: "2026-11-25T05:00:00.000Z",
      drawAt: "2026-11-25T05:30:00.000Z",
      appointmentDate: "2026-12-08",
    });
    // Daylight saving time: 11:00 CDT is 16:00 UTC.
    expect(windowTimes("2026-07-01").opensAt).toBe("2026-07-01T16:00:00.000Z");
  });

  it("shows today's window until its draw, then tomorrow's", () => {
    expect(currentWindowDate("2026-11-24T18:00:00Z")).toBe("2026-11-24");
    expect(currentWindowDate("2026-11-25T05:10:00Z")).toBe("2026-11-24");
    expect(currentWindowDate("2026-11-25T05:31:00Z")).toBe("2026-11-25");
  });

  it("says scheduled, open or closed by the clock until the stored status moves on", () => {
    const times = windowTimes("2026-11-24");
    expect(shownStatus("open", times, "2026-11-24T16:59:00Z")).toBe("scheduled");
    expect(shownStatus("open", times, "2026-11-24T17:00:00Z")).toBe("open");
    expect(shownStatus("open", times, "2026-11-25T05:00:00Z")).toBe("closed");
    expect(shownStatus("drawn", times, "2026-11-24T18:00:00Z")).toBe("drawn");
  });

  it("spreads slots over the port's hours on the quarter hour", () => {
    expect(slotTime(0, 290)).toBe("07:00");
    expect(slotTime(145, 290)).toBe("13:00");
    expect(slotTime(289, 290)).toBe("18:45");
    expect(slotTime(0, 1)).toBe("07:00");
  });

  it("takes the built-in dated policy, then administrators' changes in the order they take effect", () => {
    const total = (day: string, changes: Parameters<typeof capacitiesOn>[1] = []) =>
      capacitiesOn(day, changes).reduce((sum, c) => sum + c.places, 0);
    expect(total("2023-01-11")).toBe(0);
    expect(total("2023-01-12")).toBe(740);
    expect(total("2023-06-01")).toBe(1450);
    const changes = [
      { port: "san_ysidro", effectiveFrom: "2026-12-01", places: 10, at: "2026-11-01T00:00:00Z" },
      { port: "san_ysidro", effectiveFrom: "2026-12-01", places: 20, at: "2026-11-02T00:00:00Z" },
      { port: "laredo", effectiveFrom: "2027-01-01", places: 0, at: "2026-11-01T00:00:00Z" },
    ];
    const on = (day: string, port: string) =>
      capacitiesOn(day, changes).find((c) => c.port === port)?.places;
    expect(on("2026-11-30", "san_ysidro")).toBe(290);
    expect(on("2026-12-01", "san_ysidro")).toBe(20);
    expect(on("2026-12-31", "laredo")).toBe(155);
    expect(on("2027-01-01", "laredo")).toBe(0);
    // A built-in change dated after an administrator's replaces it.
    const early = [
      { port: "el_paso", effectiveFrom: "2023-05-20", places: 5, at: "2023-05-01T00:00:00Z" },
    ];
    expect(capacitiesOn("2023-05-25", early).find((c) => c.port === "el_paso")?.places).toBe(5);
    expect(capacitiesOn("2023-06-02", early).find((c) => c.port === "el_paso")?.places).toBe(220);
  });
});

describe("dayAtPort", () => {
  it("reads the day in the port's own time zone", () => {
    // 06:30 UTC on 9 December: 22:30 in San Ysidro, 23:30 in Nogales and El Paso, 00:30 in Laredo.
    const at = "2026-12-09T06:30:00Z";
    expect(dayAtPort("san_ysidro", at)).toBe("2026-12-08");
    expect(dayAtPort("calexico", at)).toBe("2026-12-08");
    expect(dayAtPort("el_paso", at)).toBe("2026-12-08");
    expect(dayAtPort("laredo", at)).toBe("2026-12-09");
    expect(dayAtPort("brownsville", at)).toBe("2026-12-09");
  });

  it("keeps Arizona on standard time in summer (Nogales is not El Paso in July)", () => {
    const at = "2026-07-15T06:30:00Z"; // 23:30 MST in Nogales, 00:30 MDT in El Paso
    expect(dayAtPort("nogales", at)).toBe("2026-07-14");
    expect(dayAtPort("el_paso", at)).toBe("2026-07-15");
  });
});
