import { compareInstants } from "../core/calendar.ts";
import { type PortId, portIds } from "./ports.ts";
import type { PolicyChange, PolicySnapshot } from "./types.ts";

function zeroPlaces(): Record<PortId, number> {
  return Object.fromEntries(portIds.map((port) => [port, 0])) as Record<PortId, number>;
}

/** The policy in force at `at` (ISO instant): the latest change of each kind at or before it. */
export function policyInForce(log: readonly PolicyChange[], at: string): PolicySnapshot {
  const snapshot: PolicySnapshot = {
    at,
    title42: { inForce: false, exceptedNationalities: [], citation: null },
    lawfulPathways: { inForce: false, citation: null },
    removalsPaused: [],
    portCapacity: null,
  };
  const excepted = new Map<string, boolean>();
  const paused = new Map<string, { paused: boolean; since: string; citation: string }>();
  const inEffect = log
    .filter((change) => compareInstants(change.effectiveAt, at) <= 0)
    .sort((a, b) => compareInstants(a.effectiveAt, b.effectiveAt));
  for (const change of inEffect) {
    switch (change.kind) {
      case "title42":
        snapshot.title42 = {
          ...snapshot.title42,
          inForce: change.inForce,
          citation: change.citation,
        };
        break;
      case "title42NationalityException":
        excepted.set(change.nationality, change.excepted);
        break;
      case "lawfulPathways":
        snapshot.lawfulPathways = { inForce: change.inForce, citation: change.citation };
        break;
      case "removalsToCountry":
        paused.set(change.country, {
          paused: change.paused,
          since: change.effectiveAt,
          citation: change.citation,
        });
        break;
      case "portCapacity": {
        const total = Object.values(change.perPort).reduce((sum, places) => sum + places, 0);
        snapshot.portCapacity = { perPort: { ...change.perPort }, total };
        break;
      }
      case "portPlaces": {
        const perPort = { ...(snapshot.portCapacity?.perPort ?? zeroPlaces()) };
        perPort[change.port] = change.places;
        const total = Object.values(perPort).reduce((sum, places) => sum + places, 0);
        snapshot.portCapacity = { perPort, total };
        break;
      }
    }
  }
  snapshot.title42.exceptedNationalities = snapshot.title42.inForce
    ? [...excepted]
        .filter(([, on]) => on)
        .map(([nationality]) => nationality)
        .sort()
    : [];
  snapshot.removalsPaused = [...paused]
    .filter(([, entry]) => entry.paused)
    .map(([country, entry]) => ({ country, since: entry.since, citation: entry.citation }))
    .sort((a, b) => a.country.localeCompare(b.country));
  return snapshot;
}

export function removalsPausedTo(snapshot: PolicySnapshot, country: string) {
  return snapshot.removalsPaused.find((entry) => entry.country === country) ?? null;
}
