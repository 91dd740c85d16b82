/** The eight southwest-border ports of entry that took CBP One appointments (CBP, 2023). */
export const portsOfEntry = [
  { id: "san_ysidro", name: "San Ysidro", state: "CA" },
  { id: "calexico", name: "Calexico", state: "CA" },
  { id: "nogales", name: "Nogales", state: "AZ" },
  { id: "el_paso", name: "El Paso", state: "TX" },
  { id: "eagle_pass", name: "Eagle Pass", state: "TX" },
  { id: "laredo", name: "Laredo", state: "TX" },
  { id: "hidalgo", name: "Hidalgo", state: "TX" },
  { id: "brownsville", name: "Brownsville", state: "TX" },
] as const;

export type PortId = (typeof portsOfEntry)[number]["id"];

export const portIds = portsOfEntry.map((port) => port.id) as [PortId, ...PortId[]];

export function isPortId(value: string): value is PortId {
  return (portIds as readonly string[]).includes(value);
}
