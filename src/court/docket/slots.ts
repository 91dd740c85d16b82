import { z } from "zod";
import { instantMs, zonedInstant } from "../../core/calendar.ts";
import type { Court } from "./courts.ts";

export const hearingKinds = ["master", "individual"] as const;
export type HearingKind = (typeof hearingKinds)[number];

/** A judge's sitting in a courtroom on one day, cut into slots of one kind of hearing. */
export interface CourtSession {
  id: string;
  court: string;
  judgeId: string;
  room: string;
  /** The court's day, YYYY-MM-DD. */
  day: string;
  /** Wall-clock times in the court's zone, "HH:MM". */
  start: string;
  end: string;
  kind: HearingKind;
  slotMinutes: number;
}

/** One hearing's place on the docket: a time with a judge in a room, free or booked. */
export const hearingSlotSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  court: z.string(),
  judgeId: z.string(),
  room: z.string(),
  kind: z.enum(hearingKinds),
  startsAt: z.string(),
  timeZone: z.string(),
});
export type HearingSlot = z.infer<typeof hearingSlotSchema>;

/**
 * A slot's id follows from its session's and its place in it, so the same session always has
 * the same slots (a rebuilt docket, the demo's stories): the session's uuid with its first
 * group replaced by the slot's index.
 */
export function slotIdOf(sessionId: string, index: number): string {
  return `${index.toString(16).padStart(8, "0")}${sessionId.slice(8)}`;
}

/** An instant as the case log writes them: to the second, in UTC (2023-06-07T16:00:00Z). */
export function instantOf(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The session's slots from its start, each `slotMinutes` long, all ending by its end. */
export function sessionSlots(session: CourtSession, court: Pick<Court, "timeZone">): HearingSlot[] {
  const from = instantMs(zonedInstant(session.day, session.start, court.timeZone));
  const until = instantMs(zonedInstant(session.day, session.end, court.timeZone));
  const length = session.slotMinutes * 60_000;
  const slots: HearingSlot[] = [];
  for (let at = from, index = 0; at + length <= until; at += length, index += 1) {
    slots.push({
      id: slotIdOf(session.id, index),
      sessionId: session.id,
      court: session.court,
      judgeId: session.judgeId,
      room: session.room,
      kind: session.kind,
      startsAt: instantOf(at),
      timeZone: court.timeZone,
    });
  }
  return slots;
}

/** What is wrong with a session for its court, naming the field, or null. */
export function sessionProblem(
  session: Omit<CourtSession, "id" | "court">,
  court: Court,
): { field: string; message: string } | null {
  if (!court.judges.some((judge) => judge.id === session.judgeId)) {
    return { field: "judgeId", message: `is not a judge of ${court.name}` };
  }
  if (!court.rooms.includes(session.room)) {
    return { field: "room", message: `is not a courtroom of ${court.name}` };
  }
  if (session.end <= session.start) return { field: "end", message: "must be after the start" };
  const minutes = (time: string) => {
    const [hours = 0, mins = 0] = time.split(":").map(Number);
    return hours * 60 + mins;
  };
  if (minutes(session.end) - minutes(session.start) < session.slotMinutes) {
    return {
      field: "slotMinutes",
      message: "must fit at least once between the start and the end",
    };
  }
  return null;
}
