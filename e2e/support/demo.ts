import { DEMO_PASSWORD, type DemoAccount, demoAccounts } from "../../src/demo/accounts.ts";

export { DEMO_PASSWORD };

/** The demo account of a role (the first, when the demo has several). */
export function demoAccount(
  role: DemoAccount["role"],
): DemoAccount & { totpSecret: string | null } {
  const account = demoAccounts.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`The demo has no ${role} account.`);
  return account;
}

/** A staff demo account with its TOTP secret. */
export function demoStaff(
  role: DemoAccount["role"],
  email?: string,
): { email: string; totpSecret: string } {
  const account = email
    ? demoAccounts.find((candidate) => candidate.email === email && candidate.role === role)
    : demoAccount(role);
  if (!account) throw new Error(`The demo has no ${role} account ${email}.`);
  if (!account.totpSecret) throw new Error(`The demo ${role} has no TOTP secret.`);
  return { email: account.email, totpSecret: account.totpSecret };
}
