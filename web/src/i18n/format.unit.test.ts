import { describe, expect, it } from "vitest";
import { formatClock, formatDate, formatTime } from "./format.ts";

describe("dates and times", () => {
  it("writes a day in the reader's language, Kreyòl too", () => {
    expect(formatDate("2026-11-23", "ru")).toBe("23 ноября 2026 г.");
    expect(formatDate("2026-11-23", "ht")).toBe("23 novanm 2026");
    expect(formatDate("2026-01-05", "ht")).toBe("5 janvye 2026");
  });

  it("writes a port's wall-clock time as the reader does", () => {
    expect(formatClock("07:00", "en")).toBe("7:00 AM");
    expect(formatClock("19:45", "ru")).toBe("19:45");
    expect(formatClock("later", "ru")).toBe("later");
  });

  it("gives an instant's time with its zone", () => {
    expect(formatTime("2026-11-23T17:00:00Z", "en")).toMatch(/:00/);
  });
});
