import type { Locator, Page } from "playwright-core";
import type { TypedPerson } from "./AppointmentRegistrationPage.ts";

/** `/referrals`: screeners refer people; CBP officers grant or refuse. */
export class ReferralsPage {
  readonly heading: Locator;
  readonly errorSummary: Locator;
  readonly pending: Locator;
  readonly loaded: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.errorSummary = page.getByTestId("error-summary");
    this.pending = page.getByTestId("pending-referral");
    this.loaded = page.locator(
      ".haven-referrals, [data-testid=no-referrals], [data-testid=pending-referral]",
    );
  }

  static async open(page: Page, baseUrl: string, language: string): Promise<ReferralsPage> {
    await page.goto(`${baseUrl}/referrals?lang=${language}`);
    const referrals = new ReferralsPage(page);
    await referrals.loaded.first().waitFor();
    return referrals;
  }

  /** Fills the referral form's person (field ids start with `referral-`). */
  async fillPerson(person: TypedPerson): Promise<void> {
    const field = (name: string) => this.page.locator(`#referral-${name}`);
    await field("given-name").fill(person.givenName);
    await field("family-name").fill(person.familyName);
    await field("dob-day").fill(person.birth.day);
    await field("dob-month").selectOption(person.birth.month);
    await field("dob-year").fill(person.birth.year);
    await field("nationality").selectOption(person.nationality);
    for (const language of person.languages ?? []) {
      // USWDS hides the box itself; the reader ticks it by its label.
      await this.page.locator(`input[name=referral-languages][value=${language}] + label`).click();
    }
  }

  async submitReferral(): Promise<void> {
    await this.page.locator("form button[type=submit]").first().click();
  }
}
