import type { PortId } from "../core/policy/ports.ts";
import type { FactEvolvers } from "../core/process/eventKit.ts";

/** The case-level event of an appointment: the person checked in at a port of entry. */
export interface AppointmentsEventData {
  AppointmentCheckedIn: { appointmentId: string; port: PortId };
}

export const appointmentsEventTypes = [
  "AppointmentCheckedIn",
] as const satisfies readonly (keyof AppointmentsEventData)[];

export const appointmentsFacts: FactEvolvers<AppointmentsEventData> = {
  AppointmentCheckedIn: (state) => state,
};
