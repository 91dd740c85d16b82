/**
 * CPU time spent by the whole machine and by given processes, from Linux's /proc (null where
 * there is none). The surge divides it by the requests served, to show where each request's
 * work goes: the database, the server, the load generator. Clock ticks are 100 a second.
 */
import { readFileSync } from "node:fs";

const MICROSECONDS_PER_TICK = 10_000;

function read(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** Busy CPU time of the machine (user, nice, system, irq, softirq), in microseconds. */
function machineBusy(): number | null {
  const line = read("/proc/stat")?.split("\n")[0];
  if (!line) return null;
  const [user, nice, system, , , irq, softirq] = line.trim().split(/\s+/).slice(1).map(Number);
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0)) *
    MICROSECONDS_PER_TICK
  );
}

/** User and system CPU time of one process, in microseconds. */
function processBusy(pid: number | undefined): number | null {
  const stat = pid === undefined ? null : read(`/proc/${pid}/stat`);
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * MICROSECONDS_PER_TICK;
}

export interface CpuSnapshot {
  machine: number;
  processes: Record<string, number>;
}

export function cpuSnapshot(pids: Record<string, number | undefined>): CpuSnapshot | null {
  const machine = machineBusy();
  if (machine === null) return null;
  const processes: Record<string, number> = {};
  for (const [name, pid] of Object.entries(pids)) {
    const busy = processBusy(pid);
    if (busy === null) return null;
    processes[name] = busy;
  }
  return { machine, processes };
}

/**
 * Microseconds of CPU spent between two snapshots: by each named process, by the rest of the
 * machine (`database and the rest`: PostgreSQL's processes, the kernel's work for them, anything
 * else running), and in all (`total`). Added to `sum` when given (several rounds of one kind).
 */
export function cpuSpent(
  before: CpuSnapshot | null,
  after: CpuSnapshot | null,
  sum: Record<string, number> | null = {},
): Record<string, number> | null {
  if (!before || !after || !sum) return null;
  let named = 0;
  for (const [name, busy] of Object.entries(after.processes)) {
    const spent = busy - (before.processes[name] ?? busy);
    named += spent;
    sum[name] = (sum[name] ?? 0) + spent;
  }
  const total = after.machine - before.machine;
  sum["database and the rest"] = (sum["database and the rest"] ?? 0) + total - named;
  sum.total = (sum.total ?? 0) + total;
  return sum;
}

/** CPU microseconds per request, from what `cpuSpent` summed. */
export function perRequest(
  spent: Record<string, number> | null,
  requests: number,
): Record<string, number> | null {
  if (!spent || requests === 0) return null;
  return Object.fromEntries(
    Object.entries(spent).map(([name, value]) => [name, Math.round(value / requests)]),
  );
}
