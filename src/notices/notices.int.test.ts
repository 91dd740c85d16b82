import { createHash } from "node:crypto";
import { sql } from "kysely";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "../platform/auth/access.ts";
import type { Agent } from "../platform/testing/agent.ts";
import { addSessionOver } from "../testing/docket.ts";
import { testEngine } from "../testing/testDatabase.ts";
import { startTestServer, type TestServer } from "../testing/testServer.ts";

const IRINA = "irina@demo.haven.test";
const FIRST_ADDRESS = "1200 J Street, Sacramento, CA 95814";
const SECOND_ADDRESS = "40 Oak Street, Fresno, CA 93721";

interface Delivery {
  channel: string;
  recipient: string;
  status: string;
  postedOn: string | null;
}
interface Notice {
  id: string;
  kind: string;
  language: string;
  address: string | null;
  pdf: string;
  pdfSha256: string | null;
  deliveries: Delivery[];
}

/** The text of each page of a PDF, as a reader extracts it. */
async function pagesOf(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : ""))
        .join(""),
    );
  }
  await pdf.destroy();
  return pages;
}

describe(`notices: made, delivered on every channel, and read by the in-absentia rule (${testEngine})`, () => {
  let server: TestServer;
  let irina: Agent;
  let clerk: Agent;
  let judge: Agent;
  let caseId: string;

  const version = async () =>
    (
      await server.services.db
        .selectFrom("cases")
        .select("version")
        .where("id", "=", caseId)
        .executeTakeFirstOrThrow()
    ).version;
  const run = async (agent: Agent, command: Record<string, unknown>) =>
    agent.call("POST", `/api/cases/${caseId}/commands`, {
      expectedVersion: await version(),
      command,
    });
  const notices = async (agent: Agent = irina): Promise<Notice[]> => {
    const answer = await agent.call("GET", `/api/cases/${caseId}/notices`);
    expect(answer.status).toBe(200);
    return answer.body.notices;
  };
  const hearingNotice = async (hearingId: string): Promise<Notice> => {
    const row = await server.services.db
      .selectFrom("notices")
      .select("id")
      .where("case_id", "=", caseId)
      .where(sql<string>`content->>'hearingId'`, "=", hearingId)
      .executeTakeFirstOrThrow();
    return (await notices()).find((notice) => notice.id === row.id) as Notice;
  };
  /** Runs the outbox until the notice's deliveries stop moving (no fixed sleep). */
  const deliver = async () => {
    for (let pass = 0; pass < 20; pass += 1) {
      if ((await server.services.outbox.drain()) === 0) return;
    }
  };
  const inAbsentia = {
    type: "IssueIJDecision",
    outcome: "denied",
    removalOrdered: true,
    inAbsentia: true,
    delivery: "written",
    country: "RU",
    reasons:
      "The respondent did not appear after written notice of the hearing; removability is established by the record.",
  };

  beforeAll(async () => {
    server = await startTestServer({
      clock: () => new Date("2026-03-02T15:00:00Z"),
      outbox: { pollMs: 0 },
    });
    irina = await server.as("applicant");
    const opened = await irina.call("POST", "/api/cases", {
      person: {
        givenName: "Irina",
        familyName: "Voronova",
        nativeGivenName: "Ирина",
        nativeFamilyName: "Воронова",
        nationality: "RU",
        languages: ["ru"],
        aNumber: "000000191",
      },
      occurredAt: "2026-03-01T10:00:00Z",
    });
    expect(opened.status).toBe(201);
    caseId = opened.body.id;
    const cbp = await server.as("cbp_officer");
    clerk = await server.as("court_clerk");
    judge = await server.as("immigration_judge");
    for (const command of [
      { type: "RecordEncounter", place: "Near Tecate", port: null },
      { type: "ProcessUnderTitle8", pathway: "section_240" },
      { type: "ServeNoticeToAppear", court: "eoir-san-diego", servedOn: "2026-03-02" },
    ]) {
      expect((await run(cbp, command)).status, command.type).toBe(200);
    }
    expect((await run(irina, { type: "ChangeAddress", address: FIRST_ADDRESS })).status).toBe(200);
    const [master] = await addSessionOver(clerk, "eoir-san-diego", {
      day: "2026-04-01",
      start: "09:00",
      end: "12:00",
    });
    expect(master?.startsAt).toBe("2026-04-01T16:00:00Z");
    const scheduled = await run(clerk, {
      type: "ScheduleHearing",
      hearingId: "h-1",
      slotId: master?.id,
      interpreterLanguage: "ru",
    });
    expect(scheduled.status).toBe(200);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("makes a hearing notice in the person's language, for the current address, on every channel", async () => {
    const made = await notices();
    expect(made.map((notice) => notice.kind)).toEqual(["hearing-notice", "notice-to-appear"]);
    const [hearing, nta] = made;
    expect(hearing).toMatchObject({ language: "ru", address: FIRST_ADDRESS });
    expect(hearing?.deliveries.map((delivery) => [delivery.channel, delivery.recipient])).toEqual([
      ["email", IRINA],
      ["portal", "portal"],
      ["postal", FIRST_ADDRESS],
    ]);
    // The Notice to Appear came before any address: portal and e-mail only.
    expect(nta?.deliveries.map((delivery) => delivery.channel)).toEqual(["email", "portal"]);
  });

  it("sends the e-mail to a real SMTP server with a link and nothing of the case, and puts the delivery on the case's record", async () => {
    await deliver();
    const mail = await server.mailbox.next(IRINA);
    expect(mail.subject).toBe("У вас новое уведомление в Haven");
    expect(mail.text).toContain(`http://haven.test/cases/${caseId}`);
    for (const secret of ["Voronova", "Воронова", "000000191", "h-1", "2026-04-01"]) {
      expect(mail.text + mail.subject).not.toContain(secret);
    }
    expect(mail.parsed.attachments).toHaveLength(0);
    const hearing = (await notices())[0] as Notice;
    expect(
      Object.fromEntries(hearing.deliveries.map((delivery) => [delivery.channel, delivery.status])),
    ).toEqual({ email: "delivered", portal: "delivered", postal: "awaiting_posting" });
    const read = await irina.call("GET", `/api/cases/${caseId}`);
    const delivered = read.body.timeline.filter(
      (event: { type: string }) => event.type === "NoticeDelivered",
    );
    expect(delivered.map((event: { data: { channel: string } }) => event.data.channel)).toEqual([
      "email",
      "email",
    ]);
    // The log and the audit keep no address or name.
    expect(server.logLines.join("\n")).not.toContain(IRINA);
  });

  it("serves the PDF, whose Russian part extracts in Cyrillic, then the English part", async () => {
    const hearing = await hearingNotice("h-1");
    const response = await fetch(`${server.baseUrl}${hearing.pdf}`, {
      headers: { cookie: `${SESSION_COOKIE}=${irina.cookie}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    // Made once and kept: the document served is the one on record.
    const kept = await hearingNotice("h-1");
    expect(kept.pdfSha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    const [russian, english] = await pagesOf(bytes);
    expect(russian).toContain("Уведомление о судебном заседании");
    expect(russian).toContain("Ирина Воронова");
    expect(russian?.replace(/\s+/g, " ")).toContain(
      "состоится 2026-04-01 в 09:00 (время America/Los_Angeles)",
    );
    expect(russian).toContain("Зал 1.");
    expect(russian?.replace(/\s+/g, " ")).toContain("будет переводчик (русский)");
    expect(english).toContain("Notice of hearing");
    expect(english?.replace(/\s+/g, " ")).toContain("on 2026-04-01 at 09:00");
    expect(english?.replace(/\s+/g, " ")).toContain("An interpreter of Russian will interpret");
  });

  it("refuses an order in absentia without the hearing notice's mailing to the current address, and takes it with one", async () => {
    expect(
      (await run(judge, { type: "HoldHearing", hearingId: "h-1", respondentAppeared: false }))
        .status,
    ).toBe(200);
    // The e-mail reached her; the law asks for the notice at her address.
    const unmailed = await run(judge, inAbsentia);
    expect(unmailed.status).toBe(422);
    expect(unmailed.body).toMatchObject({
      rule: "court.in-absentia.notice-not-delivered",
      citation: "INA 240(b)(5)(A); INA 239(a)(1)(G), 239(c)",
    });

    const first = await hearingNotice("h-1");
    const mailing = `/api/cases/${caseId}/notices/${first.id}/mailings`;
    expect((await judge.call("POST", mailing, { postedOn: "2026-03-03" })).status).toBe(403);
    expect((await irina.call("POST", mailing, { postedOn: "2026-03-03" })).status).toBe(403);
    const posted = await clerk.call("POST", mailing, { postedOn: "2026-03-03" });
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ recorded: true });
    expect((await clerk.call("POST", mailing, { postedOn: "2026-03-03" })).body).toEqual({
      recorded: false,
    });
    const postal = (await hearingNotice("h-1")).deliveries.find((d) => d.channel === "postal");
    expect(postal).toMatchObject({ status: "delivered", postedOn: "2026-03-03" });

    // She moved after the mailing: the old mailing no longer supports an order in absentia.
    expect((await run(irina, { type: "ChangeAddress", address: SECOND_ADDRESS })).status).toBe(200);
    const moved = await run(judge, inAbsentia);
    expect(moved.status).toBe(422);
    expect(moved.body.detail).toBe(
      "The notice of hearing h-1 of 2026-04-01 was mailed to an earlier address; the respondent's address has changed since: there is no order in absentia.",
    );

    // A new hearing's notice goes to the new address; once posted, the order may be made.
    const [individual] = await addSessionOver(clerk, "eoir-san-diego", {
      day: "2026-05-04",
      start: "10:00",
      end: "12:00",
      kind: "individual",
      slotMinutes: 120,
    });
    expect(
      (await run(clerk, { type: "ScheduleHearing", hearingId: "h-2", slotId: individual?.id }))
        .status,
    ).toBe(200);
    await deliver();
    const second = await hearingNotice("h-2");
    expect(second.address).toBe(SECOND_ADDRESS);
    const post = await clerk.call("POST", `/api/cases/${caseId}/notices/${second.id}/mailings`, {
      postedOn: "2026-03-04",
    });
    expect(post.status).toBe(200);
    expect(
      (await run(judge, { type: "HoldHearing", hearingId: "h-2", respondentAppeared: false }))
        .status,
    ).toBe(200);
    const ordered = await run(judge, inAbsentia);
    expect(ordered.status).toBe(200);
    // The order's own notice follows.
    expect((await notices())[0]?.kind).toBe("ij-decision");
  });

  it("answers anyone not related to the case as for a case that does not exist", async () => {
    const yulia = await server.signIn("yulia@demo.haven.test");
    const attorney = await server.as("attorney");
    const hearing = await hearingNotice("h-1");
    for (const outsider of [yulia, attorney]) {
      expect((await outsider.call("GET", `/api/cases/${caseId}/notices`)).status).toBe(404);
      expect((await outsider.call("GET", hearing.pdf)).status).toBe(404);
    }
    expect((await clerk.call("GET", `/api/cases/${caseId}/notices`)).status).toBe(200);
    const missing = await irina.call(
      "GET",
      `/api/cases/${caseId}/notices/00000000-0000-4000-8000-000000000000.pdf`,
    );
    expect(missing.status).toBe(404);
    // 36 hex digits and dashes that are no UUID: refused by the schema, never sent to the database.
    const notUuid = await irina.call(
      "GET",
      `/api/cases/${caseId}/notices/--f-22-f23-b0e-c--0a8d-4-d04b--d0-a5.pdf`,
    );
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.errors[0].field).toBe("params.file");
  });

  it("makes no notice twice when the read models are rebuilt", async () => {
    const before = await server.services.db
      .selectFrom("notices")
      .select(({ fn }) => fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    const outbox = await server.services.db
      .selectFrom("outbox")
      .select(({ fn }) => fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    const { rebuildProjections } = await import("../cases/projections/rebuild.ts");
    await rebuildProjections(server.services);
    const after = await server.services.db
      .selectFrom("notices")
      .select(({ fn }) => fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    const outboxAfter = await server.services.db
      .selectFrom("outbox")
      .select(({ fn }) => fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    expect(Number(after.count)).toBe(Number(before.count));
    expect(Number(outboxAfter.count)).toBe(Number(outbox.count));
  });
});
