import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { HavenModule } from "../platform/module.ts";
import type { Services } from "../platform/services.ts";
import { capacityRoutes } from "./capacity/routes.ts";
import { checkInRoutes } from "./checkIn/routes.ts";
import { appointmentsDomain } from "./domain.ts";
import { drawRoutes } from "./draws/routes.ts";
import { startLotteryScheduler } from "./draws/scheduler.ts";
import * as appointmentsTables from "./migrations/0004_appointments.ts";
import * as leanRegistrationWrites from "./migrations/0005_lean_registration_writes.ts";
import * as registeredPeople from "./migrations/0006_registered_people.ts";
import * as registrationReview from "./migrations/0007_registration_review.ts";
import * as registrationMatches from "./migrations/0020_registration_matches.ts";
import * as lotteryReceipts from "./migrations/0021_lottery_receipts.ts";
import { referralRoutes } from "./referrals/routes.ts";
import { registrationRoutes } from "./registrations/routes.ts";
// Its tables join the platform's `Database` type (declaration merging).
import "./tables.ts";
import "./draws/tables.ts";

/** Every route of the area (docs/api-appointments.md). */
function routes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(registrationRoutes(services));
    await app.register(drawRoutes(services));
    await app.register(checkInRoutes(services));
    await app.register(referralRoutes(services));
    await app.register(capacityRoutes(services));
  };
}

/** Appointments at ports of entry: registrations, the daily draw, check-in, NGO referrals. */
export const appointments = {
  name: "appointments",
  domain: appointmentsDomain,
  routes,
  migrations: {
    "0004_appointments": appointmentsTables,
    "0005_lean_registration_writes": leanRegistrationWrites,
    "0006_registered_people": registeredPeople,
    "0007_registration_review": registrationReview,
    "0020_registration_matches": registrationMatches,
    "0021_lottery_receipts": lotteryReceipts,
  },
  tables: [
    { name: "lottery_windows", orderBy: "date" },
    { name: "lottery_commitments", orderBy: "window_date, round, party" },
    { name: "lottery_reveals", orderBy: "window_date, round, party" },
    { name: "lottery_rounds", orderBy: "window_date, round" },
    { name: "appointment_registrations", orderBy: "id" },
    { name: "registration_people", orderBy: "registration_id, position" },
    { name: "registration_matches", orderBy: "registration_id, position, rank" },
    { name: "registration_claims", orderBy: "id" },
    { name: "appointment_requests", orderBy: "id" },
    { name: "appointments", orderBy: "code" },
    { name: "humanitarian_referrals", orderBy: "id" },
  ],
  start: (services, config, onError) =>
    config.lotteryTickMs > 0
      ? startLotteryScheduler(services, config.lotteryTickMs, onError)
      : null,
} satisfies HavenModule;
