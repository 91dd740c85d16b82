import { z } from "zod";
import { dayOf } from "../core/calendar.ts";
import { accept, type Decision, eventMaker, refuse } from "../core/decision.ts";
import type { KernelState } from "../core/pathway/index.ts";
import { refusal } from "../core/refusal.ts";
import { idSchema } from "../core/schemas.ts";
import { portIds } from "../policy/ports.ts";
import type { PolicyContext } from "../policy/types.ts";
import type { AppointmentsEventData } from "./events.ts";

const event = eventMaker<AppointmentsEventData>();

export const appointmentsCommandSchemas = [
  z
    .object({
      type: z.literal("CheckInAppointment"),
      appointmentId: idSchema.describe(
        "The appointment's code as on its confirmation: 8 characters as XXXX-XXXX, without the look-alikes 0, O, 1 and I.",
      ),
      port: z
        .enum(portIds)
        .describe(
          "The port of entry where the person came: one of the eight southwest-border ports that took CBP One appointments.",
        ),
    })
    .meta({
      description:
        "Record that the person came to their CBP One appointment at the port of entry. Refused where the port offered no appointments that day (CBP One from 2023-01-12).",
      examples: [{ type: "CheckInAppointment", appointmentId: "K7QM-2X4R", port: "san_ysidro" }],
    }),
] as const;

export type AppointmentsCommand = z.infer<(typeof appointmentsCommandSchemas)[number]>;

export function decideAppointments(
  _state: KernelState,
  command: AppointmentsCommand,
  context: PolicyContext,
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
    event("AppointmentCheckedIn", { appointmentId: command.appointmentId, port: command.port }),
  );
}
