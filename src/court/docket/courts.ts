/**
 * The immigration courts Haven schedules for, as reference data: each court's time zone (a
 * hearing's time is the court's wall clock, and a notice names it so), its courtrooms and its
 * judges. Judges' names here are placeholders for the court's own roster.
 */
export interface Court {
  id: string;
  name: string;
  /** IANA time zone of the court's wall clock. */
  timeZone: string;
  rooms: readonly string[];
  judges: readonly { id: string; name: string }[];
}

const judges = (court: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `ij-${court}-${index + 1}`,
    name: `Immigration Judge ${index + 1}, ${court
      .split("-")
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(" ")}`,
  }));

const rooms = (count: number) => Array.from({ length: count }, (_, index) => `${index + 1}`);

export const courts: readonly Court[] = [
  {
    id: "eoir-san-diego",
    name: "San Diego Immigration Court",
    timeZone: "America/Los_Angeles",
    rooms: rooms(4),
    judges: judges("san-diego", 4),
  },
  {
    id: "eoir-otay-mesa",
    name: "Otay Mesa Immigration Court",
    timeZone: "America/Los_Angeles",
    rooms: rooms(3),
    judges: judges("otay-mesa", 3),
  },
  {
    id: "eoir-imperial",
    name: "Imperial Immigration Court",
    timeZone: "America/Los_Angeles",
    rooms: rooms(3),
    judges: judges("imperial", 3),
  },
  {
    id: "eoir-los-angeles",
    name: "Los Angeles Immigration Court",
    timeZone: "America/Los_Angeles",
    rooms: rooms(6),
    judges: judges("los-angeles", 6),
  },
  {
    id: "eoir-san-francisco",
    name: "San Francisco Immigration Court",
    timeZone: "America/Los_Angeles",
    rooms: rooms(4),
    judges: judges("san-francisco", 4),
  },
  {
    id: "eoir-el-paso",
    name: "El Paso Immigration Court",
    timeZone: "America/Denver",
    rooms: rooms(3),
    judges: judges("el-paso", 3),
  },
  {
    id: "eoir-new-orleans",
    name: "New Orleans Immigration Court",
    timeZone: "America/Chicago",
    rooms: rooms(3),
    judges: judges("new-orleans", 3),
  },
  {
    id: "eoir-york",
    name: "York Immigration Court",
    timeZone: "America/New_York",
    rooms: rooms(3),
    judges: judges("york", 3),
  },
];

export function findCourt(id: string): Court | null {
  return courts.find((court) => court.id === id) ?? null;
}
