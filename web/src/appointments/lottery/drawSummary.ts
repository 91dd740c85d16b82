import type { PublishedDraw } from "../lotteryApi.ts";

export interface PortCount {
  port: string;
  places: number;
  /** Places given: the sum of the sizes of the groups drawn at this port. */
  given: number;
  groups: number;
}

export interface DrawSummary {
  requests: number;
  people: number;
  places: number;
  groupsDrawn: number;
  peopleDrawn: number;
  ports: PortCount[];
}

/** The counts a reader wants from a published record, computed from it alone. */
export function summarizeDraw(draw: PublishedDraw): DrawSummary {
  const sizes = new Map(draw.requests.map((request) => [request.id, request.groupSize]));
  const ports = draw.capacities.map(({ port, places }) => ({ port, places, given: 0, groups: 0 }));
  const byPort = new Map(ports.map((count) => [count.port, count]));
  let peopleDrawn = 0;
  for (const entry of draw.allocation) {
    const size = sizes.get(entry.requestId) ?? 0;
    peopleDrawn += size;
    const count = byPort.get(entry.port);
    if (!count) continue;
    count.given += size;
    count.groups += 1;
  }
  return {
    requests: draw.requests.length,
    people: draw.requests.reduce((sum, request) => sum + request.groupSize, 0),
    places: ports.reduce((sum, count) => sum + count.places, 0),
    groupsDrawn: draw.allocation.length,
    peopleDrawn,
    ports,
  };
}
