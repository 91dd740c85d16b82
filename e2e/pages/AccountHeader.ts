import type { Locator, Page } from "playwright-core";

/** The header's account area: who is signed in, "Sign out", or "Sign in". */
export class AccountHeader {
  readonly accountName: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.accountName = page.getByTestId("account-name");
    this.signOutButton = page.locator(".haven-account__sign-out");
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
    await this.page.waitForURL((url) => url.pathname === "/sign-in");
    await this.page.locator("#sign-in-identifier").waitFor();
  }
}
