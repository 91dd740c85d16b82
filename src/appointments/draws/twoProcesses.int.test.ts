import type { ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHavenProcess } from "../../testing/processes.ts";
import {
  childEnvironment,
  createTestDatabase,
  type TestDatabase,
  testEngine,
} from "../../testing/testDatabase.ts";
import { verifyDraw } from "../lottery/index.ts";
import { registrationJob } from "../registrations/register.ts";
import type { RegistrationInput } from "../registrations/schemas.ts";
import { type RegistrationJob, writeRegistrations } from "../registrations/writeBatch.ts";
import { ensureWindow } from "./windows.ts";

const DATE = "2026-01-10";
const CAPACITY: Record<string, number> = { san_ysidro: 30, el_paso: 20 };

describe.skipIf(testEngine !== "postgres")(
  "two server processes drawing the same window at once (PostgreSQL only: PGlite is one process's folder)",
  () => {
    let database: TestDatabase;
    const servers: { child: ChildProcess; url: string }[] = [];
    const cookie = randomBytes(32).toString("base64url");
    const csrf = randomBytes(32).toString("base64url");

    beforeAll(async () => {
      database = await createTestDatabase();
      const { db } = database.handle;
      await ensureWindow(db, DATE);
      await db
        .updateTable("lottery_windows")
        .set({
          capacities: JSON.stringify([
            { port: "san_ysidro", places: CAPACITY.san_ysidro },
            { port: "el_paso", places: CAPACITY.el_paso },
          ]),
          opens_at: new Date("2020-01-01T00:00:00Z"),
        })
        .where("date", "=", DATE)
        .execute();
      const accounts = await sql<{ id: string }>`
        insert into accounts (email, password_hash, role, preferred_language)
        select 'two-' || g || '@test.haven', 'x', 'applicant', 'en' from generate_series(1, 40) g
        returning id`.execute(db);
      // 200 families of 1 to 5 ask for the window (more people than places).
      const jobs: RegistrationJob[] = Array.from({ length: 200 }, (_, n) => {
        const size = 1 + (n % 5);
        const people = Array.from({ length: size }, (_, k) => ({
          givenName: ["Anna", "Boris", "Clara", "Denis", "Elena"][k] as string,
          familyName: `Zakharov${"abcdefghijklmnopqrstuvwxyz"[n % 26]}${"abcdefgh"[Math.floor(n / 26)]}`,
          dateOfBirth: `19${50 + (n % 50)}-0${1 + k}-${String(1 + Math.floor(n / 50)).padStart(2, "0")}`,
          nationality: "RU",
          languages: ["ru"],
        }));
        const input: RegistrationInput = {
          principal: people[0]!,
          members: people.slice(1),
          contact: {},
          language: "en",
          preferredPorts: n % 2 ? ["san_ysidro", "el_paso"] : ["el_paso"],
          requestCurrentWindow: true,
        };
        return registrationJob({
          accountId: accounts.rows[n % 40]!.id,
          actor: "test",
          input,
          windowDate: DATE,
          now: new Date("2026-01-10T18:00:00Z"),
        });
      });
      const outcomes = await writeRegistrations(db, jobs);
      expect(outcomes.filter((o) => o.kind === "registered")).toHaveLength(200);
      const admin = await sql<{ id: string }>`
        insert into accounts (email, password_hash, role, preferred_language, totp_secret, totp_enrolled_at)
        values ('two-admin@test.haven', 'x', 'administrator', 'en', 'X', now()) returning id`.execute(
        db,
      );
      await db
        .insertInto("sessions")
        .values({
          id_hash: createHash("sha256").update(cookie).digest("hex"),
          account_id: admin.rows[0]!.id,
          csrf_token: csrf,
          mfa_verified: true,
          created_at: new Date(),
          last_seen_at: new Date(),
        })
        .execute();
      const env = childEnvironment(database.location);
      servers.push(...(await Promise.all([startHavenProcess(env), startHavenProcess(env)])));
    });

    afterAll(async () => {
      for (const server of servers) {
        server.child.removeAllListeners("exit");
        const exited = new Promise((resolve) => server.child.once("exit", resolve));
        server.child.kill("SIGTERM");
        const stubborn = setTimeout(() => server.child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(stubborn);
      }
      await database?.drop();
    });

    it("gives no place twice and never more than capacity; one process draws, the other finds it done", async () => {
      const draws = servers.flatMap((server) =>
        Array.from({ length: 5 }, () =>
          fetch(`${server.url}/api/admin/lottery/${DATE}/draw`, {
            method: "POST",
            headers: { cookie: `haven_session=${cookie}`, "x-csrf-token": csrf },
          }).then(async (response) => ({ status: response.status, body: await response.json() })),
        ),
      );
      const answers = await Promise.all(draws);
      for (const answer of answers) {
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        expect(answer.body).toEqual({ date: DATE, round: 1, status: "drawn" });
      }
      const { db } = database.handle;
      const audit = await db
        .selectFrom("audit_log")
        .select("id")
        .where("action", "=", "lottery.draw")
        .where("subject_id", "=", DATE)
        .execute();
      expect(audit).toHaveLength(1);
      const record = await fetch(`${servers[1]!.url}/api/lottery/${DATE}`).then((r) => r.json());
      expect(verifyDraw(record).ok).toBe(true);
      const appointments = await db
        .selectFrom("appointments")
        .select(["port", "slot", "places", "request_id"])
        .orderBy("port")
        .orderBy("slot")
        .execute();
      expect(appointments).toHaveLength(record.allocation.length);
      expect(new Set(appointments.map((a) => a.request_id)).size).toBe(appointments.length);
      for (const [port, places] of Object.entries(CAPACITY)) {
        let next = 0;
        for (const a of appointments.filter((row) => row.port === port)) {
          expect(a.slot).toBeGreaterThanOrEqual(next);
          next = a.slot + a.places;
        }
        expect(next).toBeLessThanOrEqual(places);
        expect(next).toBeGreaterThan(places - 5); // filled, up to what no group could fit
      }
    });
  },
);
