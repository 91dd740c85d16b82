import type { Locator, Page } from "playwright-core";

export class CaseListPage {
  readonly heading: Locator;
  readonly caseLinks: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.caseLinks = page.locator(".haven-cases .usa-collection__heading a");
  }

  static async open(page: Page, baseUrl: string, language: string): Promise<CaseListPage> {
    await page.goto(`${baseUrl}/?lang=${language}`);
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
