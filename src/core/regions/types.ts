/** A condition on an event's data: `data[field] === equals`. */
export interface Condition {
  field: string;
  equals: string | boolean;
}

/**
 * One row of the process model: in `region`, `event` is allowed from each of `from` and leads to
 * `to` ("same": the region keeps its value; the event is allowed there and changes facts only).
 * An event with rows in a region is refused while that region is in none of their `from` values.
 */
export interface Transition<Value extends string = string> {
  region: string;
  event: string;
  from: readonly Value[];
  to: Value | "same";
  when?: readonly Condition[];
  citation: string;
}

/**
 * A region of the process model, owned by the area whose facts it is: its values and its rows.
 * The region's first value is the one the owning area's facts start with.
 */
export interface Region<State = unknown> {
  name: string;
  values: readonly string[];
  transitions: readonly Transition[];
  /** How the region reads in lists when that is not its value (e.g. "stayed"). */
  summarize?: (state: State) => string;
}

/** The row maker of one region, typed by its values: `const row = rowsOf<CustodyValue>("custody")`. */
export function rowsOf<Value extends string>(region: string) {
  return (
    event: string,
    from: readonly Value[],
    to: Value | "same",
    citation: string,
    when?: readonly Condition[],
  ): Transition<Value> =>
    when ? { region, event, from, to, citation, when } : { region, event, from, to, citation };
}

export function matches(
  conditions: readonly Condition[] | undefined,
  data: Record<string, unknown>,
): boolean {
  return conditions === undefined || conditions.every((c) => data[c.field] === c.equals);
}
