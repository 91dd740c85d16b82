import { type Region, regions, regionValues } from "./state.ts";
import { transitions } from "./table/index.ts";
import type { Transition } from "./table/types.ts";

const initial: Record<Region, string> = {
  custody: "in_mexico",
  protection: "none",
  removal: "no_order",
};

export function stateId(region: Region, value: string): string {
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

/** A Mermaid stateDiagram-v2 of the process model, drawn from the same table the engine runs. */
export function diagram(): string {
  const lines = ["stateDiagram-v2", "  state Case {"];
  regions.forEach((region, index) => {
    if (index > 0) lines.push("    --");
    lines.push(`    state ${region} {`);
    for (const value of regionValues[region]) {
      lines.push(`      state "${value}" as ${stateId(region, value)}`);
    }
    lines.push(`      [*] --> ${stateId(region, initial[region])}`);
    for (const transition of transitions.filter((candidate) => candidate.region === region)) {
      for (const line of transitionLines(transition)) lines.push(`      ${line}`);
    }
    lines.push("    }");
  });
  lines.push("  }");
  return `${lines.join("\n")}\n`;
}
