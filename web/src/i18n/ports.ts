import { portsOfEntry } from "../../../src/policy/ports.ts";

/** "san_ysidro" → "San Ysidro, CA"; an id this version does not know shows as it is. */
export function portName(id: string): string {
  const port = portsOfEntry.find((entry) => entry.id === id);
  return port ? `${port.name}, ${port.state}` : id;
}
