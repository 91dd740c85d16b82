import type { DecideContext } from "../core/decision.ts";
import type { PortId } from "./ports.ts";

/**
 * One dated change of policy, as published in the public policy log (design.md: "Policy is dated
 * data"). A change takes effect at `effectiveAt` and lasts until a later change of the same kind
 * (and, for per-country or per-nationality kinds, the same country) replaces it.
 */
export type PolicyChange =
  | (PolicyChangeBase & { kind: "title42"; inForce: boolean })
  | (PolicyChangeBase & {
      kind: "title42NationalityException";
      nationality: string;
      excepted: boolean;
    })
  | (PolicyChangeBase & { kind: "lawfulPathways"; inForce: boolean })
  | (PolicyChangeBase & { kind: "removalsToCountry"; country: string; paused: boolean })
  | (PolicyChangeBase & { kind: "portCapacity"; perPort: Record<PortId, number> })
  /** One port's places a day, from `from` (the appointment day) on: an administrator's change. */
  | (PolicyChangeBase & { kind: "portPlaces"; port: PortId; places: number; from: string });

interface PolicyChangeBase {
  id: string;
  /** ISO 8601 instant. */
  effectiveAt: string;
  citation: string;
  /** Public note for the policy log. */
  note: string;
}

/** What policy says at one instant: the engine takes this as input, never reads a log itself. */
export interface PolicySnapshot {
  at: string;
  title42: { inForce: boolean; exceptedNationalities: string[]; citation: string | null };
  lawfulPathways: { inForce: boolean; citation: string | null };
  /** ISO 3166-1 alpha-2 codes of countries to which removals are paused, sorted. */
  removalsPaused: { country: string; since: string; citation: string }[];
  /** Daily CBP One appointment capacity per port, or null before CBP One (2023-01-12). */
  portCapacity: { perPort: Record<PortId, number>; total: number } | null;
}

/**
 * What every decider of the pathway is given: the command's time, actor and the policy then, and
 * the policy at another instant from the same log (a removal is decided with the policy in force
 * at the flight's departure, not when it is recorded).
 */
export interface PolicyContext extends DecideContext<PolicySnapshot> {
  policyAt: (instant: string) => PolicySnapshot;
}
