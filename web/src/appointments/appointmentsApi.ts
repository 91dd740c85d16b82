/**
 * The appointments API (docs/api-appointments.md) as the web front end reads it, typed with the
 * server's own schemas.
 */
import type { CheckedInAnswer, PortDayAnswer } from "../../../src/appointments/checkIn/routes.ts";
import type { WindowAnswer } from "../../../src/appointments/draws/routes.ts";
import type {
  ClaimAnswer,
  ClaimBody,
  MyRegistrations,
  PersonBody,
  RegisteredAnswer,
  RegistrationBody,
} from "../../../src/appointments/registrations/schemas.ts";
import { getJson, postJson } from "../platform/http.ts";

/** A person as the API takes them; the native-script names are optional. */
export type PersonInput = PersonBody;

export type NewRegistration = RegistrationBody;

/** The current (or next) request window, its places and the lottery's commitments. */
export type RequestWindow = WindowAnswer;
export type WindowStatus = RequestWindow["status"];

/** Registered (201): the same answer whether or not the identity check found anyone close. */
export type Registered = RegisteredAnswer;
export type RegisteredPerson = RegisteredAnswer["people"][number];

export type Registration = MyRegistrations["registrations"][number];
export type RequestStatus = Registration["requests"][number]["status"];
export type Appointment = NonNullable<Registration["appointment"]>;
export type AppointmentStatus = Appointment["status"];
/** An officer's refusal of a registration, with the reason the applicant is told. */
export type RegistrationReview = NonNullable<Registration["review"]>;

/** A port's day: the port and date the API chose (the officer's own port, today, by default). */
export type PortDay = PortDayAnswer;
export type PortAppointment = PortDay["appointments"][number];

export type CheckedIn = CheckedInAnswer;

/** "Olena Kovalenko (Олена Коваленко)": the officer sees the names as written in both scripts. */
export function withNativeName(person: { displayName: string; nativeName: string | null }): string {
  return person.nativeName ? `${person.displayName} (${person.nativeName})` : person.displayName;
}

export function getWindow(signal?: AbortSignal): Promise<RequestWindow> {
  return getJson<RequestWindow>("/api/appointments/window", signal);
}

export function register(registration: NewRegistration): Promise<Registered> {
  return postJson<Registered>("/api/registrations", registration);
}

export async function myRegistrations(signal?: AbortSignal): Promise<Registration[]> {
  const body = await getJson<MyRegistrations>("/api/registrations/mine", signal);
  return body.registrations;
}

/** The longest claim the API takes. */
export const CLAIM_MAX_LENGTH = 2000;

/**
 * "Someone registered in my name": recorded for an officer. The answer is the same whether or not
 * anyone matches; a 429 means too many claims today.
 */
export function claimRegistration(registrationId: string, statement: string): Promise<ClaimAnswer> {
  const body: ClaimBody = { statement };
  const path = `/api/registrations/${encodeURIComponent(registrationId)}/claims`;
  return postJson<ClaimAnswer>(path, body);
}

/** The request's window (the route declares this answer inline, so it is written out here). */
export function requestPlace(registrationId: string): Promise<{ windowDate: string }> {
  const path = `/api/registrations/${encodeURIComponent(registrationId)}/requests`;
  return postJson<{ windowDate: string }>(path);
}

export function portAppointments(
  query: { port?: string; date?: string },
  signal?: AbortSignal,
): Promise<PortDay> {
  const params = new URLSearchParams();
  if (query.port) params.set("port", query.port);
  if (query.date) params.set("date", query.date);
  const search = params.size > 0 ? `?${params}` : "";
  return getJson<PortDay>(`/api/appointments${search}`, signal);
}

export function checkIn(code: string): Promise<CheckedIn> {
  return postJson<CheckedIn>("/api/appointments/check-in", { code });
}

export async function markNoShow(code: string): Promise<void> {
  await postJson<unknown>(`/api/appointments/${encodeURIComponent(code)}/no-show`);
}
