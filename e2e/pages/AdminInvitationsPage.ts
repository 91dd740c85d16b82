import type { Locator, Page } from "playwright-core";

/** `/admin/invitations`: the administrator's invitation form. */
export class AdminInvitationsPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly name: Locator;
  readonly role: Locator;
  readonly sent: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.email = page.locator("#invite-email");
    this.name = page.locator("#invite-name");
    this.role = page.locator("#invite-role");
    this.sent = page.getByTestId("invitation-sent");
  }

  async waitUntilLoaded(): Promise<void> {
    await this.email.waitFor();
  }

  async invite(email: string, role: string, name?: string): Promise<void> {
    await this.email.fill(email);
    if (name) await this.name.fill(name);
    await this.role.selectOption(role);
    await this.page.locator("form button[type=submit]").click();
    await this.sent.waitFor();
  }
}
