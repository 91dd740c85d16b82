import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CaseListPage } from "./pages/CaseListPage.ts";
import { SignInPage } from "./pages/SignInPage.ts";
import { TimelinePage } from "./pages/TimelinePage.ts";
import { axeViolations } from "./support/axe.ts";
import {
  launchBrowser,
  newContext,
  type StorageState,
  type ViewportName,
} from "./support/browser.ts";
import { catalogues, expectedEventLabel, type TestLanguage } from "./support/catalogues.ts";
import { DEMO_PASSWORD, demoStaff } from "./support/demo.ts";
import { collectPageErrors } from "./support/pageErrors.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { cookieHeader, signedInState } from "./support/session.ts";

/** The anti-war mathematics teacher from Moscow, the first of the demo's stories. */
const TEACHER = "Irina Voronova";

interface CaseRead {
  id: string;
  person: { displayName: string };
  timeline: { type: string }[];
}

async function readTeacherCase(baseUrl: string, cookie: string): Promise<CaseRead> {
  const read = async (path: string) =>
    (await fetch(`${baseUrl}${path}`, { headers: { cookie } })).json();
  const list = (await read("/api/cases")) as { cases: CaseRead[] };
  const summary = list.cases.find((item) => item.person.displayName === TEACHER);
  if (!summary) throw new Error(`The demo has no case for ${TEACHER}.`);
  return (await read(`/api/cases/${summary.id}`)) as CaseRead;
}

const RUNS: { language: TestLanguage; viewport: ViewportName }[] = [
  { language: "en", viewport: "desktop" },
  { language: "en", viewport: "mobile" },
  { language: "ru", viewport: "desktop" },
  { language: "ru", viewport: "mobile" },
  { language: "es", viewport: "desktop" },
  { language: "es", viewport: "mobile" },
];

