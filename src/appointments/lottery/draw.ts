/**
 * The daily draw (docs/lottery.md, "The draw"): a share of each port's places first among the
 * longest-waiting, then the rest among everyone left, each phase a partial Fisher–Yates shuffle of
 * the requests in id order driven by its own random stream. Groups are never split.
 */
import { isHex32, isPrintableName } from "./encoding.ts";
import { checkIds } from "./ids.ts";
import { CanonicalOrder } from "./order.ts";
import { SeedStream } from "./prng.ts";
import {
  type AllocationEntry,
  type DrawInput,
  type DrawPhase,
  LotteryInputError,
  type LotteryParameters,
  type LotteryRequest,
  type PortCapacity,
} from "./types.ts";

export const maxGroupSize = 20;
export const streamLabels = { "longest-waiting": "longest-waiting", general: "general" } as const;

function isCount(value: unknown, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
}

export function checkParameters(parameters: LotteryParameters): void {
  if (!isCount(parameters.longestWaitingSharePercent, 100)) {
    throw new LotteryInputError("longestWaitingSharePercent must be an integer from 0 to 100");
  }
  if (!isCount(parameters.waitingThresholdDays)) {
    throw new LotteryInputError("waitingThresholdDays must be a whole number of days");
  }
}

function portIndex(capacities: readonly PortCapacity[]): Map<string, number> {
  const index = new Map<string, number>();
  if (capacities.length > 255) throw new LotteryInputError("at most 255 ports");
  capacities.forEach((capacity, at) => {
    if (!isPrintableName(capacity.port)) throw new LotteryInputError("bad port name");
    if (index.has(capacity.port)) throw new LotteryInputError(`port ${capacity.port} listed twice`);
    if (!isCount(capacity.places)) throw new LotteryInputError(`bad places at ${capacity.port}`);
    index.set(capacity.port, at);
  });
  return index;
}

function checkRequest(request: LotteryRequest): void {
  const { id, groupSize, waitingDays, preferredPorts } = request;
  if (!isCount(groupSize, maxGroupSize) || groupSize < 1) {
    throw new LotteryInputError(`request ${id}: groupSize must be 1 to ${maxGroupSize}`);
  }
  if (!isCount(waitingDays)) throw new LotteryInputError(`request ${id}: bad waitingDays`);
  if (!Array.isArray(preferredPorts)) throw new LotteryInputError(`request ${id}: bad ports`);
}

/** The state one draw works on: requests as flat arrays, budgets and places used per port. */
interface Board {
  ids: string[];
  size: Uint8Array;
  /** Known preferred ports of request r: prefs[r * ports + k] for k < prefCount[r]. */
  prefs: Uint8Array;
  prefCount: Uint8Array;
  ports: number;
  portNames: string[];
  used: Int32Array;
  allocated: Uint8Array;
  entries: AllocationEntry[];
}

function board(input: DrawInput): Board {
  const index = portIndex(input.capacities);
  const ports = input.capacities.length;
  const n = input.requests.length;
  const ids = new Array<string>(n);
  const size = new Uint8Array(n);
  const prefs = new Uint8Array(n * ports);
  const prefCount = new Uint8Array(n);
  checkIds(input.requests.map((request) => request.id));
  for (let r = 0; r < n; r += 1) {
    const request = input.requests[r]!;
    checkRequest(request);
    ids[r] = request.id;
    size[r] = request.groupSize;
    let count = 0;
    for (const port of request.preferredPorts) {
      const at = index.get(port);
      if (at === undefined || count === ports) continue;
      let repeated = false;
      for (let k = 0; k < count; k += 1) if (prefs[r * ports + k] === at) repeated = true;
      if (!repeated) prefs[r * ports + count++] = at;
    }
    prefCount[r] = count;
  }
  return {
    ids,
    size,
    prefs,
    prefCount,
    ports,
    portNames: input.capacities.map((capacity) => capacity.port),
    used: new Int32Array(ports),
    allocated: new Uint8Array(n),
    entries: [],
  };
}

/**
 * One phase: shuffle `members` (in id order) with a partial Fisher–Yates from `stream`; each
 * drawn request takes its first preferred port whose budget holds the whole group, or is passed
 * over. Stopping once nothing left can fit gives the same result as drawing the list to its end.
 */
function runPhase(
  b: Board,
  members: Uint32Array,
  budget: Int32Array,
  stream: SeedStream,
  phase: DrawPhase,
): void {
  const width = maxGroupSize + 1;
  const fits = new Int32Array(b.ports * width);
  for (const r of members) {
    if (b.allocated[r]) continue;
    for (let k = 0; k < b.prefCount[r]!; k += 1)
      fits[b.prefs[r * b.ports + k]! * width + b.size[r]!]! += 1;
  }
  const anyFits = (): boolean => {
    for (let p = 0; p < b.ports; p += 1) {
      const room = Math.min(budget[p]!, maxGroupSize);
      for (let g = 1; g <= room; g += 1) if (fits[p * width + g]! > 0) return true;
    }
    return false;
  };
  const order = new CanonicalOrder(b.ids, members);
  const displaced = new Map<number, number>();
  const valueAt = (pos: number): number => displaced.get(pos) ?? order.at(pos);
  let m = members.length;
  while (m > 0 && anyFits()) {
    const j = stream.below(m);
    const r = valueAt(j);
    const last = m - 1;
    if (j !== last) displaced.set(j, valueAt(last));
    displaced.delete(last);
    m = last;
    if (b.allocated[r]) continue;
    const group = b.size[r]!;
    let port = -1;
    for (let k = 0; k < b.prefCount[r]!; k += 1) {
      const p = b.prefs[r * b.ports + k]!;
      fits[p * width + group]! -= 1;
      if (port < 0 && budget[p]! >= group) port = p;
    }
    if (port < 0) continue;
    b.entries.push({ requestId: b.ids[r]!, port: b.portNames[port]!, slot: b.used[port]!, phase });
    b.used[port]! += group;
    budget[port]! -= group;
    b.allocated[r] = 1;
  }
}

/**
 * Allocates the day's places. The same input gives the same allocation, whatever the order of
 * `requests` and `capacities`; entries are listed in the order they were drawn.
 */
export function draw(input: DrawInput): AllocationEntry[] {
  if (!isHex32(input.finalSeed)) throw new LotteryInputError("finalSeed must be 64 hex digits");
  checkParameters(input.parameters);
  const b = board(input);
  const { longestWaitingSharePercent: percent, waitingThresholdDays } = input.parameters;
  const places = input.capacities.map((capacity) => capacity.places);

  const waiting: number[] = [];
  input.requests.forEach((request, r) => {
    if (request.waitingDays >= waitingThresholdDays) waiting.push(r);
  });
  const quota = Int32Array.from(places, (count) => Math.floor((count * percent) / 100));
  const first = new SeedStream(input.finalSeed, streamLabels["longest-waiting"]);
  runPhase(b, Uint32Array.from(waiting), quota, first, "longest-waiting");

  const everyone = new Uint32Array(b.ids.length);
  for (let r = 0; r < everyone.length; r += 1) everyone[r] = r;
  const rest = Int32Array.from(places, (count, p) => count - b.used[p]!);
  runPhase(b, everyone, rest, new SeedStream(input.finalSeed, streamLabels.general), "general");
  return b.entries;
}
