import type { Locator, Page } from "playwright-core";

/** `/removal-flights`: ICE's flights, those still to depart first, and the form for a new one. */
export class RemovalFlightsPage {
  readonly heading: Locator;
  readonly flights: Locator;
  readonly created: Locator;
  readonly errorSummary: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.flights = page.getByTestId("removal-flight");
    this.created = page.getByTestId("flight-created");
    this.errorSummary = page.getByTestId("error-summary");
  }

  static async open(page: Page, baseUrl: string, language: string): Promise<RemovalFlightsPage> {
    await page.goto(`${baseUrl}/removal-flights?lang=${language}`);
    const flights = new RemovalFlightsPage(page);
    await flights.page
      .locator("[data-testid=removal-flight], [data-testid=no-flights]")
      .first()
      .waitFor();
    return flights;
  }

  flight(id: string): Locator {
    return this.page.locator(`[data-testid=removal-flight][data-id="${id}"]`);
  }

  /** Fills the new flight's form; `departsAt` as the datetime-local input takes it. */
  async fill(flight: {
    kind: "charter" | "commercial";
    carrier: string;
    flightNumber: string;
    destination: string;
    departureAirport: string;
    departsAt: string;
  }): Promise<void> {
    // USWDS hides the radio itself: its tile's label is what the officer clicks.
    await this.page.locator(`input[name=flight-kind][value=${flight.kind}] + label`).click();
    await this.page.locator("#flight-carrier").fill(flight.carrier);
    await this.page.locator("#flight-number").fill(flight.flightNumber);
    await this.page.locator("#flight-destination").selectOption(flight.destination);
    await this.page.locator("#flight-airport").fill(flight.departureAirport);
    await this.page.locator("#flight-departs").fill(flight.departsAt);
  }

  async submit(): Promise<void> {
    await this.page.locator("form.usa-form button[type=submit]").click();
  }
}