describe("a case's timeline, in the reader's language", () => {
  let server: RunningServer;
  let browser: Browser;
  let teacher: CaseRead;
  /** The demo asylum officer, signed in once (password and TOTP) for every test to start from. */
  let officer: StorageState;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    officer = await signedInState(browser, server.baseUrl, "asylum_officer");
    teacher = await readTeacherCase(server.baseUrl, cookieHeader(officer));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const { language, viewport } of RUNS) {
    it(`lists the cases and opens the teacher's timeline (${language}, ${viewport})`, async () => {
      const context = await newContext(browser, { viewport, storageState: officer });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const messages = catalogues[language];
      try {
        const list = await CaseListPage.open(page, server.baseUrl, language);
        expect(await page.locator("html").getAttribute("lang")).toBe(language);
        expect(await list.heading.textContent()).toBe(messages.cases.title);
        expect(await page.title()).toBe(`${messages.cases.title} | Haven`);
        expect(await list.caseNames()).toContain(TEACHER);
        expect(await axeViolations(page)).toEqual([]);
        await saveScreenshot(page, `cases-${language}-${viewport}`);

        await list.openCase(TEACHER);
        const timeline = new TimelinePage(page);
        await timeline.waitUntilLoaded();
        expect(page.url()).toContain(`/cases/${teacher.id}`);
        expect(await timeline.heading.textContent()).toContain(TEACHER);
        expect(await page.title()).toBe(`${TEACHER} | Haven`);
        expect(await timeline.eventTypes()).toEqual(teacher.timeline.map((event) => event.type));
        expect(await timeline.eventLabels()).toEqual(
          teacher.timeline.map((event) => expectedEventLabel(language, event.type)),
        );
        expect(await timeline.eventLabels()).toContain(messages.event.CaseOpened);
        expect(await timeline.stateValues()).toHaveLength(3);
        expect(await axeViolations(page)).toEqual([]);
        await saveScreenshot(page, `timeline-${language}-${viewport}`);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("keeps the language chosen in the selector when moving between pages", async () => {
    const context = await newContext(browser, { storageState: officer });
    const page = await context.newPage();
    try {
      const list = await CaseListPage.open(page, server.baseUrl, "en");
      await page.getByRole("button", { name: /Language/ }).click();
      await page.getByRole("button", { name: "Українська" }).click();
      await page.getByRole("heading", { level: 1, name: "Справи" }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("uk");
      await list.openCase(TEACHER);
      await new TimelinePage(page).waitUntilLoaded();
      await page.getByRole("heading", { level: 2, name: "Хронологія" }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("asks a reader who is not signed in to sign in, then shows the case", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await page.goto(`${server.baseUrl}/cases/${teacher.id}?lang=en`);
      const signIn = new SignInPage(page);
      await signIn.identifier.waitFor();
      expect(new URL(page.url()).searchParams.get("next")).toBe(`/cases/${teacher.id}?lang=en`);
      const staff = demoStaff("asylum_officer");
      await signIn.signInStaff(staff.email, DEMO_PASSWORD, staff.totpSecret);
      await new TimelinePage(page).waitUntilLoaded();
      expect(new URL(page.url()).pathname).toBe(`/cases/${teacher.id}`);
    } finally {
      await context.close();
    }
  });

  it("tells Yulia, in Russian on a phone, that her one-year deadline was missed and what she can still do", async () => {
    const context = await newContext(browser, { viewport: "mobile", locale: "ru-RU" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const texts = catalogues.ru.deadlines;
    try {
      const signIn = await SignInPage.open(page, server.baseUrl, "ru");
      await signIn.submitPassword("yulia@demo.haven.test", DEMO_PASSWORD);
      await page.waitForURL((url) => url.pathname !== "/sign-in");
      await page.getByRole("link", { name: "Yulia Orlova" }).click();
      await new TimelinePage(page).waitUntilLoaded();
      const missed = page.locator(
        '[data-deadline="protection.asylum-one-year"][data-status="missed"]',
      );
      const said = (await missed.textContent()) ?? "";
      expect(said).toContain(texts.rule["protection_asylum-one-year"]);
      expect(said).toContain(texts.missedHelp);
      expect(said).toContain(texts.afterMissed["protection_asylum-one-year"]);
      const help = missed.getByRole("link", { name: texts.askLawyer });
      expect(await help.getAttribute("href")).toBe(
        "https://www.justice.gov/eoir/list-pro-bono-legal-service-providers",
      );
      await saveScreenshot(missed, "deadline-missed-ru-mobile");
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows an applicant's pages in the language of her account after sign-in, on a phone set to English", async () => {
    const context = await newContext(browser, { viewport: "mobile", locale: "en-US" });
    const page = await context.newPage();
    try {
      await page.goto(`${server.baseUrl}/sign-in`);
      const signIn = new SignInPage(page);
      await signIn.identifier.waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      await signIn.submitPassword("irina@demo.haven.test", DEMO_PASSWORD);
      await page.getByRole("heading", { level: 1, name: catalogues.ru.myCases.title }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("ru");
      // The case's last step is the date of its last event, not of when the record was written.
      const listed = (await (await page.request.get(`${server.baseUrl}/api/cases`)).json()) as {
        cases: { lastEventAt: string; updatedAt: string }[];
      };
      const shown = page.locator(".usa-collection__meta-item time");
      expect(await shown.first().getAttribute("datetime")).toBe(listed.cases[0]?.lastEventAt);
      expect(listed.cases[0]?.lastEventAt).not.toBe(listed.cases[0]?.updatedAt);
    } finally {
      await context.close();
    }
  });

  it("says so when a case does not exist", async () => {
    const context = await newContext(browser, { storageState: officer });
    const page = await context.newPage();
    try {
      await page.goto(`${server.baseUrl}/cases/00000000-0000-4000-8000-000000000000?lang=en`);
      await page
        .getByRole("heading", { level: 1, name: catalogues.en.case.notFoundTitle })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.baseUrl}/cases/not-a-case?lang=ru`);
      await page
        .getByRole("heading", { level: 1, name: catalogues.ru.case.notFoundTitle })
        .waitFor();
    } finally {
      await context.close();
    }
  });
});
