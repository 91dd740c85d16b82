import type { Locator, Page } from "playwright-core";

/** `/invitation/:token`: the invited role, then a password and a language. */
export class InvitationPage {
  readonly heading: Locator;
  readonly summary: Locator;
  readonly password: Locator;
  readonly language: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.summary = page.getByTestId("invitation-summary");
    this.password = page.locator("#invitation-password");
    this.language = page.locator("#invitation-language");
  }

  static async open(page: Page, link: string): Promise<InvitationPage> {
    await page.goto(link);
    const invitation = new InvitationPage(page);
    await invitation.password.waitFor();
    return invitation;
  }

  /** The role as the page shows it (its `data-role` is the API's value). */
  async role(): Promise<string | null> {
    return this.summary.locator("[data-role]").getAttribute("data-role");
  }

  async accept(password: string): Promise<void> {
    await this.password.fill(password);
    await this.page.locator("form button[type=submit]").click();
    await this.page.waitForURL((url) => url.pathname === "/account/second-factor");
  }
}
