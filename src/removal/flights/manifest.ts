import { CASE_MISSING } from "../../cases/caseMissing.ts";
/**
 * Putting people on a flight's manifest, recording what became of each at boarding, and
 * cancelling a flight. Each is one unit of work: the flight's row is locked first (writes to one
 * flight go one at a time), then the case, then its manifest rows; the case command runs through
 * the command pipeline (runCommandIn) with the flight's own destination and departure, and the
 * manifest row is written in the same transaction, under the audit action the route declares.
 */
import { runCommandIn } from "../../cases/runCommand.ts";
import { type Refusal, refusal } from "../../core/refusal.ts";
import { lockCase } from "../../platform/caseLog/store.ts";
import type { Failure } from "../../platform/http/problem.ts";
import type { Services } from "../../platform/services.ts";
import { inTransaction, type UnitOfWork, type Write } from "../../platform/work.ts";
import { recordedPolicyTimeline } from "../../policy/context.ts";
import { removalBlocker } from "../guard.ts";
import { removalGuardRules } from "../rules.ts";
import type { RemovalView } from "../state.ts";
import type { ManifestStatus } from "../tables.ts";
import { FLIGHT_MISSING } from "./flights.ts";
import type { BoardingOutcome } from "./schemas.ts";
import { lockFlight, lockManifestRow, setFlightStatus, writeManifestRow } from "./store.ts";

export type ManifestOutcome = { ok: true; status: ManifestStatus; caseId: string } | Failure;

function notScheduled(status: string): Failure {
  return {
    ok: false,
    kind: "conflict",
    code: `flight-${status}`,
    detail:
      status === "cancelled"
        ? "The flight was cancelled: nobody can be put on it."
        : "The flight has departed: nobody can be put on it any more.",
  };
}

/** A refusal of the due-process guard (removal/rules.ts): it blocks, it does not fail the write. */
function isGuardRefusal(refused: Refusal): boolean {
  return Object.hasOwn(removalGuardRules, refused.rule);
}

const REOPENED: readonly ManifestStatus[] = ["blocked", "taken_off", "cancelled"];

type Flight = NonNullable<Awaited<ReturnType<typeof lockFlight>>>;

function flightData(flight: Flight) {
  return {
    flightId: flight.id,
    destination: flight.destination,
    departsAt: flight.departs_at.toISOString(),
  };
}

function isOnFlight(state: RemovalView, flightId: string): boolean {
  return state.removal === "scheduled" && state.removalPlan?.flightId === flightId;
}

/**
 * Puts the person on the flight: their removal is scheduled on it (or moved onto it from another
 * flight, which then shows them taken off). When the guard bars removing them at the flight's
 * departure, they are on the manifest as blocked, with the refusal's rule, citation and reason,
 * and the case log is left as it was.
 */
