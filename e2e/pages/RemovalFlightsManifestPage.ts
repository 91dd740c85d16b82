import type { Locator, Page } from "playwright-core";

/** `/removal-flights/:id`: one flight, its manifest, and the officer's boarding outcomes. */
export class RemovalFlightsManifestPage {
  readonly heading: Locator;
  readonly entries: Locator;
  readonly message: Locator;
  readonly status: Locator;
  readonly reference: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.entries = page.getByTestId("manifest-entry");
    this.message = page.getByTestId("flight-message");
    this.status = page.getByTestId("flight-status");
    this.reference = page.locator("#manifest-reference");
  }

  static async open(
    page: Page,
    baseUrl: string,
    id: string,
    language: string,
  ): Promise<RemovalFlightsManifestPage> {
    await page.goto(`${baseUrl}/removal-flights/${id}?lang=${language}`);
    const flight = new RemovalFlightsManifestPage(page);
    await flight.status.waitFor();
    return flight;
  }

  /** The manifest line of the case with this reference. */
  entry(reference: string): Locator {
    return this.page.locator(`[data-testid=manifest-entry][data-reference="${reference}"]`);
  }

  /** Puts a case on the flight by its reference and waits for its line on the manifest. */
  async add(reference: string): Promise<void> {
    await this.reference.fill(reference);
    await this.page.locator("#add-heading ~ form button[type=submit]").click();
    await this.entry(reference).waitFor();
  }

  async record(
    reference: string,
    outcome: "removed" | "refused_to_board" | "medical",
  ): Promise<void> {
    await this.entry(reference).locator(`button[data-outcome=${outcome}]`).click();
  }
}
