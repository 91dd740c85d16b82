import { z } from "zod";
import { portIds } from "../policy/ports.ts";

/** The case-level event of an appointment: the person checked in at a port of entry. */
export const appointmentsEvents = {
  AppointmentCheckedIn: z
    .object({
      appointmentId: z.string().describe("The appointment's code."),
      port: z.enum(portIds).describe("The port of entry."),
    })
    .describe("The person came to their CBP One appointment and was checked in at the port."),
};

export type AppointmentsEventData = {
  [Type in keyof typeof appointmentsEvents]: z.infer<(typeof appointmentsEvents)[Type]>;
};
