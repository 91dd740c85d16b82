import { describe, expect, it } from "vitest";
import {
  countStatuses,
  restartUnderLoad,
  wrongAnswers,
} from "../../testing/reliability/restartUnderLoad.ts";
import { testEngine } from "../../testing/testDatabase.ts";

const SKIPPED =
  "skipped on PGlite: it restarts a PostgreSQL server of its own, so it runs in the PostgreSQL leg (DATABASE_URL set)";

describe.skipIf(testEngine !== "postgres")(
  `Haven while PostgreSQL restarts under load (${testEngine === "postgres" ? "postgres" : SKIPPED})`,
  () => {
    it("answers 503 with Retry-After while the database is gone, then recovers by itself, losing no acknowledged write", async () => {
      const figures = await restartUnderLoad(2);
      const statuses = countStatuses(figures.seen);
      expect(wrongAnswers(figures.seen), JSON.stringify(statuses)).toEqual([]);
      const refused = figures.seen.filter((s) => s.status === 503);
      expect(refused.length).toBeGreaterThanOrEqual(6);
      for (const answer of refused) {
        expect(answer.contentType).toMatch(/^application\/problem\+json/);
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      }
      for (const down of figures.whileDown) {
        expect(down.ready.status).toBe(503);
        expect(down.ready.retryAfter).toBe("5");
        expect(down.ready.contentType).toMatch(/^application\/problem\+json/);
        expect(down.health).toBe(200);
      }
      // Every write Haven acknowledged is there, and its background work chains the audit again.
      expect(figures.found).toBe(figures.acknowledged);
      expect(figures.auditChained).toBe(true);
      console.info(
        `restart test: ${figures.seen.length} requests (${JSON.stringify(statuses)}), ${figures.acknowledged} acknowledged writes, all found`,
      );
    }, 300_000);
  },
);
