import type { Locator, Page } from "playwright-core";

/** `/locator`: the public detainee locator, by A-number or by name and date of birth. */
export class LocatorPage {
  readonly heading: Locator;
  readonly errorSummary: Locator;
  readonly found: Locator;
  readonly notFound: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.errorSummary = page.getByTestId("error-summary");
    this.found = page.getByTestId("locator-found");
    this.notFound = page.getByTestId("locator-not-found");
  }

  static async open(page: Page, baseUrl: string, language: string): Promise<LocatorPage> {
    await page.goto(`${baseUrl}/locator?lang=${language}`);
    const locator = new LocatorPage(page);
    await page.locator("#locator-a-number").waitFor();
    return locator;
  }

  /** USWDS hides the radio button itself; the reader picks it by its label. */
  async searchBy(kind: "aNumber" | "name"): Promise<void> {
    await this.page.locator(`label[for=locator-by-${kind}]`).click();
  }

  async searchByANumber(aNumber: string, country: string): Promise<void> {
    await this.searchBy("aNumber");
    await this.page.locator("#locator-a-number").fill(aNumber);
    await this.page.locator("#locator-country").selectOption(country);
    await this.submit();
  }

  async searchByName(
    person: { givenName: string; familyName: string; day: string; month: string; year: string },
    country: string,
  ): Promise<void> {
    await this.searchBy("name");
    await this.page.locator("#locator-given-name").fill(person.givenName);
    await this.page.locator("#locator-family-name").fill(person.familyName);
    await this.page.locator("#locator-dob-day").fill(person.day);
    await this.page.locator("#locator-dob-month").selectOption(person.month);
    await this.page.locator("#locator-dob-year").fill(person.year);
    await this.page.locator("#locator-country").selectOption(country);
    await this.submit();
  }

  async submit(): Promise<void> {
    await this.page.locator("form button[type=submit]").click();
  }

  facility(part: "name" | "address" | "phone" | "visiting"): Locator {
    return this.page.getByTestId(`locator-facility-${part}`);
  }
}