export function addToManifest(
  services: Services,
  write: Write,
  request: { flightId: string; caseId: string; occurredAt?: string },
): Promise<ManifestOutcome> {
  return inTransaction(services, write, async (unit): Promise<ManifestOutcome> => {
    const flight = await lockFlight(unit.trx, request.flightId);
    if (!flight) return FLIGHT_MISSING;
    if (flight.status !== "scheduled") return notScheduled(flight.status);
    const stored = await lockCase(unit.trx, request.caseId);
    if (!stored) return CASE_MISSING;
    const existing = await lockManifestRow(unit.trx, flight.id, stored.id);
    // A person blocked, taken off or whose removal was called off may be put on it again.
    if (existing && !REOPENED.includes(existing.status)) {
      return {
        ok: false,
        kind: "conflict",
        code: "already-on-manifest",
        detail: `The person is on this flight's manifest already (${existing.status}).`,
      };
    }
    const state = stored.state as unknown as RemovalView;
    const movedFrom = state.removal === "scheduled" ? (state.removalPlan?.flightId ?? null) : null;
    const ran = await runCommandIn(unit, services, {
      caseId: stored.id,
      expectedVersion: stored.version,
      command: services.pathway.commandSchema.parse({
        type: movedFrom ? "RescheduleRemoval" : "ScheduleRemoval",
        ...flightData(flight),
      }),
      occurredAt: request.occurredAt,
    });
    const at = services.clock();
    if (!ran.ok) {
      if (ran.kind !== "refused" || !isGuardRefusal(ran.refusal)) return ran;
      const blocked = {
        rule: ran.refusal.rule,
        citation: ran.refusal.citation,
        reason: ran.refusal.message,
      };
      await writeManifestRow(unit.trx, {
        flightId: flight.id,
        caseId: stored.id,
        status: "blocked",
        blocked,
        at,
      });
      auditManifest(unit, flight.id, stored.id, "blocked", { rule: blocked.rule });
      return { ok: true, status: "blocked", caseId: stored.id };
    }
    if (movedFrom) {
      await unit.trx
        .updateTable("removal_manifest")
        .set({
          status: "taken_off",
          blocked_rule: null,
          blocked_citation: null,
          blocked_reason: null,
          updated_at: at,
        })
        .where("flight_id", "=", movedFrom)
        .where("case_id", "=", stored.id)
        .execute();
    }
    await writeManifestRow(unit.trx, {
      flightId: flight.id,
      caseId: stored.id,
      status: "on_manifest",
      at,
    });
    auditManifest(unit, flight.id, stored.id, "on_manifest", movedFrom ? { movedFrom } : {});
    return { ok: true, status: "on_manifest", caseId: stored.id };
  });
}

function auditManifest(
  unit: UnitOfWork,
  flightId: string,
  caseId: string,
  status: ManifestStatus,
  details: Record<string, unknown> = {},
): void {
  unit.audit({
    type: "removal_flight",
    id: flightId,
    details: { case: caseId, status, ...details },
  });
}

const FINAL: readonly ManifestStatus[] = [
  "removed",
  "refused_to_board",
  "medical",
  "cancelled",
  "taken_off",
];

/**
 * What became of a person at boarding. Removed runs the guard again at the flight's departure
 * (a stay, a pause of removals or a case back in court since they were put on it refuses it);
 * refused to board and medical send them back to detention (INA 243(a)); cancelled calls their
 * removal off. A blocked person cannot board: only taken off. Of two officers recording the same
 * person at once, the second finds the outcome recorded (409).
 */
export function recordOutcome(
  services: Services,
  write: Write,
  request: {
    flightId: string;
    caseId: string;
    outcome: BoardingOutcome;
    reason?: string;
    detail?: string | null;
    occurredAt?: string;
  },
): Promise<ManifestOutcome> {
  return inTransaction(services, write, async (unit): Promise<ManifestOutcome> => {
    const flight = await lockFlight(unit.trx, request.flightId);
    if (!flight) return FLIGHT_MISSING;
    if (flight.status === "cancelled") return notScheduled("cancelled");
    const stored = await lockCase(unit.trx, request.caseId);
    const row = stored ? await lockManifestRow(unit.trx, flight.id, stored.id) : undefined;
    if (!stored || !row) {
      return {
        ok: false,
        kind: "missing",
        code: "not-on-manifest",
        detail: "The person is not on this flight's manifest.",
      };
    }
    if (FINAL.includes(row.status)) {
      return {
        ok: false,
        kind: "conflict",
        code: "outcome-recorded",
        detail: `What became of the person on this flight is on record already (${row.status}).`,
      };
    }
    const at = services.clock();
    const state = stored.state as unknown as RemovalView;
    if (row.status === "blocked" || !isOnFlight(state, flight.id)) {
      if (request.outcome === "cancelled") {
        await writeManifestRow(unit.trx, {
          flightId: flight.id,
          caseId: stored.id,
          status: "taken_off",
          at,
        });
        auditManifest(unit, flight.id, stored.id, "taken_off");
        return { ok: true, status: "taken_off", caseId: stored.id };
      }
      return {
        ok: false,
        kind: "refused",
        refusal: await whyNotBoarding(unit, row, state, flight),
      };
    }
    const command =
      request.outcome === "removed"
        ? { type: "ExecuteRemoval" }
        : request.outcome === "cancelled"
          ? { type: "CancelRemoval", reason: request.reason ?? "" }
          : {
              type: "RecordFailedRemovalAttempt",
              reason: request.outcome,
              detail: request.detail ?? null,
            };
    const ran = await runCommandIn(unit, services, {
      caseId: stored.id,
      expectedVersion: stored.version,
      command: services.pathway.commandSchema.parse(command),
      occurredAt: request.occurredAt,
    });
    if (!ran.ok) return ran;
    await writeManifestRow(unit.trx, {
      flightId: flight.id,
      caseId: stored.id,
      status: request.outcome,
      at,
    });
    // Somebody boarded, or tried to: the flight has left.
    if (request.outcome !== "cancelled") await setFlightStatus(unit.trx, flight.id, "departed");
    auditManifest(unit, flight.id, stored.id, request.outcome);
    return { ok: true, status: request.outcome, caseId: stored.id };
  });
}

