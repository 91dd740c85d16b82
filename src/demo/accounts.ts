import { insertAccount } from "../people/accounts/store.ts";
import { hashPassword } from "../platform/auth/password.ts";
import type { Role } from "../platform/auth/roles.ts";
import type { Services } from "../platform/services.ts";
import { inTransaction } from "../platform/work.ts";
import { demoPersons } from "./persons.ts";

/**
 * Demo accounts, one for every role (two applicants, so that "another applicant's case" can be
 * tried), listed in the README. Every demo account has the same password; staff have a fixed
 * TOTP secret (base32) to type into an authenticator app, or to compute codes with
 * `npx otplib`-style tools. Never load the demo into a production database.
 */
export const DEMO_PASSWORD = "haven-demo-2023";

export interface DemoAccount {
  email: string;
  role: Role;
  displayName: string | null;
  preferredLanguage: string;
  totpSecret: string | null;
  post?: { kind: "port" | "facility" | "court"; id: string };
  /** Demo people (by key) linked to an applicant: the first is themselves, then family. */
  persons?: string[];
  /** Demo people an NGO screener referred. */
  referrals?: string[];
  /** Demo people whose case an attorney represents, with the applicant's consent. */
  represents?: { person: string; form: "G-28" | "EOIR-28"; consentedBy: string }[];
}

export const demoAccounts: DemoAccount[] = [
  {
    email: "irina@demo.haven.test",
    role: "applicant",
    displayName: null,
    preferredLanguage: "ru",
    totpSecret: null,
    persons: ["teacher"],
  },
  {
    email: "yulia@demo.haven.test",
    role: "applicant",
    displayName: null,
    preferredLanguage: "ru",
    totpSecret: null,
    persons: ["family-mother", "family-father"],
  },
  {
    email: "attorney@demo.haven.test",
    role: "attorney",
    displayName: "Demo Attorney",
    preferredLanguage: "en",
    totpSecret: "HAVENDEMOATTORNEYAAAAAAAAAAAAAAA",
    represents: [{ person: "teacher", form: "G-28", consentedBy: "irina@demo.haven.test" }],
  },
  {
    email: "screener@demo.haven.test",
    role: "ngo_screener",
    displayName: "Demo NGO Screener",
    preferredLanguage: "es",
    totpSecret: "HAVENDEMONGOSCREENERAAAAAAAAAAAA",
    referrals: ["younger-brother", "older-brother"],
  },
  {
    email: "cbp@demo.haven.test",
    role: "cbp_officer",
    displayName: "Demo CBP Officer",
    preferredLanguage: "en",
    totpSecret: "HAVENDEMOCBPOFFICERAAAAAAAAAAAAA",
    post: { kind: "port", id: "san_ysidro" },
  },
  {
    email: "ice@demo.haven.test",
    role: "ice_officer",
    displayName: "Demo ICE Officer",
    preferredLanguage: "en",
    totpSecret: "HAVENDEMOICEOFFICERAAAAAAAAAAAAA",
    post: { kind: "facility", id: "otay-mesa-detention-center" },
  },
  {
    email: "asylum@demo.haven.test",
    role: "asylum_officer",
    displayName: "Demo Asylum Officer",
    preferredLanguage: "en",
    totpSecret: "HAVENDEMOASYLUMOFFICERAAAAAAAAAA",
  },
  {
    // A second asylum officer: the supervisory review of a determination is another officer's
    // (8 CFR 208.30(e)(8)).
    email: "supervisor@demo.haven.test",
    role: "asylum_officer",
    displayName: "Demo Supervisory Asylum Officer",
    preferredLanguage: "en",
    totpSecret: "HAVENDEMOSUPERVISORAAAAAAAAAAAAA",
  },
  {
    email: "judge@demo.haven.test",
    role: "immigration_judge",
    displayName: "Demo Immigration Judge",
    preferredLanguage: "en",
    totpSecret: "HAVENDEMOIMMIGRATIONJUDGEAAAAAAA",
    post: { kind: "court", id: "eoir-imperial" },
  },
  {
    email: "clerk@demo.haven.test",
    role: "court_clerk",
    displayName: "Demo Court Clerk",
    preferredLanguage: "en",
    totpSecret: "HAVENDEMOCOURTCLERKAAAAAAAAAAAAA",
    post: { kind: "court", id: "eoir-imperial" },
  },
  {
    email: "analyst@demo.haven.test",
    role: "analyst",
    displayName: "Demo Analyst",
    preferredLanguage: "en",
    totpSecret: "HAVENDEMOANALYSTAAAAAAAAAAAAAAAA",
  },
  {
    email: "admin@demo.haven.test",
    role: "administrator",
    displayName: "Demo Administrator",
    preferredLanguage: "en",
    totpSecret: "HAVENDEMOADMINISTRATORAAAAAAAAAA",
  },
];

export const DEMO_ACCOUNTS_ACTOR = "system:demo";

/** Creates the demo accounts and their links once; a database that has them is left alone. */
export async function seedDemoAccounts(
  services: Services,
): Promise<{ seeded: boolean; accounts: number }> {
  const { db } = services;
  const marker = demoAccounts[demoAccounts.length - 1]?.email ?? "";
  if (await db.selectFrom("accounts").select("id").where("email", "=", marker).executeTakeFirst()) {
    return { seeded: false, accounts: 0 };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = services.clock();
  const write = { actor: DEMO_ACCOUNTS_ACTOR, action: "account.create" };
  await inTransaction(services, write, async ({ trx, audit }) => {
    const persons = new Map<string, { person_id: string; case_id: string; reference: string }>();
    for (const demo of demoPersons) {
      const row = await trx
        .selectFrom("cases")
        .innerJoin("persons", "persons.id", "cases.person_id")
        .select(["persons.id as person_id", "cases.id as case_id", "cases.reference"])
        .where("persons.a_number", "=", demo.person.aNumber ?? "")
        .executeTakeFirst();
      if (row) persons.set(demo.key, row);
    }
    const person = (key: string) => persons.get(key);
    const accountIds = new Map<string, string>();
    for (const demo of demoAccounts) {
      const id = await insertAccount(trx, {
        email: demo.email,
        passwordHash,
        role: demo.role,
        post: demo.post ?? null,
        preferredLanguage: demo.preferredLanguage,
        displayName: demo.displayName,
        totpSecret: demo.totpSecret,
        totpEnrolledAt: demo.totpSecret ? now : null,
      });
      accountIds.set(demo.email, id);
      audit({ type: "account", id, details: { role: demo.role, post: demo.post ?? null } });
      for (const [index, key] of (demo.persons ?? []).entries()) {
        const found = person(key);
        if (!found) continue;
        await trx
          .insertInto("account_persons")
          .values({
            account_id: id,
            person_id: found.person_id,
            relation: index === 0 ? "self" : "family",
          })
          .execute();
      }
      for (const key of demo.referrals ?? []) {
        const found = person(key);
        if (found)
          await trx
            .insertInto("referrals")
            .values({ screener_account_id: id, person_id: found.person_id })
            .execute();
      }
      for (const appearance of demo.represents ?? []) {
        const found = person(appearance.person);
        if (!found) continue;
        await trx
          .insertInto("appearances")
          .values({
            attorney_account_id: id,
            case_id: found.case_id,
            case_reference: found.reference,
            form: appearance.form,
            filed_at: now,
            consented_at: now,
            consented_by: accountIds.get(appearance.consentedBy) ?? null,
            withdrawn_at: null,
            withdrawn_by: null,
          })
          .execute();
      }
    }
    return { ok: true };
  });
  return { seeded: true, accounts: demoAccounts.length };
}
