import type { EventType } from "../events.ts";
import type { Region, RegionValue } from "../state.ts";

/** A condition on the event's data: `data[field] === equals`. */
export interface Condition {
  field: string;
  equals: string | boolean;
}

/**
 * One row of the process model: in `region`, `event` is allowed from each of `from` and leads to
 * `to` ("same": the region keeps its value; the event is allowed there and changes facts only).
 * An event with rows in a region is refused while that region is in none of their `from` values.
 */
export interface Transition<R extends Region = Region> {
  region: R;
  event: EventType;
  from: readonly RegionValue<R>[];
  to: RegionValue<R> | "same";
  when?: readonly Condition[];
  citation: string;
}

export function row<R extends Region>(
  region: R,
  event: EventType,
  from: readonly RegionValue<R>[],
  to: RegionValue<R> | "same",
  citation: string,
  when?: readonly Condition[],
): Transition<R> {
  return when ? { region, event, from, to, citation, when } : { region, event, from, to, citation };
}
