import type { Locator, Page } from "playwright-core";

/** `/appointments`: the applicant's window, registrations, requests and confirmation. */
export class AppointmentsPage {
  readonly heading: Locator;
  readonly windowStatus: Locator;
  readonly registrations: Locator;
  readonly confirmation: Locator;
  readonly code: Locator;
  readonly requestButton: Locator;
  readonly registerLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.windowStatus = page.getByTestId("window-status");
    this.registrations = page.getByTestId("registration");
    this.confirmation = page.getByTestId("confirmation");
    this.code = page.getByTestId("confirmation-code");
    this.requestButton = page.locator(".haven-request-button");
    this.registerLink = page.locator("a[href='/appointments/register']");
  }

  static async open(page: Page, baseUrl: string, language: string): Promise<AppointmentsPage> {
    await page.goto(`${baseUrl}/appointments?lang=${language}`);
    const appointments = new AppointmentsPage(page);
    await appointments.waitUntilLoaded();
    return appointments;
  }

  async waitUntilLoaded(): Promise<void> {
    await this.windowStatus.waitFor();
  }

  /** The status of each request shown, e.g. ["pending"], from `data-status`. */
  async requestStatuses(): Promise<string[]> {
    return this.page
      .locator(".haven-requests li")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-status") ?? ""));
  }
}
