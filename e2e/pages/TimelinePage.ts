import type { Locator, Page } from "playwright-core";

export class TimelinePage {
  readonly heading: Locator;
  readonly currentState: Locator;
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.currentState = page.locator(".haven-current");
    this.entries = page.locator("ol.haven-timeline > li");
  }

  async waitUntilLoaded(): Promise<void> {
    await this.entries.first().waitFor();
  }

  /** The event types, in the order the page shows them (from `data-event-type`). */
  async eventTypes(): Promise<string[]> {
    return this.entries.evaluateAll((items) =>
      items.map((item) => item.getAttribute("data-event-type") ?? ""),
    );
  }

  /** The visible label of each entry, in order. */
  async eventLabels(): Promise<string[]> {
    return this.entries.locator("h3").allInnerTexts();
  }

  async stateValues(): Promise<string[]> {
    return this.currentState.locator("dd").allInnerTexts();
  }
}
