import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AppointmentRegistrationPage,
  type TypedPerson,
} from "./pages/AppointmentRegistrationPage.ts";
import { AppointmentsPage } from "./pages/AppointmentsPage.ts";
import { PortCheckInPage } from "./pages/PortCheckInPage.ts";
import { ReferralsPage } from "./pages/ReferralsPage.ts";
import { RegisterPage } from "./pages/RegisterPage.ts";
import { SignInPage } from "./pages/SignInPage.ts";
import { TimelinePage } from "./pages/TimelinePage.ts";
import { staffApi } from "./support/api.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser, newContext, type StorageState } from "./support/browser.ts";
import { catalogues, type TestLanguage } from "./support/catalogues.ts";
import { type Mailbox, startMailbox } from "./support/mailbox.ts";
import { collectPageErrors } from "./support/pageErrors.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { signedInState } from "./support/session.ts";
import { setServerClockOffset } from "./support/totp.ts";

const LANGUAGES: TestLanguage[] = ["en", "es", "ru", "uk", "ht", "pt"];
const PASSWORD = "тихий берег весна 2023";

/** The principal and her son, Russian citizens, with their names in Cyrillic too. */
const MOTHER: TypedPerson = {
  givenName: "Olga",
  familyName: "Smirnova",
  nativeGivenName: "Ольга",
  nativeFamilyName: "Смирнова",
  birth: { day: "14", month: "2", year: "1987" },
  nationality: "RU",
};
const SON: TypedPerson = {
  givenName: "Artem",
  familyName: "Smirnov",
  nativeGivenName: "Артём",
  nativeFamilyName: "Смирнов",
  birth: { day: "3", month: "9", year: "2014" },
  nationality: "RU",
};

interface RequestWindow {
  date: string;
  status: string;
  appointmentDate: string;
}

/** Checks the page with axe and saves a screenshot named after it. */
async function check(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), name).toEqual([]);
  await saveScreenshot(page, name);
}

async function currentWindow(baseUrl: string): Promise<RequestWindow> {
  return (await (await fetch(`${baseUrl}/api/appointments/window`)).json()) as RequestWindow;
}

