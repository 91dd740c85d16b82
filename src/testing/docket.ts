import { expect } from "vitest";
import type { NewSession } from "../court/docket/schemas.ts";
import type { Agent } from "../platform/testing/agent.ts";

/** A clerk's new session on a court's docket over HTTP: its slots' ids and times, in order. */
export async function addSessionOver(
  clerk: Agent,
  court: string,
  session: Partial<NewSession> & Pick<NewSession, "day" | "start" | "end">,
): Promise<{ id: string; startsAt: string }[]> {
  const created = await clerk.call("POST", `/api/courts/${court}/sessions`, {
    judgeId: `ij-${court.replace(/^eoir-/, "")}-1`,
    room: "1",
    kind: "master",
    slotMinutes: 15,
    ...session,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.slots;
}
