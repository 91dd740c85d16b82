import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocatorPage } from "./pages/LocatorPage.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser, newContext, VIEWPORTS, type ViewportName } from "./support/browser.ts";
import { catalogues, type TestLanguage } from "./support/catalogues.ts";
import { collectPageErrors } from "./support/pageErrors.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const LANGUAGES: TestLanguage[] = ["en", "es", "ru", "uk", "ht", "pt"];

/** The demo's older brother, moved from Otay Mesa to Pennsylvania, where he is still held. */
const DETAINED = {
  aNumber: "A-000-000-105",
  givenName: "Дмитрий",
  familyName: "Сергеев",
  day: "21",
  month: "1",
  year: "1995",
};
/** The teacher, paroled long ago: not detained. */
const PAROLED_A_NUMBER = "000000101";

async function check(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), name).toEqual([]);
  await saveScreenshot(page, name);
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe("the public detainee locator", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("is linked from the footer, and finds a detained person by A-number with the facility (en, 1280 px)", async () => {
    const en = catalogues.en;
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${server.baseUrl}/?lang=en`);
      await page.getByRole("link", { name: en.locator.footerLink }).click();
      await page.waitForURL((url) => url.pathname === "/locator");
      const locator = new LocatorPage(page);
      expect(await locator.heading.textContent()).toBe(en.locator.title);

      await locator.searchByANumber(DETAINED.aNumber, "RU");
      await locator.found.waitFor();
      expect(await locator.facility("name").textContent()).toBe(
        "Moshannon Valley Processing Center",
      );
      expect(await locator.facility("address").textContent()).toBe(
        "555 GEO DrivePhilipsburg, PA 16866",
      );
      expect(await locator.facility("phone").getAttribute("href")).toBe("tel:+18147681200");
      expect(await locator.facility("visiting").textContent()).toContain("photo ID");
      // The heading of the answer takes the focus, for keyboard and screen-reader users.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("locator-result-heading");
      expect(await locator.found.textContent()).not.toContain("Sergeyev");
      await check(page, "locator-found-en-desktop");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("finds him by his name in Cyrillic and his date of birth (ru, 360 px)", async () => {
    const context = await newContext(browser, { viewport: "mobile", locale: "ru-RU" });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const locator = await LocatorPage.open(page, server.baseUrl, "ru");
      await locator.searchByName(DETAINED, "RU");
      await locator.found.waitFor();
      expect(await locator.found.getByRole("heading").textContent()).toBe(
        catalogues.ru.locator.foundTitle,
      );
      expect(await locator.facility("name").textContent()).toBe(
        "Moshannon Valley Processing Center",
      );
      await check(page, "locator-found-ru-mobile");
      expect(await pageWidth(page)).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("says no detained person matched, that minors are not shown and whom to ask (es, 360 px)", async () => {
    const es = catalogues.es;
    const context = await newContext(browser, { viewport: "mobile", locale: "es-MX" });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const locator = await LocatorPage.open(page, server.baseUrl, "es");
      await locator.submit();
      await locator.errorSummary.waitFor();
      expect(await locator.errorSummary.locator("li").allTextContents()).toEqual([
        es.locator.aNumberMissing,
        es.locator.countryMissing,
      ]);
      await check(page, "locator-errors-es-mobile");

      await locator.searchByANumber(PAROLED_A_NUMBER, "RU");
      await locator.notFound.waitFor();
      const text = await locator.notFound.textContent();
      expect(text).toContain(es.locator.notFoundTitle);
      expect(text).toContain(es.locator.minors);
      expect(text).toContain(es.locator.whomToAsk);
      expect(await locator.found.count()).toBe(0);
      expect(await locator.errorSummary.count()).toBe(0);
      await check(page, "locator-not-found-es-mobile");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const language of LANGUAGES) {
    it(`has no axe violations on the locator (${language}, 360 and 1280 px)`, async () => {
      const messages = catalogues[language];
      for (const viewport of ["mobile", "desktop"] as ViewportName[]) {
        const context = await newContext(browser, { viewport });
        try {
          const page = await context.newPage();
          const errors = collectPageErrors(page);
          const locator = await LocatorPage.open(page, server.baseUrl, language);
          expect(await locator.heading.textContent()).toBe(messages.locator.title);
          await check(page, `locator-${language}-${viewport}`);
          await locator.searchBy("name");
          await page.locator("#locator-given-name").waitFor();
          await check(page, `locator-by-name-${language}-${viewport}`);
          expect(await pageWidth(page)).toBeLessThanOrEqual(VIEWPORTS[viewport].width);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      }
    });
  }
});