describe("appointments at ports of entry", () => {
  let mailbox: Mailbox;
  let server: RunningServer;
  let browser: Browser;
  let officer: StorageState;
  let screener: StorageState;
  let offsetSeconds = 0;

  /**
   * Restarts the server with its clock `days` after the run's (same database) and signs the staff
   * in again. The clock only goes forward: a second factor's code is taken once, so a step
   * already used can never sign in again.
   */
  async function serverDay(days: number) {
    const seconds = offsetSeconds + days * 86_400;
    setServerClockOffset(seconds);
    await server.restart({ CLOCK_OFFSET_SECONDS: String(seconds) });
    officer = await signedInState(browser, server.baseUrl, "cbp_officer");
    screener = await signedInState(browser, server.baseUrl, "ngo_screener");
  }

  beforeAll(async () => {
    mailbox = await startMailbox();
    // The day's request window is open 11:00–23:00 Central: run the server's clock at 20:00 UTC
    // of today (14:00 or 15:00 Central) whatever the hour this test runs.
    const openNow = new Date();
    openNow.setUTCHours(20, 0, 0, 0);
    offsetSeconds = Math.round((openNow.getTime() - Date.now()) / 1000);
    setServerClockOffset(offsetSeconds);
    server = await startServer({
      env: { SMTP_URL: mailbox.url, CLOCK_OFFSET_SECONDS: String(offsetSeconds) },
    });
    browser = await launchBrowser();
    officer = await signedInState(browser, server.baseUrl, "cbp_officer");
    screener = await signedInState(browser, server.baseUrl, "ngo_screener");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mailbox?.close();
    setServerClockOffset(0);
  });

  /** A new applicant account, signed in, in `language`, at 360 px. */
  async function newApplicant(language: TestLanguage, email: string) {
    const context = await newContext(browser, { viewport: "mobile" });
    const page = await context.newPage();
    const register = await RegisterPage.open(page, server.baseUrl, language);
    await register.register(email, PASSWORD);
    await page
      .getByRole("heading", { level: 1, name: catalogues[language].myCases.title })
      .waitFor();
    return { context, page };
  }

  it("registers a family in Russian, draws it, mails the code and checks it in at the port", async () => {
    const ru = catalogues.ru;
    const email = "olga.smirnova@example.org";
    const requestWindow = await currentWindow(server.baseUrl);
    expect(requestWindow.status, "the e2e needs the day's request window to be open").toBe("open");
    const { context, page } = await newApplicant("ru", email);
    const errors = collectPageErrors(page);
    let officerContext = await newContext(browser, { storageState: officer });
    try {
      await page.getByRole("link", { name: ru.nav.appointments }).click();
      const appointments = new AppointmentsPage(page);
      await appointments.waitUntilLoaded();
      expect(await appointments.windowStatus.textContent()).toBe(ru.appointments.windowStatus.open);
      expect(await page.locator("main").textContent()).toContain(ru.appointments.free);
      await appointments.registerLink.click();

      const registration = new AppointmentRegistrationPage(page);
      await registration.waitForStep(1);
      expect(await page.locator("#principal-native-given-name").getAttribute("lang")).toBe("ru");
      await registration.fillPerson("principal", MOTHER);
      await registration.next();
      await registration.waitForStep(2);
      await registration.addFamilyMember(1, SON);
      await registration.next();
      await registration.waitForStep(3);
      await registration.fillContact(email);
      await registration.next();
      await registration.waitForStep(4);
      await registration.choosePorts(["san_ysidro", "calexico"]);
      await registration.next();
      await registration.waitForStep(5);
      expect(await registration.request.isChecked()).toBe(true);
      await check(page, "appointment-review-ru-mobile");
      // She asks from the appointments page instead, with its "request a place" button.
      await page.locator(`label[for=registration-request]`).click();
      await registration.next();
      await registration.outcome.waitFor();
      expect(await registration.outcome.getAttribute("data-status")).toBe("active");
      expect(await registration.outcome.textContent()).toContain("Olga Smirnova");
      expect(await registration.outcome.textContent()).toContain("Artem Smirnov");
      expect(await registration.outcome.textContent()).toContain(ru.registration.notInDraw);
      await check(page, "appointment-registered-ru-mobile");

      await page.getByRole("link", { name: ru.registration.toAppointments }).click();
      await appointments.registrations.first().waitFor();
      expect(await appointments.requestStatuses()).toEqual([]);
      await appointments.requestButton.click();
      await page.getByTestId("request-message").waitFor();
      expect(await appointments.requestStatuses()).toEqual(["pending"]);
      expect(await appointments.requestButton.count()).toBe(0);
      await check(page, "appointments-requested-ru-mobile");

      const admin = await staffApi(server.baseUrl, "administrator");
      const closed = await admin.post(`/api/admin/lottery/${requestWindow.date}/close`);
      expect(closed.status, JSON.stringify(closed.body)).toBe(200);
      const drawn = await admin.post(`/api/admin/lottery/${requestWindow.date}/draw`);
      expect(drawn.status, JSON.stringify(drawn.body)).toBe(200);

      const mail = await mailbox.waitForMessage(email, 30_000);
      expect(mail.subject).toBe("Ваша запись на пункт въезда");
      const code = /Ваш код: (\S+)/.exec(mail.text)?.[1];
      expect(code, mail.text).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

      await page.reload();
      await appointments.code.waitFor();
      expect(await appointments.code.textContent()).toBe(code);
      expect(await appointments.confirmation.getAttribute("data-status")).toBe("confirmed");
      expect(await appointments.requestStatuses()).toEqual(["allocated"]);
      await check(page, "appointment-confirmation-ru-mobile");

      await page.locator(`a[href='/lottery/${requestWindow.date}']`).click();
      await page.locator("[data-testid=draw-status] .haven-tag--drawn").waitFor();
      expect(await page.locator(".haven-hex-table").count()).toBe(2);
      await check(page, "lottery-drawn-ru-mobile");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
      await page.goBack();
      await appointments.code.waitFor();

      // Check-in is on the appointment's day, 14 days on: the server's clock goes there, and
      // everyone signs in again (their sessions have long expired by then).
      await serverDay(14);
      await officerContext.close();
      officerContext = await newContext(browser, { storageState: officer });
      const officerPage = await officerContext.newPage();
      const officerErrors = collectPageErrors(officerPage);
      const checkIn = await PortCheckInPage.open(officerPage, server.baseUrl, "en");
      await checkIn.showDay(requestWindow.appointmentDate);
      await checkIn.find(String(code).toLowerCase());
      await checkIn.found.waitFor();
      // Both scripts, as the family wrote them: what the officer compares with their documents.
      expect(await checkIn.foundPeople.allInnerTexts()).toEqual([
        "Olga Smirnova (Ольга Смирнова)",
        "Artem Smirnov (Артём Смирнов)",
      ]);
      await check(officerPage, "check-in-found-en-desktop");
      await checkIn.checkIn();
      await check(officerPage, "check-in-done-en-desktop");

      await checkIn.result.getByRole("link", { name: "Olga Smirnova" }).click();
      const timeline = new TimelinePage(officerPage);
      await timeline.waitUntilLoaded();
      expect(await timeline.eventTypes()).toEqual(
        expect.arrayContaining(["AppointmentCheckedIn", "EncounterRecorded"]),
      );
      expect(await timeline.eventLabels()).toContain(catalogues.en.event.AppointmentCheckedIn);
      await saveScreenshot(officerPage, "check-in-timeline-en-desktop");

      const signIn = await SignInPage.open(page, server.baseUrl, "ru");
      await signIn.submitPassword(email, PASSWORD);
      await page.getByRole("heading", { level: 1, name: ru.myCases.title }).waitFor();
      await page.getByRole("link", { name: ru.nav.appointments }).click();
      await appointments.confirmation.waitFor();
      expect(await appointments.confirmation.getAttribute("data-status")).toBe("checked_in");
      expect(errors).toEqual([]);
      expect(officerErrors).toEqual([]);
    } finally {
      await context.close();
      await officerContext.close();
    }
  });

  /** Goes through the five steps, to the review step (not yet sent). */
  async function fillRegistration(page: Page, language: TestLanguage, people: TypedPerson[]) {
    const registration = await AppointmentRegistrationPage.open(page, server.baseUrl, language);
    const [principal, ...members] = people;
    if (!principal) throw new Error("A registration needs a principal.");
    await registration.fillPerson("principal", principal);
    await registration.next();
    await registration.waitForStep(2);
    for (const [index, member] of members.entries()) {
      await registration.addFamilyMember(index + 1, member);
    }
    await registration.next();
    await registration.waitForStep(3);
    await registration.fillContact("family@example.org");
    await registration.next();
    await registration.waitForStep(4);
    await registration.choosePorts(["el_paso"]);
    await registration.next();
    await registration.waitForStep(5);
    return registration;
  }

  it("answers a family with someone registered already like any other, and takes her word that someone registered in her name", async () => {
    const uk = catalogues.uk;
    const nadia: TypedPerson = {
      givenName: "Nadiia",
      familyName: "Kovalenko",
      nativeGivenName: "Надія",
      nativeFamilyName: "Коваленко",
      birth: { day: "21", month: "8", year: "2009" },
      nationality: "UA",
    };
    const first = await newApplicant("uk", "kovalenko.first@example.org");
    const second = await newApplicant("uk", "kovalenko.second@example.org");
    try {
      const once = await fillRegistration(first.page, "uk", [nadia]);
      await once.next();
      await once.outcome.waitFor();

      const mother = { ...nadia, givenName: "Oksana", nativeGivenName: "Оксана" };
      const twice = await fillRegistration(second.page, "uk", [
        { ...mother, birth: { day: "2", month: "3", year: "1984" } },
        nadia,
      ]);
      await twice.next();
      // The same answer as to anyone: nothing says that Nadiia is registered already (8 CFR 208.6).
      await twice.outcome.waitFor();
      expect(await twice.outcome.getAttribute("data-status")).toBe("active");
      expect(await twice.page.getByRole("heading", { level: 1 }).textContent()).toBe(
        uk.registration.doneTitle,
      );
      expect(await twice.errorSummary.count()).toBe(0);

      // On her appointments page, Oksana says that someone registered her daughter.
      const appointments = await AppointmentsPage.open(second.page, server.baseUrl, "uk");
      const card = appointments.registrations.first();
      await card.getByText(uk.appointments.claim.heading).click();
      const claim = card.getByTestId("claim");
      await claim.getByRole("button", { name: uk.appointments.claim.submit }).click();
      await claim.getByTestId("error-summary").waitFor();
      expect(await claim.locator(".usa-error-message").allTextContents()).toEqual([
        uk.appointments.claim.statementMissing,
      ]);
      await claim
        .getByLabel(uk.appointments.claim.statement)
        .fill("Я не реєструвала доньку раніше. Хтось інший зареєстрував її.");
      await claim.getByRole("button", { name: uk.appointments.claim.submit }).click();
      await claim.getByTestId("claim-recorded").waitFor();
      expect(await claim.getByTestId("claim-recorded").textContent()).toBe(
        uk.appointments.claim.recorded,
      );
      await check(second.page, "appointment-claim-uk-mobile");
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  it("a screener refers a mother, and a CBP officer decides with a reason the screener sees", async () => {
    const en = catalogues.en;
    const screenerContext = await newContext(browser, { storageState: screener });
    const officerContext = await newContext(browser, { storageState: officer });
    try {
      const page = await screenerContext.newPage();
      const errors = collectPageErrors(page);
      const referrals = await ReferralsPage.open(page, server.baseUrl, "en");
      await referrals.fillPerson({
        givenName: "Amina",
        familyName: "Diallo",
        birth: { day: "2", month: "5", year: "1995" },
        nationality: "GN",
        languages: ["fr"],
      });
      await page.locator("#referral-category").selectOption("women_with_small_children");
      await page.locator("#referral-note").fill("Two children under five; the youngest is ill.");
      await referrals.submitReferral();
      await page.getByTestId("referral-sent").waitFor();
      const row = page.locator(".haven-referrals tbody tr", { hasText: "Amina Diallo" });
      expect(await row.getAttribute("data-status")).toBe("pending");

      const officerPage = await officerContext.newPage();
      const queue = await ReferralsPage.open(officerPage, server.baseUrl, "en");
      const item = queue.pending.filter({ hasText: "Amina Diallo" });
      await item.locator("button[value=granted]").click();
      await item.getByTestId("error-summary").waitFor();
      expect(await item.getByTestId("error-summary").textContent()).toContain(
        en.referrals.reasonMissing,
      );
      await item.locator("textarea").fill("Not a case for an exception at this port today.");
      await item.locator("button[value=refused]").click();
      await item.waitFor({ state: "detached" });
      await check(officerPage, "referrals-decided-en-desktop");

      await page.reload();
      await row.waitFor();
      expect(await row.getAttribute("data-status")).toBe("refused");
      expect(await row.textContent()).toContain("Not a case for an exception at this port today.");
      await check(page, "referrals-screener-decided-en-desktop");
      expect(errors).toEqual([]);
    } finally {
      await screenerContext.close();
      await officerContext.close();
    }
  });

  for (const language of LANGUAGES) {
    it(`has no axe violations on the appointment pages (${language}, 360 px)`, async () => {
      const messages = catalogues[language];
      const { context, page } = await newApplicant(language, `axe.${language}@example.org`);
      const errors = collectPageErrors(page);
      const staffContext = await newContext(browser, { viewport: "mobile", storageState: officer });
      const screenerContext = await newContext(browser, {
        viewport: "mobile",
        storageState: screener,
      });
      const shot = async (target: Page, name: string) => {
        await check(target, `${name}-${language}-mobile`);
        const width = await target.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${name} is wider than the phone`).toBeLessThanOrEqual(360);
      };
      try {
        const appointments = await AppointmentsPage.open(page, server.baseUrl, language);
        expect(await appointments.heading.textContent()).toBe(messages.appointments.title);
        await shot(page, "appointments");

        const registration = await AppointmentRegistrationPage.open(page, server.baseUrl, language);
        await registration.next();
        await registration.errorSummary.waitFor();
        expect(await registration.errorSummary.textContent()).toContain(
          messages.person.givenNameMissing,
        );
        await shot(page, "appointment-step-1-errors");
        await registration.fillPerson("principal", { ...MOTHER, givenName: `Olga${language}` });
        await registration.next();
        await registration.waitForStep(2);
        await registration.addFamilyMember(1, { ...SON, givenName: `Artem${language}` });
        await shot(page, "appointment-step-2");
        await registration.next();
        await registration.waitForStep(3);
        await shot(page, "appointment-step-3");
        await registration.fillContact(`axe.${language}@example.org`);
        await registration.next();
        await registration.waitForStep(4);
        await shot(page, "appointment-step-4");
        await registration.choosePorts(["el_paso"]);
        await registration.next();
        await registration.waitForStep(5);
        await shot(page, "appointment-step-5");

        await page.goto(`${server.baseUrl}/lottery/2023-06-01?lang=${language}`);
        await page.getByTestId("draw-status").waitFor();
        await shot(page, "lottery");

        const staffPage = await staffContext.newPage();
        const checkIn = await PortCheckInPage.open(staffPage, server.baseUrl, language);
        expect(await checkIn.heading.textContent()).toBe(messages.checkIn.title);
        await checkIn.find("NOPE-NOPE");
        await checkIn.errorSummary.waitFor();
        await shot(staffPage, "check-in");
        const referrals = await ReferralsPage.open(staffPage, server.baseUrl, language);
        expect(await referrals.heading.textContent()).toBe(messages.referrals.title);
        await shot(staffPage, "referrals-officer");

        const screenerPage = await screenerContext.newPage();
        const referring = await ReferralsPage.open(screenerPage, server.baseUrl, language);
        await referring.submitReferral();
        await referring.errorSummary.waitFor();
        await shot(screenerPage, "referrals-screener");
        expect(errors).toEqual([]);
      } finally {
        await context.close();
        await staffContext.close();
        await screenerContext.close();
      }
    });
  }
});
