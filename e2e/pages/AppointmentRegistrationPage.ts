import type { Locator, Page } from "playwright-core";

/** One person's details as the test types them. */
export interface TypedPerson {
  givenName: string;
  familyName: string;
  nativeGivenName?: string;
  nativeFamilyName?: string;
  birth: { day: string; month: string; year: string };
  nationality: string;
  /** Languages ticked besides the one already ticked (the page's language). */
  languages?: string[];
}

/** `/appointments/register`: the step-by-step registration. */
export class AppointmentRegistrationPage {
  readonly heading: Locator;
  readonly stepHeading: Locator;
  readonly errorSummary: Locator;
  readonly addMember: Locator;
  readonly request: Locator;
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.stepHeading = page.locator(".usa-step-indicator__heading");
    this.errorSummary = page.getByTestId("error-summary");
    this.addMember = page.locator(".haven-member__add");
    this.request = page.locator("#registration-request");
    this.outcome = page.getByTestId("registration-outcome");
  }

  static async open(
    page: Page,
    baseUrl: string,
    language: string,
  ): Promise<AppointmentRegistrationPage> {
    await page.goto(`${baseUrl}/appointments/register?lang=${language}`);
    const registration = new AppointmentRegistrationPage(page);
    await registration.waitForStep(1);
    return registration;
  }

  /** Waits until the step indicator says step `number` (1–5). */
  async waitForStep(number: number): Promise<void> {
    await this.page
      .locator(".usa-step-indicator__current-step", { hasText: String(number) })
      .waitFor();
  }

  async next(): Promise<void> {
    await this.page.locator("form button[type=submit]").click();
  }

  /** Fills one person's fields; `prefix` is "principal" or "member-1", "member-2"… */
  async fillPerson(prefix: string, person: TypedPerson): Promise<void> {
    const field = (name: string) => this.page.locator(`#${prefix}-${name}`);
    await field("given-name").fill(person.givenName);
    await field("family-name").fill(person.familyName);
    if (person.nativeGivenName) await field("native-given-name").fill(person.nativeGivenName);
    if (person.nativeFamilyName) await field("native-family-name").fill(person.nativeFamilyName);
    await field("dob-day").fill(person.birth.day);
    await field("dob-month").selectOption(person.birth.month);
    await field("dob-year").fill(person.birth.year);
    await field("nationality").selectOption(person.nationality);
    for (const language of person.languages ?? []) {
      // USWDS hides the box itself; the reader ticks it by its label.
      await this.page.locator(`input[name=${prefix}-languages][value=${language}] + label`).click();
    }
  }

  async addFamilyMember(index: number, person: TypedPerson): Promise<void> {
    await this.addMember.click();
    await this.page.locator(`#member-${index}-given-name`).waitFor();
    await this.fillPerson(`member-${index}`, person);
  }

  async fillContact(email: string): Promise<void> {
    await this.page.locator("#registration-email").fill(email);
  }

  async choosePorts(ports: string[]): Promise<void> {
    for (const [index, port] of ports.entries()) {
      await this.page.locator(`#registration-port-${index + 1}`).selectOption(port);
    }
  }
}
