import { randomBytes } from "node:crypto";
import type { Agent, TestServer } from "../../testing/testServer.ts";

/** A fixed instant inside a request window: 12:00 Central on 2026-11-24 (the window opens 11:00). */
export const OPEN_WINDOW_NOW = "2026-11-24T18:00:00Z";
export const WINDOW_DATE = "2026-11-24";

let counter = 0;

export const APPLICANT_PASSWORD = "correct horse battery staple 42";

/** A new applicant account, signed in (registered through the API like any applicant). */
export async function newApplicant(
  server: TestServer,
  language = "ru",
): Promise<Agent & { login: string }> {
  counter += 1;
  const agent = server.agent();
  await agent.session();
  const login = `applicant-${counter}-${randomBytes(4).toString("hex")}@test.haven`;
  const answer = await agent.call("POST", "/api/auth/register", {
    email: login,
    password: APPLICANT_PASSWORD,
    preferredLanguage: language,
  });
  if (answer.status !== 201) throw new Error(`register failed: ${JSON.stringify(answer.body)}`);
  return Object.assign(agent, { login });
}

/** Signs the applicant in again (after the test clock moved past the session's timeout). */
export async function signInAgain(agent: Agent & { login: string }): Promise<void> {
  agent.cookie = null;
  await agent.session();
  await agent.signIn(agent.login, APPLICANT_PASSWORD);
}

export function person(
  givenName: string,
  familyName: string,
  dateOfBirth: string,
  extra: Record<string, unknown> = {},
) {
  return { givenName, familyName, dateOfBirth, nationality: "RU", languages: ["ru"], ...extra };
}

export function registration(
  principal: ReturnType<typeof person>,
  members: ReturnType<typeof person>[] = [],
  extra: Record<string, unknown> = {},
) {
  return {
    principal,
    members,
    contact: {},
    language: "ru",
    preferredPorts: ["san_ysidro", "el_paso"],
    requestCurrentWindow: true,
    ...extra,
  };
}
