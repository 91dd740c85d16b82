/**
 * The court's docket in real Chromium: a clerk puts a judge's session on a day, sees its slots on
 * the court's clock, and schedules a respondent's first hearing into one of them from the case
 * page's slot picker; the docket then shows the hearing in its slot. In en and ru, axe at 360 and
 * 1280 px.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiSession, staffApi } from "./support/api.ts";
import { axeViolations } from "./support/axe.ts";
import {
  launchBrowser,
  newContext,
  type StorageState,
  type ViewportName,
} from "./support/browser.ts";
import { catalogues, type TestLanguage } from "./support/catalogues.ts";
import { DAY_MS, dayFromNow } from "./support/clock.ts";
import { collectPageErrors } from "./support/pageErrors.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { signedInState } from "./support/session.ts";

/** Each language's run books its own day, weeks after the demo's own sessions. */
const DAYS_AHEAD: Partial<Record<TestLanguage, number>> = { en: 40, ru: 41 };

describe("the court's docket, worked by a clerk in the browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let clerkState: StorageState;
  let cbp: ApiSession;
  let clerk: ApiSession;

  async function signedIn(
    path: string,
    language: TestLanguage,
    viewport: ViewportName = "desktop",
  ) {
    const context = await newContext(browser, { storageState: clerkState, viewport });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.baseUrl}${path}?lang=${language}`);
    return { context, page, errors };
  }

  async function inProceedings(familyName: string): Promise<string> {
    const opened = await cbp.post("/api/cases", {
      person: { givenName: "Anton", familyName, nationality: "RU", languages: ["ru"] },
      occurredAt: new Date(Date.now() - 5 * DAY_MS).toISOString(),
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const id = (opened.body as { id: string }).id;
    for (const command of [
      { type: "RecordEncounter", place: "Near Tecate", port: null },
      { type: "ProcessUnderTitle8", pathway: "section_240" },
      { type: "ServeNoticeToAppear", court: "eoir-san-diego" },
    ]) {
      const version = ((await cbp.get(`/api/cases/${id}`)).body as { version: number }).version;
      const ran = await cbp.post(`/api/cases/${id}/commands`, {
        expectedVersion: version,
        command,
      });
      expect(ran.status, JSON.stringify(ran.body)).toBe(200);
    }
    return id;
  }

  async function showDay(page: Page, language: TestLanguage, day: string) {
    const texts = catalogues[language].docket;
    await page.getByLabel(texts.court, { exact: true }).selectOption("eoir-san-diego");
    await page.getByLabel(texts.day, { exact: true }).fill(day);
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    clerkState = await signedInState(browser, server.baseUrl, "court_clerk");
    cbp = await staffApi(server.baseUrl, "cbp_officer");
    clerk = await staffApi(server.baseUrl, "court_clerk");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const LANGUAGES: TestLanguage[] = ["en", "es", "ru", "uk", "ht", "pt"];
  for (const [index, language] of LANGUAGES.entries()) {
    it(`the docket page passes axe at 360 and 1280 px (${language})`, async () => {
      const day = dayFromNow(60 + index);
      const made = await clerk.post("/api/courts/eoir-san-diego/sessions", {
        judgeId: "ij-san-diego-3",
        room: "3",
        day,
        start: "09:00",
        end: "10:00",
        kind: "individual",
        slotMinutes: 30,
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      for (const viewport of ["mobile", "desktop"] as const) {
        const { context, page, errors } = await signedIn("/docket", language, viewport);
        await page
          .getByRole("heading", { name: catalogues[language].docket.title, level: 1 })
          .waitFor();
        await showDay(page, language, day);
        await page.locator("tr[data-slot]").first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          "no sideways scrolling",
        ).toBeLessThanOrEqual(await page.evaluate(() => window.innerWidth));
        if (viewport === "mobile") await saveScreenshot(page, `docket-${language}-360`);
        expect(errors).toEqual([]);
        await context.close();
      }
    });
  }

  for (const [language, ahead] of Object.entries(DAYS_AHEAD) as [TestLanguage, number][]) {
    it(`adds a session, and books a hearing into one of its slots from the case page (${language})`, async () => {
      const texts = catalogues[language];
      const day = dayFromNow(ahead);
      const clerk = await signedIn("/docket", language);
      const { page } = clerk;
      await page.getByRole("heading", { name: texts.docket.title, level: 1 }).waitFor();
      await showDay(page, language, day);
      await page.getByTestId("no-slots").waitFor();
      const form = page.locator(".haven-docket__session form");
      await form.getByLabel(texts.docket.session.start, { exact: true }).fill("09:00");
      await form.getByLabel(texts.docket.session.end, { exact: true }).fill("10:00");
      await form.getByRole("button", { name: texts.docket.session.submit }).click();
      await page.getByText(texts.docket.session.added.replace("{{count}}", "4")).waitFor();
      const rows = page.locator("tr[data-slot]");
      await rows.nth(3).waitFor();
      expect(await rows.locator("time").allTextContents()).toEqual([
        "09:00",
        "09:15",
        "09:30",
        "09:45",
      ]);
      // The same judge cannot sit twice at once.
      await form.getByRole("button", { name: texts.docket.session.submit }).click();
      await page.getByText(texts.docket.session.clash).waitFor();

      const caseId = await inProceedings(language === "en" ? "Docketov" : "Zalov");
      await page.goto(`${server.baseUrl}/cases/${caseId}?lang=${language}`);
      const title = texts.command.ScheduleHearing.title;
      await page.getByRole("button", { name: title, exact: true }).click();
      const schedule = page.locator('[data-command="ScheduleHearing"] form');
      await schedule.getByLabel(texts.commandField.hearingId, { exact: true }).fill("h-1");
      // The picker starts at the court the Notice to Appear names.
      const court = schedule.getByLabel(texts.docket.court, { exact: true });
      await expect.poll(() => court.inputValue(), { timeout: 30_000 }).toBe("eoir-san-diego");
      await schedule.getByLabel(texts.docket.day, { exact: true }).fill(day);
      const slot = schedule.getByLabel(texts.docket.slot, { exact: true });
      await slot.locator("option", { hasText: "09:15" }).waitFor({ state: "attached" });
      await slot.selectOption({
        label: (await slot.locator("option", { hasText: "09:15" }).textContent()) ?? "",
      });
      await schedule.getByRole("button", { name: title, exact: true }).click();
      await page.getByText(texts.commandForm.done.replace("{{command}}", title)).waitFor();

      await page.goto(`${server.baseUrl}/docket?lang=${language}`);
      await showDay(page, language, day);
      const booked = page.locator('tr[data-free="false"]');
      await booked.waitFor();
      expect(await booked.locator("time").textContent()).toBe("09:15");
      expect(await booked.getByRole("link").getAttribute("href")).toBe(`/cases/${caseId}`);
      expect(clerk.errors).toEqual([]);
      await clerk.context.close();
    });
  }
});
