import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("configuration", () => {
  it("runs the lottery scheduler every 30 s unless told otherwise; 0 turns it off", () => {
    expect(loadConfig({}).lotteryTickMs).toBe(30_000);
    expect(loadConfig({ LOTTERY_TICK_MS: "0" }).lotteryTickMs).toBe(0);
    expect(() => loadConfig({ LOTTERY_TICK_MS: "-5" })).toThrow(/LOTTERY_TICK_MS/);
  });

  it("refuses a test clock offset in production", () => {
    expect(() =>
      loadConfig({
        NODE_ENV: "production",
        DATABASE_URL: "postgres://db/haven",
        SMTP_URL: "smtp://mail:25",
        PUBLIC_URL: "https://haven.example",
        CLOCK_OFFSET_SECONDS: "60",
      }),
    ).toThrow(/CLOCK_OFFSET_SECONDS/);
  });
});
