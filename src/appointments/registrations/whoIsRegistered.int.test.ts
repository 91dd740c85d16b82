import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEngine } from "../../testing/testDatabase.ts";
import {
  type Agent,
  type Answer,
  startTestServer,
  type TestServer,
} from "../../testing/testServer.ts";
import { newApplicant, OPEN_WINDOW_NOW, person, registration } from "../testing/kit.ts";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const REQUEST_ID = /\b[0-9a-f]{32}\b/g;

/** An answer as the registrant reads it, ids and the names they typed left out. */
function shape(answer: Answer, names: string[]) {
  let text = JSON.stringify(answer.body).replace(UUID, "<id>").replace(REQUEST_ID, "<request>");
  names.forEach((name, at) => {
    text = text.replaceAll(name, `<name ${at}>`);
  });
  return {
    status: answer.status,
    contentType: answer.headers.get("content-type"),
    retryAfter: answer.headers.get("retry-after"),
    body: JSON.parse(text),
  };
}

describe(`registration never tells who is registered (8 CFR 208.6) (${testEngine})`, () => {
  let server: TestServer;
  let officer: Agent;
  beforeAll(async () => {
    server = await startTestServer(() => new Date(OPEN_WINDOW_NOW));
    officer = await server.as("cbp_officer");
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers a registration of someone registered exactly as one of a new person, and so do the registrant's reads; the officer sees the match", async () => {
    const first = await newApplicant(server);
    const original = await first.call(
      "POST",
      "/api/registrations",
      registration(person("Aleksei", "Smirnov", "1985-04-09"), [
        person("Iuliia", "Smirnova", "1987-09-03"),
      ]),
    );
    expect(original.status).toBe(201);

    /** A registration by a new account of `principal` with a member nobody registered. */
    const members = ["Anton", "Gleb", "Roman", "Denis", "Artur", "Timur"];
    const registerAs = async (principal: ReturnType<typeof person>) => {
      const at = members.length;
      const member = members.pop() as string;
      const agent = await newApplicant(server);
      const body = registration(principal, [person(member, "Novak", `2012-06-1${at}`)]);
      const answer = await agent.call("POST", "/api/registrations", body);
      const mine = await agent.call("GET", "/api/registrations/mine");
      const names = [`${principal.givenName} ${principal.familyName}`, `${member} Novak`];
      return { agent, answer, mine, names };
    };
    const stranger = await registerAs(person("Boris", "Levin", "1972-11-23"));
    const expected = {
      answer: shape(stranger.answer, stranger.names),
      mine: shape(stranger.mine, stranger.names),
    };
    expect(expected.answer.status).toBe(201);
    expect(expected.mine.body.registrations[0].requests).toHaveLength(1);

    const variants = {
      "the same spelling": person("Aleksei", "Smirnov", "1985-04-09"),
      "another transliteration": person("Alexey", "Smirnoff", "1985-04-09"),
      "another transliteration of both names": person("Aleksey", "Smirnov", "1985-04-09"),
      "day and month swapped": person("Aleksei", "Smirnov", "1985-09-04"),
      "the names the other way round": person("Smirnov", "Aleksei", "1985-04-09"),
    };
    const held: Record<string, string> = {};
    let claims = 0;
    for (const [what, principal] of Object.entries(variants)) {
      const variant = await registerAs(principal);
      expect(shape(variant.answer, variant.names), what).toEqual(expected.answer);
      expect(shape(variant.mine, variant.names), what).toEqual(expected.mine);
      held[what] = variant.answer.body.id;
      if (claims >= 3) continue;
      claims += 1;
      // A claim is answered the same whether or not anyone matches, too.
      const statement = { statement: "Nobody else should have my name." };
      const claim = await variant.agent.call(
        "POST",
        `/api/registrations/${variant.answer.body.id}/claims`,
        statement,
      );
      const strangerClaim = await stranger.agent.call(
        "POST",
        `/api/registrations/${stranger.answer.body.id}/claims`,
        statement,
      );
      expect(claim.status).toBe(202);
      expect(shape(claim, []), what).toEqual(shape(strangerClaim, []));
      // And the registrant's reads after a claim are still those of a registration like any other.
      const mine = await variant.agent.call("GET", "/api/registrations/mine");
      expect(shape(mine, variant.names), what).toEqual(expected.mine);
    }

    // The public record of the window lists their requests as it lists anyone's: all in the draw.
    const requests = await server.services.db
      .selectFrom("appointment_requests")
      .select("registration_id")
      .where("registration_id", "in", Object.values(held))
      .execute();
    expect(requests).toHaveLength(Object.keys(variants).length);

    // The officer sees each beside Aleksei Smirnov's registration, with why.
    const list = await officer.call("GET", "/api/registrations/held?limit=100");
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    const codes: Record<string, string> = {
      "the same spelling": "identity.duplicate.same-name",
      "another transliteration": "identity.review.name-close",
      "another transliteration of both names": "identity.duplicate.same-name",
      "day and month swapped": "identity.review.date-transposed",
      "the names the other way round": "identity.review.names-swapped",
    };
    for (const [what, id] of Object.entries(held)) {
      const item = list.body.registrations.find((r: { id: string }) => r.id === id);
      expect(item, what).toBeDefined();
      expect(item.people[0].matches, what).toContainEqual(
        expect.objectContaining({
          registrationId: original.body.id,
          registrationStatus: "active",
          givenName: "Aleksei",
          familyName: "Smirnov",
          code: codes[what],
        }),
      );
      expect(item.people[1].matches, what).toEqual([]);
    }
    const ids = list.body.registrations.map((r: { id: string }) => r.id);
    expect(ids).not.toContain(original.body.id);
    // The stranger's claim put his registration before the officer, with no match and the claim.
    const claimed = list.body.registrations.find(
      (r: { id: string }) => r.id === stranger.answer.body.id,
    );
    expect(claimed.claims[0]).toMatchObject({ statement: "Nobody else should have my name." });
    expect(claimed.people[0].matches).toEqual([]);
  });

  it("keeps the claim's words and the names out of the audit log and the server's log", async () => {
    const applicant = await newApplicant(server);
    const created = await applicant.call(
      "POST",
      "/api/registrations",
      registration(person("Zinaida", "Kharitonova", "1961-03-08")),
    );
    const statement = "A man at the shelter took my papers and registered me: Zinaida";
    const claim = await applicant.call("POST", `/api/registrations/${created.body.id}/claims`, {
      statement,
    });
    expect(claim.status).toBe(202);
    expect(claim.body).toEqual({
      status: "recorded",
      message: "Your claim has been recorded; an officer will review it.",
    });
    const audit = await server.services.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("subject_id", "=", created.body.id)
      .execute();
    expect(audit.map((row) => row.action).sort()).toEqual([
      "registration.claim",
      "registration.create",
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Zinaida|Kharitonova|shelter/);
    expect(server.logLines.join("\n")).not.toMatch(/Zinaida|Kharitonova|shelter/);
  });

  it("names the field of a bad claim and changes nothing; another account's registration is 404", async () => {
    const applicant = await newApplicant(server);
    const created = await applicant.call(
      "POST",
      "/api/registrations",
      registration(person("Ruslan", "Gareev", "1983-10-14")),
    );
    const url = `/api/registrations/${created.body.id}/claims`;
    for (const statement of ["   ", "a\u0000b", "bell \u0007", "x".repeat(2001)]) {
      const bad = await applicant.call("POST", url, { statement });
      expect(bad.status, JSON.stringify(statement)).toBe(400);
      expect(bad.body.errors[0].field).toBe("body.statement");
    }
    const extra = await applicant.call("POST", url, { statement: "Mine.", fee: 5 });
    expect(extra.status).toBe(400);
    const other = await newApplicant(server);
    expect((await other.call("POST", url, { statement: "Not mine." })).status).toBe(404);
    const claims = await server.services.db
      .selectFrom("registration_claims")
      .select("id")
      .where("registration_id", "=", created.body.id)
      .execute();
    expect(claims).toEqual([]);
  });
});
