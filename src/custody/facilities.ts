/**
 * ICE detention facilities, as data (like the ports of entry in policy/ports.ts): where ICE holds
 * people from the southwest border, and the facilities the demo stories transfer them to. Names,
 * street addresses and main telephone lines are as ice.gov's detention-facility pages publish
 * them; the capacity is the facility's rated number of beds, and the time zone is the one its
 * visiting hours are given in. The visiting information is the facility's own, in English: the web
 * translates its labels, never the facility's words.
 */
export interface DetentionFacility {
  id: string;
  name: string;
  /** USPS state code. */
  state: string;
  /** Rated beds. */
  capacity: number;
  /** IANA time zone of the facility. */
  timeZone: string;
  address: { street: string; city: string; state: string; postalCode: string };
  /** The facility's main line, as published. */
  phone: string;
  /** Visiting information, short, as the facility gives it (English). */
  visiting: string;
}

const ID_AND_PHOTO =
  "Visitors need a valid government-issued photo ID; visitors under 18 come with an adult.";

export const detentionFacilities = [
  {
    id: "otay-mesa-detention-center",
    name: "Otay Mesa Detention Center",
    state: "CA",
    capacity: 1994,
    timeZone: "America/Los_Angeles",
    address: {
      street: "7488 Calzada de la Fuente",
      city: "San Diego",
      state: "CA",
      postalCode: "92154",
    },
    phone: "(619) 661-9119",
    visiting: `Family and friends: video visits daily; in-person visits on Saturdays and Sundays by housing unit. Call the facility to confirm the schedule. ${ID_AND_PHOTO}`,
  },
  {
    id: "imperial-regional-detention-facility",
    name: "Imperial Regional Detention Facility",
    state: "CA",
    capacity: 704,
    timeZone: "America/Los_Angeles",
    address: { street: "1572 Gateway Road", city: "Calexico", state: "CA", postalCode: "92231" },
    phone: "(760) 768-6400",
    visiting: `Non-contact visits Wednesday to Sunday, 1 p.m. to 9 p.m.; check in at least 45 minutes before the visit. ${ID_AND_PHOTO}`,
  },
  {
    id: "adelanto-ice-processing-center",
    name: "Adelanto ICE Processing Center",
    state: "CA",
    capacity: 1940,
    timeZone: "America/Los_Angeles",
    address: { street: "10250 Rancho Road", city: "Adelanto", state: "CA", postalCode: "92301" },
    phone: "(760) 561-6100",
    visiting: `Visits on the days set for each housing unit; call the facility for the current schedule. ${ID_AND_PHOTO}`,
  },
  {
    id: "eloy-detention-center",
    name: "Eloy Detention Center",
    state: "AZ",
    capacity: 1596,
    // Arizona keeps standard time all year.
    timeZone: "America/Phoenix",
    address: { street: "1705 East Hanna Road", city: "Eloy", state: "AZ", postalCode: "85131" },
    phone: "(520) 464-3000",
    visiting: `Visits on weekends and federal holidays; call the facility for the hours of each housing unit. ${ID_AND_PHOTO}`,
  },
  {
    id: "el-paso-service-processing-center",
    name: "El Paso Service Processing Center",
    state: "TX",
    capacity: 840,
    timeZone: "America/Denver",
    address: { street: "8915 Montana Avenue", city: "El Paso", state: "TX", postalCode: "79925" },
    phone: "(915) 225-0885",
    visiting: `Visits on weekends and federal holidays; call the facility for the current hours. ${ID_AND_PHOTO}`,
  },
  {
    id: "south-texas-ice-processing-center",
    name: "South Texas ICE Processing Center",
    state: "TX",
    capacity: 1904,
    timeZone: "America/Chicago",
    address: { street: "566 Veterans Drive", city: "Pearsall", state: "TX", postalCode: "78061" },
    phone: "(830) 334-2939",
    visiting: `Visits on the days set for each housing unit; call the facility for the current schedule. ${ID_AND_PHOTO}`,
  },
  {
    id: "port-isabel-service-processing-center",
    name: "Port Isabel Service Processing Center",
    state: "TX",
    capacity: 1200,
    timeZone: "America/Chicago",
    address: {
      street: "27991 Buena Vista Boulevard",
      city: "Los Fresnos",
      state: "TX",
      postalCode: "78566",
    },
    phone: "(956) 547-1700",
    visiting: `Visits on weekends and federal holidays; call the facility for the current hours. ${ID_AND_PHOTO}`,
  },
  {
    id: "lasalle-ice-processing-center",
    name: "LaSalle ICE Processing Center",
    state: "LA",
    capacity: 1160,
    timeZone: "America/Chicago",
    address: { street: "830 Pinehill Road", city: "Jena", state: "LA", postalCode: "71342" },
    phone: "(318) 992-1600",
    visiting: `Visits on weekends and federal holidays; call the facility for the current hours. ${ID_AND_PHOTO}`,
  },
  {
    id: "krome-north-service-processing-center",
    name: "Krome North Service Processing Center",
    state: "FL",
    capacity: 611,
    timeZone: "America/New_York",
    address: { street: "18201 SW 12th Street", city: "Miami", state: "FL", postalCode: "33194" },
    phone: "(305) 207-2001",
    visiting: `Visits on the days set for each housing unit; call the facility for the current schedule. ${ID_AND_PHOTO}`,
  },
  {
    id: "moshannon-valley-processing-center",
    name: "Moshannon Valley Processing Center",
    state: "PA",
    capacity: 1876,
    timeZone: "America/New_York",
    address: { street: "555 GEO Drive", city: "Philipsburg", state: "PA", postalCode: "16866" },
    phone: "(814) 768-1200",
    visiting: `Visits by appointment; call the facility to schedule one. ${ID_AND_PHOTO}`,
  },
] as const satisfies readonly DetentionFacility[];

export type FacilityId = (typeof detentionFacilities)[number]["id"];

export const facilityIds = detentionFacilities.map((facility) => facility.id) as [
  FacilityId,
  ...FacilityId[],
];

export function isFacilityId(value: string): value is FacilityId {
  return (facilityIds as readonly string[]).includes(value);
}

/** The facility of an id; undefined for an id that is none of them (e.g. in an old log). */
export function facilityOf(id: string): DetentionFacility | undefined {
  return detentionFacilities.find((facility) => facility.id === id);
}
