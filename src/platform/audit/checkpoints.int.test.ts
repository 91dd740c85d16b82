import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { FastifyInstance } from "fastify";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { haven } from "../../pathway.ts";
import { testServices } from "../../testing/services.ts";
import {
  childEnvironment,
  createTestDatabase,
  type TestDatabase,
  testEngine,
} from "../../testing/testDatabase.ts";
import type { Database } from "../database/schema.ts";
import { buildServer } from "../http/server.ts";
import { signerFromSeed, verifySignature } from "../keys/signing.ts";
import type { Services } from "../services.ts";
import { chainedFields, entryHash } from "./chain.ts";
import {
  type MirroredCheckpoint,
  parseCheckpointFile,
  verifyChainAgainst,
} from "./checkpointCheck.ts";
import { allCheckpoints, type Checkpoint, makeCheckpoint } from "./checkpoints.ts";
import { recordAudit } from "./record.ts";
import { sequenceAll, startSequencer } from "./sequencer.ts";
import { verifyAuditChain } from "./verify.ts";

const run = promisify(execFile);
const SEED = randomBytes(32);
const signer = signerFromSeed(SEED);
const MINUTE = 60_000;

/** Edits rows the way someone with database access could: with the guard triggers bypassed. */
async function tamper(db: Kysely<Database>, edit: (db: Kysely<Database>) => Promise<void>) {
  await db.connection().execute(async (connection) => {
    await sql`set session_replication_role = replica`.execute(connection);
    try {
      await edit(connection);
    } finally {
      await sql`set session_replication_role = origin`.execute(connection);
    }
  });
}