/** Why a person who is not scheduled on the flight cannot board it: the guard's reason first. */
async function whyNotBoarding(
  unit: UnitOfWork,
  row: {
    blocked_rule: string | null;
    blocked_citation: string | null;
    blocked_reason: string | null;
  },
  state: RemovalView,
  flight: Flight,
): Promise<Refusal> {
  if (row.blocked_rule) {
    return refusal(row.blocked_rule, row.blocked_citation ?? "", row.blocked_reason ?? "");
  }
  const policyAt = await recordedPolicyTimeline(unit.trx);
  const blocked = removalBlocker(
    state,
    flight.destination,
    policyAt(flight.departs_at.toISOString()),
  );
  return (
    blocked ??
    refusal(
      "removal.flight.not-scheduled-on-flight",
      "INA 241(a)(1)",
      `The person's removal is not scheduled on this flight (removal: ${state.removal}): take them off the manifest.`,
    )
  );
}

/**
 * Cancels a flight that has not left: every person on it has their removal called off with the
 * reason given (the order stays final, they stay in custody); the people blocked stay shown so.
 */
export function cancelFlight(
  services: Services,
  write: Write,
  request: { flightId: string; reason: string; occurredAt?: string },
): Promise<{ ok: true; cancelled: number } | Failure> {
  return inTransaction(services, write, async (unit) => {
    const flight = await lockFlight(unit.trx, request.flightId);
    if (!flight) return FLIGHT_MISSING;
    if (flight.status !== "scheduled") {
      return {
        ok: false as const,
        kind: "conflict" as const,
        code: `flight-${flight.status}`,
        detail: `The flight is ${flight.status}: only a flight still to depart can be cancelled.`,
      };
    }
    const onIt = await unit.trx
      .selectFrom("removal_manifest")
      .select("case_id")
      .where("flight_id", "=", flight.id)
      .where("status", "=", "on_manifest")
      .orderBy("case_id")
      .execute();
    const at = services.clock();
    for (const { case_id: caseId } of onIt) {
      const stored = await lockCase(unit.trx, caseId);
      if (!stored) continue;
      const state = stored.state as unknown as RemovalView;
      let status: ManifestStatus = "taken_off";
      if (isOnFlight(state, flight.id)) {
        const ran = await runCommandIn(unit, services, {
          caseId,
          expectedVersion: stored.version,
          command: services.pathway.commandSchema.parse({
            type: "CancelRemoval",
            reason: request.reason,
          }),
          occurredAt: request.occurredAt,
        });
        if (!ran.ok) return ran;
        status = "cancelled";
      }
      await writeManifestRow(unit.trx, { flightId: flight.id, caseId, status, at });
    }
    await setFlightStatus(unit.trx, flight.id, "cancelled");
    unit.audit({
      type: "removal_flight",
      id: flight.id,
      details: { status: "cancelled", people: onIt.length },
    });
    return { ok: true as const, cancelled: onIt.length };
  });
}
