import { z } from "zod";
import { dayOf } from "../core/calendar.ts";
import { portIds } from "../core/policy/ports.ts";
import { accept, type DecideContext, type Decision, refuse } from "../core/process/context.ts";
import { pending } from "../core/process/events.ts";
import { idSchema } from "../core/process/schemaKit.ts";
import type { CaseState } from "../core/process/state.ts";
import { refusal } from "../core/refusal.ts";

export const appointmentsCommandSchemas = [
  z.object({
    type: z.literal("CheckInAppointment"),
    appointmentId: idSchema,
    port: z.enum(portIds),
  }),
] as const;

export type AppointmentsCommand = z.infer<(typeof appointmentsCommandSchemas)[number]>;

export function decideAppointments(
  _state: CaseState,
  command: AppointmentsCommand,
  context: DecideContext,
): Decision {
  const capacity = context.policy.portCapacity;
  if (capacity === null || (capacity.perPort[command.port] ?? 0) === 0) {
    return refuse(
      refusal(
        "appointments.cbp-one.not-in-service",
        "CBP announcements (CBP One from 2023-01-12)",
        `No CBP One appointments are offered at ${command.port} on ${dayOf(context.now)}: appointments began on 2023-01-12.`,
        "port",
      ),
    );
  }
  return accept(
    pending("AppointmentCheckedIn", { appointmentId: command.appointmentId, port: command.port }),
  );
}
