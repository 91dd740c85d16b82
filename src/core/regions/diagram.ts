import type { Region, Transition } from "./types.ts";

export function stateId(region: string, value: string): string {
  return `${region}_${value}`;
}

/** The label of a transition: its event, and its condition on the event's data when it has one. */
export function transitionLabel(transition: Transition): string {
  const when = transition.when?.map((c) => `${c.field}=${String(c.equals)}`).join(", ");
  return when ? `${transition.event} [${when}]` : transition.event;
}

/** One line per (from, to) of a transition, as it appears in the diagram. */
export function transitionLines(transition: Transition): string[] {
  return transition.from.map((from) => {
    const to = transition.to === "same" ? from : transition.to;
    return `${stateId(transition.region, from)} --> ${stateId(transition.region, to)}: ${transitionLabel(transition)}`;
  });
}

/** A Mermaid stateDiagram-v2 of the regions, drawn from the same rows the engine runs. */
export function diagram(regions: readonly Region[], initial: Record<string, unknown>): string {
  const lines = ["stateDiagram-v2", "  state Case {"];
  regions.forEach((region, index) => {
    if (index > 0) lines.push("    --");
    lines.push(`    state ${region.name} {`);
    for (const value of region.values) {
      lines.push(`      state "${value}" as ${stateId(region.name, value)}`);
    }
    lines.push(`      [*] --> ${stateId(region.name, String(initial[region.name]))}`);
    for (const transition of region.transitions) {
      for (const line of transitionLines(transition)) lines.push(`      ${line}`);
    }
    lines.push("    }");
  });
  lines.push("  }");
  return `${lines.join("\n")}\n`;
}
