/**
 * Demo appointments (`haven seed --demo`, `haven start --demo`): a window 14 days ago, drawn, so
 * that its appointments are at the ports today — Irina (irina@demo.haven.test, who keeps her
 * existing case) and Yulia's family (yulia@demo.haven.test) — and the published record to verify.
 * Loaded once; a database that has it is left as it is.
 */
import { addCalendarDays } from "../core/calendar.ts";
import type { Services } from "../platform/services.ts";
import { drawWindow } from "./draws/runDraw.ts";
import { ensureWindow } from "./draws/windows.ts";
import { registrationJob } from "./registrations/register.ts";
import type { PersonInput, RegistrationInput } from "./registrations/schemas.ts";
import { type RegistrationJob, writeRegistrations } from "./registrations/writeBatch.ts";
import { dayAtPort, windowSchedule, windowTimes } from "./window.ts";

const families: { email: string; language: string; ports: string[]; people: PersonInput[] }[] = [
  {
    email: "irina@demo.haven.test",
    language: "ru",
    ports: ["san_ysidro"],
    people: [
      {
        givenName: "Irina",
        familyName: "Voronova",
        nativeGivenName: "Ирина",
        nativeFamilyName: "Воронова",
        dateOfBirth: "1984-05-12",
        nationality: "RU",
        languages: ["ru", "en"],
      },
    ],
  },
  {
    email: "yulia@demo.haven.test",
    language: "ru",
    ports: ["san_ysidro", "calexico"],
    people: [
      {
        givenName: "Yulia",
        familyName: "Orlova",
        nativeGivenName: "Юлия",
        nativeFamilyName: "Орлова",
        dateOfBirth: "1990-02-17",
        nationality: "RU",
        languages: ["ru"],
      },
      {
        givenName: "Sofia",
        familyName: "Orlova",
        nativeGivenName: "Софья",
        nativeFamilyName: "Орлова",
        dateOfBirth: "2016-09-03",
        nationality: "RU",
        languages: ["ru"],
      },
      {
        givenName: "Mark",
        familyName: "Orlov",
        nativeGivenName: "Марк",
        nativeFamilyName: "Орлов",
        dateOfBirth: "2019-12-21",
        nationality: "RU",
        languages: ["ru"],
      },
    ],
  },
  {
    // Held for review: a cousin with Irina Voronova's names and her birth date with day and
    // month swapped, so the CBP officer's review page has one to decide.
    email: "yulia@demo.haven.test",
    language: "ru",
    ports: ["san_ysidro"],
    people: [
      {
        givenName: "Irina",
        familyName: "Voronova",
        nativeGivenName: "Ирина",
        nativeFamilyName: "Воронова",
        dateOfBirth: "1984-12-05",
        nationality: "RU",
        languages: ["ru"],
      },
    ],
  },
];

export async function seedAppointmentsDemo(services: Services): Promise<{ seeded: boolean }> {
  const { db } = services;
  const accounts = await db
    .selectFrom("accounts")
    .select(["id", "email"])
    .where(
      "email",
      "in",
      families.map((f) => f.email),
    )
    .execute();
  if (accounts.length < new Set(families.map((f) => f.email)).size) return { seeded: false };
  const existing = await db
    .selectFrom("appointment_registrations")
    .select("id")
    .where(
      "account_id",
      "in",
      accounts.map((a) => a.id),
    )
    .executeTakeFirst();
  if (existing) return { seeded: false };
  // The demo's families asked for San Ysidro (and Calexico, in the same time zone): their
  // appointments are today there, where check-in reads the day.
  const today = dayAtPort("san_ysidro", services.clock().toISOString());
  const date = addCalendarDays(today, -windowSchedule.appointmentLeadDays);
  const times = windowTimes(date);
  await ensureWindow(db, date);
  const jobs: RegistrationJob[] = families.map((family) => {
    const input: RegistrationInput = {
      principal: family.people[0] as PersonInput,
      members: family.people.slice(1),
      contact: {},
      language: family.language as RegistrationInput["language"],
      preferredPorts: family.ports as RegistrationInput["preferredPorts"],
      requestCurrentWindow: true,
    };
    const accountId = accounts.find((a) => a.email === family.email)?.id as string;
    return registrationJob({
      accountId,
      actor: `account:${accountId}`,
      input,
      windowDate: date,
      now: new Date(Date.parse(times.opensAt) + 3_600_000),
    });
  });
  await writeRegistrations(db, jobs);
  const afterDraw = new Date(Date.parse(times.drawAt) + 60_000);
  await drawWindow({ ...services, clock: () => afterDraw }, date, {
    actor: "system:demo",
    action: "lottery.draw",
  });
  return { seeded: true };
}
