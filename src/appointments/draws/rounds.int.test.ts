/**
 * The lottery's trust, end to end (docs/lottery.md, "Receipts", "Draw terms", "Rounds"): each
 * commitment and reveal is published with a signed receipt the moment it is taken; the terms are
 * signed before any reveal; a dropped reveal is proven by its receipt; a void round is followed
 * by the next one, on the scheduler, with commitments bound to their round.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../../testing/testServer.ts";
import { commit, type PublishedDraw, type SignatureCheck, verifyDraw } from "../lottery/index.ts";
import {
  newApplicant,
  OPEN_WINDOW_NOW,
  person,
  registration,
  WINDOW_DATE,
} from "../testing/kit.ts";
import { signatureCheck } from "./rounds.ts";
import { lotteryTick } from "./scheduler.ts";

const SCREENER = "screener@demo.haven.test";
const ADMIN = "admin@demo.haven.test";
/** 23:10 Central on the window's day: after the close (23:00), before the draw (23:30). */
const AFTER_CLOSE = "2026-11-25T05:10:00Z";
const AFTER_DRAW_TIME = "2026-11-25T05:31:00Z";

const moveTo = (server: TestServer, instant: string) =>
  server.clock.advance(Date.parse(instant) - server.clock.now().getTime());

/** Checks signatures with the key the server publishes, as an outsider would. */
async function publishedKey(server: TestServer): Promise<SignatureCheck> {
  const key = await server.agent().call("GET", "/api/keys/signing");
  expect(key.status).toBe(200);
  return signatureCheck(key.body);
}

async function askForPlaces(server: TestServer, count: number) {
  for (let n = 0; n < count; n += 1) {
    const agent = await newApplicant(server, "es");
    const principal = person("Lucia", `Ramos${"abcdefgh"[n]}`, `198${n}-04-1${n}`);
    const answer = await agent.call("POST", "/api/registrations", registration(principal));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  }
}

