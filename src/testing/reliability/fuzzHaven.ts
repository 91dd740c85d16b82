import { courts } from "../../court/docket/courts.ts";
import { seedDemo } from "../../demo/seed.ts";
import { roles } from "../../platform/auth/roles.ts";
import { startTestServer } from "../testServer.ts";
import { type FuzzFigures, fuzzRoutes, type OpenApi, type Sender } from "./fuzz.ts";

/**
 * The fuzz run over a Haven of its own (demo data seeded, so ids of real cases, flights and
 * notices are at hand), sent by a browser without a session and one signed in in every role.
 */
export async function fuzzHaven(requests: number, seed: number): Promise<FuzzFigures> {
  const server = await startTestServer();
  try {
    await seedDemo(server.services);
    const senders: Sender[] = [{ role: "anonymous", agent: server.agent() }];
    for (const role of roles) senders.push({ role, agent: await server.as(role) });
    await senders[0]?.agent.session();
    const document = (await server.agent().call("GET", "/api/openapi.json")).body as OpenApi;
    const db = server.services.db;
    const caseIds = (await db.selectFrom("cases").select("id").limit(50).execute()).map(
      (r) => r.id,
    );
    const notices = await db.selectFrom("notices").select(["id"]).limit(20).execute();
    const known = {
      id: caseIds,
      caseId: caseIds,
      noticeId: notices.map((n) => n.id),
      court: courts.map((court) => court.id),
      port: ["san_ysidro", "otay_mesa", "calexico", "nogales", "el_paso", "hidalgo"],
    };
    return await fuzzRoutes({
      baseUrl: server.baseUrl,
      document,
      senders,
      anonymous: async () => {
        const agent = server.agent();
        await agent.session();
        return agent;
      },
      known,
      requests,
      seed,
    });
  } finally {
    await server.close();
  }
}
