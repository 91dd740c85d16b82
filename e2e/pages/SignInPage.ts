import type { Locator, Page } from "playwright-core";
import { totpCode } from "../support/totp.ts";

/** `/sign-in`: identifier and password, then the authenticator code when asked. */
export class SignInPage {
  readonly heading: Locator;
  readonly identifier: Locator;
  readonly password: Locator;
  readonly code: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.identifier = page.locator("#sign-in-identifier");
    this.password = page.locator("#sign-in-password");
    this.code = page.locator("#sign-in-code");
    this.errorSummary = page.getByTestId("error-summary");
  }

  static async open(page: Page, baseUrl: string, language: string): Promise<SignInPage> {
    await page.goto(`${baseUrl}/sign-in?lang=${language}`);
    const signIn = new SignInPage(page);
    await signIn.identifier.waitFor();
    return signIn;
  }

  async submitPassword(identifier: string, password: string): Promise<void> {
    await this.identifier.fill(identifier);
    await this.password.fill(password);
    await this.page.locator("form button[type=submit]").click();
  }

  /** Waits for the code step, then enters the current code for `secret`. */
  async submitCode(secret: string): Promise<void> {
    await this.code.waitFor();
    await this.code.fill(await totpCode(secret));
    await this.page.locator("form button[type=submit]").click();
  }

  /** Signs in a staff account with password and TOTP; resolves once the page has left. */
  async signInStaff(identifier: string, password: string, secret: string): Promise<void> {
    await this.submitPassword(identifier, password);
    await this.submitCode(secret);
    await this.page.waitForURL((url) => url.pathname !== "/sign-in");
  }
}
