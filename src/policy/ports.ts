/**
 * The eight southwest-border ports of entry that took CBP One appointments (CBP, 2023), with the
 * time zone of each: an appointment's date and time are the port's local ones.
 */
export const portsOfEntry = [
  { id: "san_ysidro", name: "San Ysidro", state: "CA", timeZone: "America/Los_Angeles" },
  { id: "calexico", name: "Calexico", state: "CA", timeZone: "America/Los_Angeles" },
  // Arizona keeps standard time all year.
  { id: "nogales", name: "Nogales", state: "AZ", timeZone: "America/Phoenix" },
  { id: "el_paso", name: "El Paso", state: "TX", timeZone: "America/Denver" },
  { id: "eagle_pass", name: "Eagle Pass", state: "TX", timeZone: "America/Chicago" },
  { id: "laredo", name: "Laredo", state: "TX", timeZone: "America/Chicago" },
  { id: "hidalgo", name: "Hidalgo", state: "TX", timeZone: "America/Chicago" },
  { id: "brownsville", name: "Brownsville", state: "TX", timeZone: "America/Chicago" },
] as const;

export type PortId = (typeof portsOfEntry)[number]["id"];

export const portIds = portsOfEntry.map((port) => port.id) as [PortId, ...PortId[]];

export function isPortId(value: string): value is PortId {
  return (portIds as readonly string[]).includes(value);
}
