import type { Locator, Page } from "playwright-core";

/** `/register`: an applicant's own account. */
export class RegisterPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly language: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.email = page.locator("#register-email");
    this.password = page.locator("#register-password");
    this.language = page.locator("#register-language");
    this.errorSummary = page.getByTestId("error-summary");
  }

  static async open(page: Page, baseUrl: string, language: string): Promise<RegisterPage> {
    await page.goto(`${baseUrl}/register?lang=${language}`);
    const register = new RegisterPage(page);
    await register.email.waitFor();
    return register;
  }

  async submit(): Promise<void> {
    await this.page.locator("form button[type=submit]").click();
  }

  async register(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit();
  }
}