const roundsOf = async (server: TestServer) => {
  const answer = await server.agent().call("GET", `/api/lottery/${WINDOW_DATE}/rounds`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.rounds;
};

describe(`receipts, terms and a dropped reveal (${testEngine})`, () => {
  let server: TestServer;
  const seed = randomBytes(32).toString("hex");
  let party = "";
  let commitReceipt: unknown;
  let revealReceipt: unknown;
  let keptTerms: unknown;
  let keptReceipts: unknown[] = [];

  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
    await askForPlaces(server, 3);
  });
  afterAll(async () => {
    await server.close();
  });

  it("publishes a commitment with its signed receipt the moment it is taken", async () => {
    const screener = await server.signIn(SCREENER);
    party = (await screener.call("GET", "/api/lottery/observer")).body.party;
    const commitment = commit(seed, { date: WINDOW_DATE, round: 1, party });
    const wrongRound = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/commitments`, {
      round: 2,
      commitment,
    });
    expect(wrongRound.status).toBe(409);
    expect(wrongRound.body.detail).toMatch(/current round of 2026-11-24 is 1, not 2/);
    const missing = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/commitments`, {
      commitment,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe("body.round");
    const taken = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/commitments`, {
      round: 1,
      commitment,
    });
    expect(taken.status).toBe(201);
    commitReceipt = taken.body.receipt;
    expect(taken.body.receipt.signed).toEqual({
      statement: "haven-lottery/v2/receipt",
      day: WINDOW_DATE,
      round: 1,
      party,
      commitment,
      reveal: null,
      termsHash: null,
      receivedAt: server.clock.now().toISOString(),
    });
    const [round] = await roundsOf(server);
    expect(round).toMatchObject({ round: 1, status: "committing", terms: null });
    expect(round.receipts).toEqual([commitReceipt]);
  });

  it("signs the terms at the close, before any reveal, and publishes each reveal as received", async () => {
    moveTo(server, AFTER_CLOSE);
    const screener = await server.signIn(SCREENER);
    const early = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/reveals`, {
      round: 1,
      seed,
    });
    expect(early.status).toBe(409); // the terms are not fixed until the close is recorded
    await lotteryTick(server.services);
    const [round] = await roundsOf(server);
    expect(round.status).toBe("revealing");
    keptTerms = round.terms;
    expect(round.terms.signed).toMatchObject({
      day: WINDOW_DATE,
      round: 1,
      operator: "haven-operator",
      requestCount: 3,
      revealsUntil: "2026-11-25T05:30:00.000Z",
    });
    expect(round.terms.signed.commitments.map((c: { party: string }) => c.party).sort()).toEqual(
      ["haven-operator", party].sort(),
    );
    const list = await server.agent().call("GET", `/api/lottery/${WINDOW_DATE}/requests`);
    expect(round.terms.signed.requestsDigest).toBe(list.body.requestsDigest);
    // Nobody can cut the reveal stage short while an observer has yet to reveal.
    const admin = await server.signIn(ADMIN);
    const cutShort = await admin.call("POST", `/api/admin/lottery/${WINDOW_DATE}/draw`);
    expect(cutShort.status).toBe(409);
    expect(cutShort.body.detail).toMatch(/1 observer\(s\) have not revealed/);
    expect((await roundsOf(server))[0].status).toBe("revealing");
    const revealed = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/reveals`, {
      round: 1,
      seed,
    });
    expect(revealed.status).toBe(200);
    revealReceipt = revealed.body.receipt;
    expect(revealed.body.receipt.signed).toMatchObject({
      reveal: seed,
      termsHash: round.termsHash,
      receivedAt: server.clock.now().toISOString(),
    });
    const again = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/reveals`, {
      round: 1,
      seed,
    });
    expect(again.status).toBe(409);
    // Anyone polling during the reveals keeps a copy of every receipt.
    keptReceipts = (await roundsOf(server))[0].receipts;
    expect(keptReceipts).toEqual([commitReceipt, revealReceipt]);
  });

  it("lets anyone holding the receipt prove the reveal was dropped", async () => {
    // The operator drops the observer's reveal before drawing.
    await server.services.db
      .deleteFrom("lottery_reveals")
      .where("window_date", "=", WINDOW_DATE)
      .execute();
    moveTo(server, AFTER_DRAW_TIME);
    await lotteryTick(server.services);
    const record = (await server.agent().call("GET", `/api/lottery/${WINDOW_DATE}`)).body;
    expect(record).toMatchObject({ status: "drawn", round: 1, unrevealed: [party] });
    const checkSignature = await publishedKey(server);
    expect(verifyDraw(record, { checkSignature, terms: keptTerms }).ok).toBe(true);
    const byObserver = verifyDraw(record, { checkSignature, receipts: [revealReceipt] });
    expect(byObserver.mismatches.map((m) => m.code)).toEqual([
      "unlisted-receipt",
      "dropped-reveal",
    ]);
    const byPoller = verifyDraw(record, { checkSignature, receipts: keptReceipts });
    expect(byPoller.mismatches.map((m) => m.code)).toEqual(["unlisted-receipt", "dropped-reveal"]);
  });

  it("fails a record whose capacities were changed after the terms were published", async () => {
    const record = (await server.agent().call("GET", `/api/lottery/${WINDOW_DATE}`))
      .body as PublishedDraw;
    const changed = structuredClone(record);
    changed.capacities[0]!.places = Math.floor(changed.capacities[0]!.places / 2);
    const result = verifyDraw(changed, { terms: keptTerms });
    expect(result.mismatches.map((m) => m.code)).toContain("terms");
  });
});

