import type { Browser } from "playwright-core";
import { SignInPage } from "../pages/SignInPage.ts";
import { newContext, type StorageState } from "./browser.ts";
import { DEMO_PASSWORD, demoStaff } from "./demo.ts";

/**
 * Signs a demo staff member in through the sign-in page (password, then the TOTP code computed
 * from the demo secret) and returns the context's storage, so that later contexts start signed in.
 */
export async function signedInState(
  browser: Browser,
  baseUrl: string,
  role: Parameters<typeof demoStaff>[0],
  /** One of the role's demo accounts, when not the first. */
  email?: string,
): Promise<StorageState> {
  const staff = demoStaff(role, email);
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const signIn = await SignInPage.open(page, baseUrl, "en");
    await signIn.signInStaff(staff.email, DEMO_PASSWORD, staff.totpSecret);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** The `cookie` header a signed-in context would send, for reading the API from the test. */
export function cookieHeader(state: StorageState): string {
  return state.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}
