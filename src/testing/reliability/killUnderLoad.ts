import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { DEMO_PASSWORD, demoAccounts, seedDemoAccounts } from "../../demo/accounts.ts";
import { Agent } from "../../platform/testing/agent.ts";
import { killed, startHavenProcess } from "../processes.ts";
import { testServices } from "../services.ts";
import { childEnvironment, createTestDatabase } from "../testDatabase.ts";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../../..");

export interface KillFigures {
  kills: number;
  acknowledged: { cases: number; commands: number; accounts: number };
  /** Acknowledged writes not found in the database afterwards: must be 0. */
  lost: number;
  /** Requests cut off by a kill (no answer): neither acknowledged nor counted as lost. */
  cutOff: number;
  /** `haven audit verify` after the last kill: its first line, and whether it passed. */
  audit: { ok: boolean; report: string };
}

const person = (n: number) => ({
  givenName: "Kill",
  familyName: `Load${n}`,
  dateOfBirth: "1991-02-03",
  nationality: "CO",
  languages: ["es"],
});

/** A browser that carries another's session to a new server (the session lives in the database). */
function sameSession(from: Agent, baseUrl: string): Agent {
  const agent = new Agent(baseUrl);
  agent.cookie = from.cookie;
  agent.csrfToken = from.csrfToken;
  return agent;
}

/**
 * `kills` times: start `haven start` on a PostgreSQL database of its own, put mixed writes on it
 * from three workers (cases opened, commands on them, applicant sign-ups), and SIGKILL it at a
 * moment drawn from `random`. Afterwards every write Haven acknowledged must be in the database,
 * and `haven audit verify` must find the chain intact.
 */
export async function killUnderLoad(kills: number, random: () => number): Promise<KillFigures> {
  const database = await createTestDatabase();
  if (database.location.kind !== "postgres") throw new Error("the kill run needs PostgreSQL");
  const dataDir = await mkdtemp(path.join(tmpdir(), "haven-kill-"));
  const env = {
    ...childEnvironment(database.location),
    DATA_DIR: dataDir,
    OUTBOX_POLL_MS: "100",
    AUDIT_SEQUENCE_INTERVAL_MS: "100",
  };
  const cases: { id: string; version: number }[] = [];
  const commands: { caseId: string; version: number }[] = [];
  const accounts: string[] = [];
  let cutOff = 0;
  let opened = 0;
  try {
    await seedDemoAccounts(testServices(database.handle.db));
    const cbpDemo = demoAccounts.find((account) => account.role === "cbp_officer");
    let cbp: Agent | null = null;
    for (let kill = 1; kill <= kills; kill++) {
      const { child, url } = await startHavenProcess(env);
      if (!cbp) {
        cbp = new Agent(url);
        await cbp.signIn(cbpDemo?.email ?? "", DEMO_PASSWORD, {
          secret: cbpDemo?.totpSecret ?? "",
          epochMs: Date.now(),
        });
      }
      const officer = sameSession(cbp, url);
      let stopping = false;
      const answered = async (call: () => Promise<{ status: number; body: unknown }>) => {
        try {
          return await call();
        } catch {
          cutOff++;
          return null;
        }
      };
      const worker = async (n: number) => {
        while (!stopping) {
          const open = await answered(() =>
            officer.call("POST", "/api/cases", {
              person: person(kill * 10_000 + n * 1_000 + opened++),
              occurredAt: "2024-05-01T10:00:00Z",
            }),
          );
          if (open?.status === 201) {
            const body = open.body as { id: string; version: number };
            cases.push({ id: body.id, version: body.version });
          }
          const target = cases[Math.floor(random() * cases.length)];
          if (target && !stopping) {
            const command = await answered(() =>
              officer.call("POST", `/api/cases/${target.id}/commands`, {
                expectedVersion: target.version,
                occurredAt: "2024-05-01T11:00:00Z",
                command: { type: "RecordEncounter", place: "San Ysidro", port: "san_ysidro" },
              }),
            );
            if (command?.status === 200) {
              const version = (command.body as { version: number }).version;
              commands.push({ caseId: target.id, version });
              target.version = version;
            }
          }
        }
      };
      const signUp = async () => {
        const answer = await answered(() =>
          new Agent(url).call("POST", "/api/auth/register", {
            email: `kill${kill}@applicants.example`,
            password: "a long passphrase for the kill run",
            preferredLanguage: "es",
          }),
        );
        if (answer?.status === 201) accounts.push(`kill${kill}@applicants.example`);
      };
      const load = [0, 1, 2].map(worker);
      void signUp();
      await new Promise((resolve) => setTimeout(resolve, 300 + random() * 1_200));
      await killed(child);
      stopping = true;
      await Promise.all(load);
    }

    const db = database.handle.db;
    const foundCases = await db
      .selectFrom("cases")
      .select("id")
      .where(
        "id",
        "in",
        cases.map((c) => c.id),
      )
      .execute();
    let lost = cases.length - foundCases.length;
    for (const command of commands) {
      const event = await db
        .selectFrom("case_events")
        .select("seq")
        .where("case_id", "=", command.caseId)
        .where("seq", "=", command.version)
        .executeTakeFirst();
      if (!event) lost++;
    }
    if (accounts.length > 0) {
      const found = await db
        .selectFrom("accounts")
        .select("id")
        .where("email", "in", accounts)
        .execute();
      lost += accounts.length - found.length;
    }
    const verified = await run(
      process.execPath,
      ["--import", "tsx", "src/cli.ts", "audit", "verify"],
      { cwd: ROOT, env, timeout: 600_000 },
    ).then(
      ({ stdout }) => ({ ok: true, report: stdout.trim().split("\n")[0] ?? "" }),
      (error: { stdout?: string; message: string }) => ({
        ok: false,
        report: (error.stdout ?? error.message).trim().split("\n").slice(0, 3).join(" "),
      }),
    );
    return {
      kills,
      acknowledged: { cases: cases.length, commands: commands.length, accounts: accounts.length },
      lost,
      cutOff,
      audit: verified,
    };
  } finally {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