describe(`a void round and the next one (${testEngine})`, () => {
  let server: TestServer;
  const seed = randomBytes(32).toString("hex");
  let party = "";
  let firstCommitment = "";

  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
    await askForPlaces(server, 2);
    const screener = await server.signIn(SCREENER);
    party = (await screener.call("GET", "/api/lottery/observer")).body.party;
    firstCommitment = commit(seed, { date: WINDOW_DATE, round: 1, party });
    const taken = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/commitments`, {
      round: 1,
      commitment: firstCommitment,
    });
    expect(taken.status).toBe(201);
  });
  afterAll(async () => {
    await server.close();
  });

  it("voids round 1 when the operator's seed does not open its commitment, and starts round 2", async () => {
    moveTo(server, AFTER_CLOSE);
    await lotteryTick(server.services);
    const screener = await server.signIn(SCREENER);
    const revealed = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/reveals`, {
      round: 1,
      seed,
    });
    expect(revealed.status).toBe(200);
    // The operator's seed is lost: its reveal cannot match, so the round must be void.
    await server.services.db
      .updateTable("lottery_windows")
      .set({ operator_seed: "00".repeat(32) })
      .where("date", "=", WINDOW_DATE)
      .execute();
    moveTo(server, AFTER_DRAW_TIME);
    await lotteryTick(server.services);
    const voided = (await server.agent().call("GET", `/api/lottery/${WINDOW_DATE}?round=1`)).body;
    expect(voided).toMatchObject({ round: 1, status: "void", unrevealed: ["haven-operator"] });
    expect(verifyDraw(voided, { checkSignature: await publishedKey(server) }).ok).toBe(true);
    const rounds = await roundsOf(server);
    expect(rounds.map((r: { round: number; status: string }) => [r.round, r.status])).toEqual([
      [1, "void"],
      [2, "committing"],
    ]);
    const [first, second] = rounds;
    expect(second.operatorCommitment).not.toBe(first.operatorCommitment);
    // The rule: 30 minutes of commitments from the void, then 30 minutes of reveals.
    const voidedAt = Date.parse(AFTER_DRAW_TIME);
    expect(second.commitmentsUntil).toBe(new Date(voidedAt + 30 * 60_000).toISOString());
    expect(second.drawAt).toBe(new Date(voidedAt + 60 * 60_000).toISOString());
    const requests = await server.services.db
      .selectFrom("appointment_requests")
      .select("status")
      .where("window_date", "=", WINDOW_DATE)
      .execute();
    expect(requests.map((r) => r.status)).toEqual(["pending", "pending"]);
    expect(await server.services.db.selectFrom("appointments").selectAll().execute()).toEqual([]);
  });

  it("binds commitments to their round: a round-1 reveal cannot be replayed in round 2", async () => {
    const screener = await server.signIn(SCREENER);
    const stale = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/reveals`, {
      round: 1,
      seed,
    });
    expect(stale.status).toBe(409);
    // The round-1 commitment sent again for round 2 is taken, but round 1's seed does not open it.
    const replayed = await screener.call("POST", `/api/lottery/${WINDOW_DATE}/commitments`, {
      round: 2,
      commitment: firstCommitment,
    });
    expect(replayed.status).toBe(201);
    expect(replayed.body.receipt.signed.round).toBe(2);
    const window = await server.agent().call("GET", `/api/lottery/${WINDOW_DATE}/rounds`);
    moveTo(server, window.body.rounds[1].commitmentsUntil);
    await lotteryTick(server.services);
    const again = await server.signIn(SCREENER);
    const opened = await again.call("POST", `/api/lottery/${WINDOW_DATE}/reveals`, {
      round: 2,
      seed,
    });
    expect(opened.status).toBe(422);
    expect(opened.body.errors[0].field).toBe("body.seed");
    expect(opened.body.detail).toMatch(/in round 2 of 2026-11-24/);
  });

  it("draws round 2 on the scheduler, and lists both rounds with the day's draws", async () => {
    const rounds = await roundsOf(server);
    moveTo(server, rounds[1].drawAt);
    await lotteryTick(server.services);
    const record = (await server.agent().call("GET", `/api/lottery/${WINDOW_DATE}`)).body;
    expect(record).toMatchObject({ round: 2, status: "drawn", unrevealed: [party] });
    expect(record.terms.signed.round).toBe(2);
    expect(verifyDraw(record, { checkSignature: await publishedKey(server) }).ok).toBe(true);
    const admin = await server.signIn(ADMIN);
    const done = await admin.call("POST", `/api/admin/lottery/${WINDOW_DATE}/draw`);
    expect(done.body).toEqual({ date: WINDOW_DATE, round: 2, status: "drawn" });

    const list = await server.agent().call("GET", "/api/lottery/draws");
    expect(list.status).toBe(200);
    const day = list.body.draws.find((d: { date: string }) => d.date === WINDOW_DATE);
    expect(day).toMatchObject({
      date: WINDOW_DATE,
      appointmentDate: "2026-12-08",
      status: "drawn",
    });
    expect(day.rounds.map((r: { round: number; status: string }) => [r.round, r.status])).toEqual([
      [1, "void"],
      [2, "drawn"],
    ]);
    expect(day.rounds[1].termsHash).toBe(record.termsHash);
    const dates = list.body.draws.map((d: { date: string }) => d.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const page = await server.agent().call("GET", `/api/lottery/draws?limit=1&before=${dates[0]}`);
    expect(page.body.draws.map((d: { date: string }) => d.date)).toEqual([dates[1]]);
    const bad = await server.agent().call("GET", "/api/lottery/draws?limit=0");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toMatch(/limit/);
  });
});