describe(`signed checkpoints of the audit chain (${testEngine})`, () => {
  let database: TestDatabase;
  let services: Services;
  let app: FastifyInstance;
  let dir: string;
  let mirrorFile: string;
  const mirrored: Checkpoint[] = [];
  let now = Date.parse("2026-03-02T15:00:00.000Z");

  const write = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await recordAudit(database.handle.db, {
        actor: `officer-${i}`,
        action: "case.read",
        subjectType: "case",
        subjectId: `case-${now}-${i}`,
        details: { i },
      });
    }
    await sequenceAll(database.handle.db);
  };

  /** `haven audit verify` as an operator runs it, with Haven's signing key. */
  async function havenAuditVerify(...args: string[]) {
    if (database.location.kind === "pglite") await database.close();
    try {
      const { stdout } = await run(
        process.execPath,
        ["--import", "tsx", "src/cli.ts", "audit", "verify", ...args],
        { env: { ...childEnvironment(database.location), SIGNING_KEY: SEED.toString("base64") } },
      );
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: `${failed.stdout}${failed.stderr}` };
    } finally {
      if (database.location.kind === "pglite") await database.reopen();
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = await mkdtemp(path.join(tmpdir(), "haven-mirror-"));
    mirrorFile = path.join(dir, "checkpoints.jsonl");
    services = testServices(database.handle.db, { signer, clock: () => new Date(now) });
    app = await buildServer(services, { logLevel: "silent", routes: haven.routes(services) });
    for (let batch = 0; batch < 4; batch++) {
      await write(3);
      now += MINUTE;
      const outcome = await makeCheckpoint(database.handle.db, signer, new Date(now), 0);
      expect(outcome).toHaveProperty("made");
    }
  });
  afterAll(async () => {
    await app.close();
    await services.outbox.stop();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it("signs a head once, and not again before the interval has passed", async () => {
    const db = database.handle.db;
    expect(await makeCheckpoint(db, signer, new Date(now), 0)).toEqual({
      skipped: "head already signed",
    });
    await write(2);
    now += MINUTE;
    expect(await makeCheckpoint(db, signer, new Date(now), 10 * MINUTE)).toEqual({
      skipped: "too soon",
    });
    now += 10 * MINUTE;
    const made = await makeCheckpoint(db, signer, new Date(now), 10 * MINUTE);
    expect(made).toMatchObject({ made: { sequence: 14, keyId: signer.keyId } });
    const checkpoints = await allCheckpoints(db);
    expect(checkpoints.map((c) => c.sequence)).toEqual([3, 6, 9, 12, 14]);
    const head = await verifyAuditChain(db);
    expect(checkpoints.at(-1)?.headHash).toBe(head.headHash);
    await expect(
      sql`update audit_checkpoints set head_hash = head_hash`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_checkpoints`.execute(db)).rejects.toThrow(/append-only/);
  });

  it("is made by the sequencer after it advances the chain", async () => {
    const db = database.handle.db;
    const errors: unknown[] = [];
    const sequencer = startSequencer(db, 20, (error) => errors.push(error), {
      signer,
      clock: () => new Date(now),
      everyMs: 0,
    });
    try {
      await recordAudit(db, { actor: "officer-9", action: "case.read", subjectId: "case-x" });
      await vi.waitFor(async () => expect((await allCheckpoints(db)).at(-1)?.sequence).toBe(15), {
        timeout: 60_000,
        interval: 50,
      });
    } finally {
      await sequencer.stop();
    }
    expect(errors).toEqual([]);
  });

  it("publishes them to anyone, signed, page by page; a bad query is a 400 naming it", async () => {
    const key = await app.inject({ method: "GET", url: "/api/keys/signing" });
    const { publicKey } = key.json();
    for (let after = 0; ; ) {
      const page = await app.inject({
        method: "GET",
        url: `/api/audit/checkpoints?after=${after}&limit=2`,
      });
      expect(page.statusCode).toBe(200);
      const body = page.json() as { keyId: string; checkpoints: Checkpoint[] };
      expect(body.keyId).toBe(signer.keyId);
      if (body.checkpoints.length === 0) break;
      mirrored.push(...body.checkpoints);
      after = body.checkpoints.at(-1)?.sequence ?? after;
    }
    expect(mirrored.map((c) => c.sequence)).toEqual([3, 6, 9, 12, 14, 15]);
    for (const checkpoint of mirrored) {
      expect(Object.keys(checkpoint).sort()).toEqual(
        ["at", "headHash", "keyId", "sequence", "signature", "signed"].sort(),
      );
      expect(JSON.parse(checkpoint.signed)).toEqual({
        at: checkpoint.at,
        headHash: checkpoint.headHash,
        sequence: checkpoint.sequence,
      });
      expect(verifySignature(publicKey, checkpoint.signed, checkpoint.signature)).toBe(true);
    }
    await writeFile(mirrorFile, mirrored.map((c) => `${JSON.stringify(c)}\n`).join(""));
    expect(parseCheckpointFile(JSON.stringify({ checkpoints: mirrored }))).toEqual(mirrored);

    for (const query of ["limit=0", "limit=abc", "after=-1", "after=1e99", "limit=5000"]) {
      const bad = await app.inject({ method: "GET", url: `/api/audit/checkpoints?${query}` });
      expect(bad.statusCode, query).toBe(400);
      expect(bad.headers["content-type"]).toContain("application/problem+json");
      expect(bad.json().detail).toMatch(/^querystring\.(limit|after)/);
    }
  });

  it("finds a checkpoint altered in the mirror by its signature", async () => {
    const db = database.handle.db;
    const intact = await verifyChainAgainst(db, mirrored, signer);
    expect(intact.checkpoints).toMatchObject({ checked: 6, latest: 15, disagreements: [] });

    const [first, second] = mirrored as [Checkpoint, Checkpoint];
    const { signed: _, ...bare } = second;
    const forged: MirroredCheckpoint[] = [first, { ...bare, headHash: first.headHash }];
    const report = (await verifyChainAgainst(db, forged, signer)).checkpoints;
    expect(report.disagreements).toEqual([
      {
        sequence: 6,
        at: second.at,
        problem: "its signature does not verify with the published key",
      },
    ]);
    const relabelled = [{ ...first, signed: second.signed }];
    expect((await verifyChainAgainst(db, relabelled, signer)).checkpoints.disagreements).toEqual([
      expect.objectContaining({ problem: "its signed text does not match its fields" }),
    ]);
    const otherKey = signerFromSeed(randomBytes(32));
    expect((await verifyChainAgainst(db, [first], otherKey)).checkpoints.disagreements).toEqual([
      expect.objectContaining({
        problem: `signed by key ${signer.keyId}, not the published key ${otherKey.keyId}`,
      }),
    ]);
  });

  // Three runs of the real command, each starting Node and opening the database.
  it("makes `haven audit verify --checkpoints` fail on a history rewritten, hashes and all", async () => {
    const intact = await havenAuditVerify("--checkpoints", mirrorFile);
    expect(intact.stdout).toContain("Audit chain intact: 15 entries");
    expect(intact.stdout).toContain(`Checkpoints agree: 6 from ${mirrorFile}`);
    expect(intact.code).toBe(0);

    // The attacker edits entry 5, chains everything after it again and rewrites the checkpoint
    // table to match: the chain alone verifies.
    const db = database.handle.db;
    await tamper(db, async (trx) => {
      await sql`update audit_log set details = '{"i": 99}' where seq = 5`.execute(trx);
      const rows = await trx
        .selectFrom("audit_log")
        .selectAll()
        .where("seq", ">=", 5)
        .orderBy("seq")
        .execute();
      let prev = rows[0]?.prev_hash ?? "";
      const rewritten = new Map<number, string>();
      for (const row of rows) {
        const hash = entryHash(prev, chainedFields(row.seq as number, row));
        await sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${row.id}`.execute(
          trx,
        );
        rewritten.set(row.seq as number, hash);
        prev = hash;
      }
      for (const [seq, hash] of rewritten) {
        await sql`update audit_checkpoints set head_hash = ${hash} where sequence = ${seq}`.execute(
          trx,
        );
      }
    });
    expect((await verifyAuditChain(db)).ok).toBe(true);

    const rewritten = await havenAuditVerify("--checkpoints", mirrorFile);
    expect(rewritten.code).toBe(1);
    expect(rewritten.stdout).toContain("Audit chain intact: 15 entries");
    expect(rewritten.stdout).toMatch(
      /Checkpoints DISAGREE: 5 of 6 from .*; the first is seq 6 \(at [^)]+\): the chain has hash [0-9a-f]{64} at seq 6, the checkpoint [0-9a-f]{64} \(history rewritten\)/,
    );

    // Against the database's own checkpoints, rewritten without the signing key.
    const local = await havenAuditVerify();
    expect(local.code).toBe(1);
    expect(local.stdout).toMatch(
      /Checkpoints DISAGREE: 5 of 6 from the database; the first is seq 6 .*: its signature does not verify/,
    );
  }, 300_000);

  it("finds a history cut short after a checkpoint, which the chain alone cannot", async () => {
    const db = database.handle.db;
    await tamper(db, async (trx) => {
      await sql`delete from audit_log where seq > 3`.execute(trx);
      await sql`delete from audit_checkpoints where sequence > 3`.execute(trx);
    });
    const { chain, checkpoints } = await verifyChainAgainst(db, mirrored, signer);
    expect(chain.ok).toBe(true);
    expect(checkpoints.disagreements[0]).toEqual({
      sequence: 6,
      at: mirrored[1]?.at,
      problem: "the chain has no entry 6 (it holds 3): history truncated",
    });
    expect(checkpoints.disagreements).toHaveLength(5);
  });
});
