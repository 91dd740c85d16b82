/**
 * The demo's removal flights: ICE Air charters (invented numbers) that the stories put people
 * on — the man who refused to board at Alexandria, the younger brother removed, the man who
 * fainted as he was loaded onto the aircraft.
 */
export const demoFlights = {
  alexandria: {
    id: "de300000-0000-4000-8000-000000000106",
    kind: "charter",
    carrier: "ICE Air charter (demo)",
    flightNumber: "IA 2301",
    destination: "RU",
    departureAirport: "AEX",
    departsAt: "2023-01-12T13:00:00Z",
  },
  sanDiego: {
    id: "de300000-0000-4000-8000-000000000104",
    kind: "charter",
    carrier: "ICE Air charter (demo)",
    flightNumber: "IA 2304",
    destination: "RU",
    departureAirport: "SAN",
    departsAt: "2023-01-17T14:00:00Z",
  },
  imperial: {
    id: "de300000-0000-4000-8000-000000000107",
    kind: "charter",
    carrier: "ICE Air charter (demo)",
    flightNumber: "IA 2309",
    destination: "RU",
    departureAirport: "IPL",
    departsAt: "2023-02-08T12:00:00Z",
  },
} as const;

export type DemoFlight = (typeof demoFlights)[keyof typeof demoFlights];

/** The command that puts a person on a demo flight, with the flight's own data. */
export function onFlight(flight: DemoFlight) {
  return {
    type: "ScheduleRemoval" as const,
    flightId: flight.id,
    destination: flight.destination,
    departsAt: flight.departsAt,
  };
}
