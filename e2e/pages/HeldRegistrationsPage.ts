import type { Locator, Page } from "playwright-core";

/** `/registrations/held`: a CBP officer accepts or refuses the registrations held for review. */
export class HeldRegistrationsPage {
  readonly heading: Locator;
  readonly registrations: Locator;
  readonly empty: Locator;
  readonly message: Locator;
  readonly loaded: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.registrations = page.getByTestId("held-registration");
    this.empty = page.getByTestId("no-held-registrations");
    this.message = page.getByTestId("review-message");
    this.loaded = page.locator(
      "[data-testid=held-registration], [data-testid=no-held-registrations]",
    );
  }

  static async open(page: Page, baseUrl: string, language: string): Promise<HeldRegistrationsPage> {
    await page.goto(`${baseUrl}/registrations/held?lang=${language}`);
    const held = new HeldRegistrationsPage(page);
    await held.loaded.first().waitFor();
    return held;
  }

  /** The held registration with this id, as the API answered when it was sent. */
  registration(id: string): Locator {
    return this.page.locator(`[data-testid=held-registration][data-id="${id}"]`);
  }

  /** The cells of one row of a registration's comparison (`data-field`), as the officer reads them. */
  async row(id: string, field: string): Promise<string[]> {
    return this.registration(id).locator(`tr[data-field=${field}] td`).allInnerTexts();
  }

  /** The fields of the possible match that are marked as differing. */
  async differing(id: string): Promise<string[]> {
    return this.registration(id)
      .locator("td[data-differs]")
      .evaluateAll((cells) => cells.map((cell) => cell.closest("tr")?.dataset.field ?? ""));
  }

  /** Chooses accept or refuse (by the tile's label: USWDS hides the radio itself). */
  async choose(id: string, decision: "accepted" | "refused"): Promise<void> {
    await this.registration(id).locator(`input[value=${decision}] + label`).click();
  }

  async fillReason(id: string, reason: string): Promise<void> {
    await this.registration(id).locator("textarea").fill(reason);
  }

  async submit(id: string): Promise<void> {
    await this.registration(id).locator("button[type=submit]").click();
  }
}
