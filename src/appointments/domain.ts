import type { AreaDomain } from "../core/pathway/index.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { PolicyContext } from "../policy/types.ts";
import {
  type AppointmentsCommand,
  appointmentsCommandSchemas,
  decideAppointments,
} from "./decide.ts";
import { appointmentsEvents } from "./events.ts";
import { appointmentsStandards, lotteryStandards } from "./rules.ts";

const roles: Record<AppointmentsCommand["type"], readonly Role[]> = {
  CheckInAppointment: ["cbp_officer"],
};

/** Appointments at ports of entry, as a case sees them: the check-in. */
export const appointmentsDomain = {
  name: "appointments",
  events: { schemas: appointmentsEvents },
  commands: { schemas: appointmentsCommandSchemas, decide: decideAppointments, roles },
  standards: [...appointmentsStandards, ...lotteryStandards],
} satisfies AreaDomain<PolicyContext>;
