/** The appointments API (docs/api-appointments.md) as the web front end reads it. */
import { getJson, postJson } from "../api.ts";

/** A person as the API takes them; the native-script names are optional. */
export interface PersonInput {
  givenName: string;
  familyName: string;
  nativeGivenName?: string;
  nativeFamilyName?: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** ISO 3166-1 alpha-2 */
  nationality: string;
  languages: string[];
}

export type WindowStatus = "scheduled" | "open" | "closed" | "drawn" | "void";

export interface PortPlaces {
  id: string;
  name: string;
  capacity: number;
}

export interface RequestWindow {
  date: string;
  /** The day the window's appointments are on, at the ports. */
  appointmentDate?: string;
  opensAt: string;
  closesAt: string;
  status: WindowStatus;
  drawAt: string;
  ports: PortPlaces[];
  operatorCommitment: string;
  observerCommitments: { observer: string; commitment: string }[];
}

export interface Contact {
  email?: string;
  phone?: string;
}

export interface NewRegistration {
  principal: PersonInput;
  members: PersonInput[];
  contact: Contact;
  language: string;
  preferredPorts: string[];
  requestCurrentWindow?: boolean;
}

export interface RegisteredPerson {
  personId: string;
  displayName: string;
}

export type Registered =
  | {
      id: string;
      status: "active";
      people: RegisteredPerson[];
      request: { windowDate: string } | null;
    }
  | { id: string; status: "review"; reason?: string };

export type RequestStatus = "pending" | "allocated" | "not_drawn";
export type AppointmentStatus = "confirmed" | "checked_in" | "no_show";

export interface Appointment {
  code: string;
  port: string;
  date: string;
  time: string;
  status: AppointmentStatus;
}

/** An officer's check of a registration the identity check held; decision null while held. */
export interface RegistrationReview {
  decision: "accepted" | "refused" | null;
  /** The officer's reason, once decided: the applicant sees it. */
  reason: string | null;
  decidedAt: string | null;
}

export interface Registration {
  id: string;
  status: "active" | "review" | "refused";
  people: RegisteredPerson[];
  preferredPorts: string[];
  language: string;
  requests: { windowDate: string; status: RequestStatus }[];
  appointment: Appointment | null;
  /** Null when the registration was never held for review. */
  review: RegistrationReview | null;
}

export interface PortAppointment {
  code: string;
  port: string;
  date: string;
  time: string;
  people: { displayName: string; nativeName: string | null }[];
  status: AppointmentStatus;
}

/** "Olena Kovalenko (Олена Коваленко)": the officer sees the names as written in both scripts. */
export function withNativeName(person: { displayName: string; nativeName: string | null }): string {
  return person.nativeName ? `${person.displayName} (${person.nativeName})` : person.displayName;
}

export interface CheckedIn {
  code: string;
  status: "checked_in";
  cases: { caseId: string; reference: string; displayName: string }[];
}

export function getWindow(signal?: AbortSignal): Promise<RequestWindow> {
  return getJson<RequestWindow>("/api/appointments/window", signal);
}

export function register(registration: NewRegistration): Promise<Registered> {
  return postJson<Registered>("/api/registrations", registration);
}

export async function myRegistrations(signal?: AbortSignal): Promise<Registration[]> {
  const body = await getJson<{ registrations: Registration[] }>("/api/registrations/mine", signal);
  return body.registrations;
}

export function requestPlace(registrationId: string): Promise<{ windowDate: string }> {
  const path = `/api/registrations/${encodeURIComponent(registrationId)}/requests`;
  return postJson<{ windowDate: string }>(path);
}

/** A port's day: the port and date the API chose (the officer's own port, today, by default). */
export interface PortDay {
  port: string;
  date: string;
  appointments: PortAppointment[];
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
