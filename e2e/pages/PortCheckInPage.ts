import type { Locator, Page } from "playwright-core";

/** `/port/check-in`: a CBP officer finds an appointment by code and checks the group in. */
export class PortCheckInPage {
  readonly heading: Locator;
  readonly code: Locator;
  readonly date: Locator;
  readonly found: Locator;
  readonly foundPeople: Locator;
  readonly result: Locator;
  readonly errorSummary: Locator;
  readonly dayList: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.code = page.locator("#check-in-code");
    this.date = page.locator("#check-in-date");
    this.found = page.getByTestId("found-appointment");
    this.foundPeople = page.locator("[data-testid=found-people] li");
    this.result = page.getByTestId("check-in-result");
    this.errorSummary = page.getByTestId("error-summary");
    this.dayList = page.locator(".haven-day-list, [data-testid=no-appointments]");
  }

  static async open(page: Page, baseUrl: string, language: string): Promise<PortCheckInPage> {
    await page.goto(`${baseUrl}/port/check-in?lang=${language}`);
    const checkIn = new PortCheckInPage(page);
    await checkIn.dayList.first().waitFor();
    return checkIn;
  }

  /** Shows the list of another day (YYYY-MM-DD) and waits for it. */
  async showDay(date: string): Promise<void> {
    await this.date.fill(date);
    await this.page
      .locator(`.haven-day-list tr[data-code], [data-testid=no-appointments]`)
      .first()
      .waitFor();
  }

  async find(code: string): Promise<void> {
    await this.code.fill(code);
    await this.page.locator("form.haven-code-form button[type=submit]").click();
  }

  async checkIn(): Promise<void> {
    await this.found.locator("button").click();
    await this.result.waitFor();
  }
}
