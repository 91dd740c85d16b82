import type { Locator, Page } from "playwright-core";

/** `/cases`: every case the account may see (an officer's home is the worklist). */
export class CaseListPage {
  readonly heading: Locator;
  readonly caseLinks: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.caseLinks = page.locator(".haven-cases .usa-collection__heading a");
  }

  static async open(page: Page, baseUrl: string, language: string): Promise<CaseListPage> {
    await page.goto(`${baseUrl}/cases?lang=${language}`);
    const list = new CaseListPage(page);
    await list.caseLinks.first().waitFor();
    return list;
  }

  async caseNames(): Promise<string[]> {
    return this.caseLinks.allInnerTexts();
  }

  async openCase(displayName: string): Promise<void> {
    await this.page.getByRole("link", { name: displayName, exact: true }).click();
  }
}
