import type { Locator, Page } from "playwright-core";
import { totpCode } from "../support/totp.ts";

/** `/account/second-factor`: QR code and setup key, the confirming code, the recovery codes. */
export class SecondFactorPage {
  readonly heading: Locator;
  readonly qr: Locator;
  readonly secret: Locator;
  readonly code: Locator;
  readonly recoveryCodes: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.qr = page.locator("img.haven-qr");
    this.secret = page.getByTestId("totp-secret");
    this.code = page.locator("#second-factor-code");
    this.recoveryCodes = page.getByTestId("recovery-codes").locator("li");
  }

  async waitUntilLoaded(): Promise<void> {
    await this.secret.waitFor();
  }

  /** The setup key as the page shows it, without the spaces that group it. */
  async readSecret(): Promise<string> {
    return ((await this.secret.textContent()) ?? "").replace(/\s+/g, "");
  }

  /** Computes the code from the key on the page and confirms it; resolves on the recovery codes. */
  async confirm(secret: string): Promise<string[]> {
    await this.code.fill(await totpCode(secret));
    await this.page.locator("form button[type=submit]").click();
    await this.recoveryCodes.first().waitFor();
    return this.recoveryCodes.allInnerTexts();
  }

  async continueAfterSaving(): Promise<void> {
    await this.page.locator("main button.usa-button").click();
    await this.page.waitForURL((url) => url.pathname === "/");
  }
}
