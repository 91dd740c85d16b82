import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountHeader } from "./pages/AccountHeader.ts";
import { AdminInvitationsPage } from "./pages/AdminInvitationsPage.ts";
import { CaseListPage } from "./pages/CaseListPage.ts";
import { InvitationPage } from "./pages/InvitationPage.ts";
import { RegisterPage } from "./pages/RegisterPage.ts";
import { SecondFactorPage } from "./pages/SecondFactorPage.ts";
import { SignInPage } from "./pages/SignInPage.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser, newContext, type ViewportName } from "./support/browser.ts";
import { catalogues, type TestLanguage } from "./support/catalogues.ts";
import { DEMO_PASSWORD, demoAccount, demoStaff } from "./support/demo.ts";
import { findLink, type Mailbox, startMailbox } from "./support/mailbox.ts";
import { collectPageErrors } from "./support/pageErrors.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { type RunningServer, startServer } from "./support/server.ts";

const OFFICER = "officer@uscis.example.gov";
const OFFICER_PASSWORD = "granite lantern orchard 42";
const TEACHER = "Irina Voronova";

/** Checks the page with axe and saves a screenshot named after it. */
async function check(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), name).toEqual([]);
  await saveScreenshot(page, name);
}

describe("accounts: invitations, the second factor, registration and sign-in", () => {
  let mailbox: Mailbox;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mailbox = await startMailbox();
    server = await startServer({ env: { SMTP_URL: mailbox.url } });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mailbox?.close();
  });

  /**
   * The demo administrator signs in and invites `email` as `role`; returns the link mailed. With
   * `shots`, the administrator's pages are checked with axe and photographed on the way.
   */
  async function invite(
    page: Page,
    invitee: { email: string; role: string; name?: string },
    shots = false,
  ): Promise<string> {
    const admin = demoStaff("administrator");
    const signIn = await SignInPage.open(page, server.baseUrl, "en");
    await signIn.signInStaff(admin.email, DEMO_PASSWORD, admin.totpSecret);
    const inviteLink = page.getByRole("link", { name: catalogues.en.admin.title });
    await inviteLink.waitFor();
    if (shots) await check(page, "admin-home-en-desktop");
    await inviteLink.click();
    const invitations = new AdminInvitationsPage(page);
    await invitations.waitUntilLoaded();
    if (shots) await check(page, "admin-invitations-en-desktop");
    await invitations.invite(invitee.email, invitee.role, invitee.name);
    if (shots) await check(page, "invitation-sent-en-desktop");
    const { email } = invitee;
    const mail = await mailbox.waitForMessage(email);
    return findLink(mail, `${server.baseUrl}/invitation/`);
  }

  it("an administrator invites an asylum officer, who enrols TOTP and signs in", async () => {
    const adminContext = await newContext(browser);
    const officerContext = await newContext(browser);
    try {
      const adminPage = await adminContext.newPage();
      const adminErrors = collectPageErrors(adminPage);
      const officer = { email: OFFICER, role: "asylum_officer", name: "Ana Ortega" };
      const link = await invite(adminPage, officer, true);
      expect(await adminPage.title()).toBe(`${catalogues.en.admin.sentTitle} | Haven`);
      await new AccountHeader(adminPage).signOut();
      expect(adminErrors).toEqual([]);

      const page = await officerContext.newPage();
      const errors = collectPageErrors(page);
      const invitation = await InvitationPage.open(page, link);
      expect(await invitation.role()).toBe("asylum_officer");
      expect(await invitation.summary.textContent()).toContain(OFFICER);
      await check(page, "invitation-en-desktop");
      await invitation.accept(OFFICER_PASSWORD);

      const enrol = new SecondFactorPage(page);
      await enrol.waitUntilLoaded();
      expect(await enrol.qr.getAttribute("alt")).toBe(catalogues.en.secondFactor.qrAlt);
      await check(page, "second-factor-en-desktop");
      const secret = await enrol.readSecret();
      const recoveryCodes = await enrol.confirm(secret);
      expect(recoveryCodes.length).toBeGreaterThanOrEqual(8);
      await check(page, "recovery-codes-en-desktop");
      await enrol.continueAfterSaving();

      // An officer's home is the worklist; every case they may see is one link away.
      const worklist = page.getByRole("heading", { level: 1, name: catalogues.en.workspace.title });
      await worklist.waitFor();
      const header = new AccountHeader(page);
      expect(await header.accountName.textContent()).toContain("Ana Ortega");
      await header.signOut();

      const signIn = new SignInPage(page);
      await signIn.signInStaff(OFFICER, OFFICER_PASSWORD, secret);
      await worklist.waitFor();
      await page.getByRole("link", { name: catalogues.en.workspace.allCases }).click();
      const list = new CaseListPage(page);
      await list.caseLinks.first().waitFor();
      expect(await list.caseNames()).toContain(TEACHER);
      expect(errors).toEqual([]);
    } finally {
      await adminContext.close();
      await officerContext.close();
    }
  });

  it("an applicant registers and signs in again, in Russian", async () => {
    const context = await newContext(browser, { viewport: "mobile" });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const ru = catalogues.ru;
    const email = "applicant.ru@example.org";
    const password = "тихий берег весна 2023";
    try {
      const register = await RegisterPage.open(page, server.baseUrl, "ru");
      expect(await register.heading.textContent()).toBe(ru.register.title);
      expect(await page.locator("html").getAttribute("lang")).toBe("ru");
      expect(await register.language.inputValue()).toBe("ru");

      await register.submit();
      const summary = register.errorSummary;
      await summary.waitFor();
      expect(await summary.evaluate((node) => node === document.activeElement)).toBe(true);
      expect(await summary.textContent()).toContain(ru.register.emailMissing);
      expect(await register.password.getAttribute("aria-describedby")).toBe(
        "register-password-hint register-password-error",
      );
      await check(page, "register-errors-ru-mobile");

      await register.register(email, password);
      await page.getByRole("heading", { level: 1, name: ru.myCases.title }).waitFor();
      expect(await page.getByTestId("no-cases").textContent()).toBe(ru.myCases.empty);
      expect(await page.getByTestId("account-name").textContent()).toContain(ru.role.applicant);
      await check(page, "my-cases-ru-mobile");

      await new AccountHeader(page).signOut();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(ru.signIn.title);
      const signIn = new SignInPage(page);
      await signIn.submitPassword(email, "not the password at all");
      await signIn.errorSummary.waitFor();
      expect(await signIn.errorSummary.textContent()).toContain(ru.signIn.failed);
      await check(page, "sign-in-failed-ru-mobile");

      await signIn.submitPassword(email, password);
      await page.getByRole("heading", { level: 1, name: ru.myCases.title }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("ru");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("registers with a phone number, naming a password the API refuses", async () => {
    const context = await newContext(browser, { viewport: "mobile" });
    const page = await context.newPage();
    const uk = catalogues.uk;
    try {
      const register = await RegisterPage.open(page, server.baseUrl, "uk");
      await page.locator("label[for=register-method-phone]").click();
      await page.locator("#register-phone").fill("+1 (619) 555-0142");
      await register.password.fill("passwordpassword");
      await register.submit();
      await register.errorSummary.waitFor();
      expect(await register.errorSummary.textContent()).toContain(uk.password.rejected);
      expect(await page.locator("#register-password-error").textContent()).toBe(
        uk.password.rejected,
      );
      await check(page, "register-rejected-uk-mobile");

      await register.password.fill("соняшник над річкою");
      await register.submit();
      await page.getByRole("heading", { level: 1, name: uk.myCases.title }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("shows a demo applicant her own case, and no one else's", async () => {
    const context = await newContext(browser, { viewport: "mobile" });
    const page = await context.newPage();
    try {
      const signIn = await SignInPage.open(page, server.baseUrl, "ru");
      await signIn.submitPassword(demoAccount("applicant").email, DEMO_PASSWORD);
      const list = new CaseListPage(page);
      await list.caseLinks.first().waitFor();
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        catalogues.ru.myCases.title,
      );
      expect(await list.caseNames()).toEqual([TEACHER]);
      await check(page, "my-cases-demo-ru-mobile");
    } finally {
      await context.close();
    }
  });

  it("resets a forgotten password with the link sent by e-mail", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const en = catalogues.en;
    const email = "forgetful@example.org";
    try {
      const register = await RegisterPage.open(page, server.baseUrl, "en");
      await register.register(email, "first password of mine");
      await page.getByRole("heading", { level: 1, name: en.myCases.title }).waitFor();
      await new AccountHeader(page).signOut();

      await page.getByRole("link", { name: en.signIn.forgot }).click();
      await page.locator("#password-reset-identifier").fill(email);
      await page.locator("form button[type=submit]").click();
      await page.getByTestId("reset-sent").waitFor();
      const link = findLink(
        await mailbox.waitForMessage(email),
        `${server.baseUrl}/password-reset/`,
      );

      await page.goto(link);
      await page.locator("#password-reset-password").fill("second password, longer");
      await page.locator("form button[type=submit]").click();
      await page.getByRole("heading", { level: 1, name: en.passwordReset.doneTitle }).waitFor();

      await page.goto(link);
      await page.locator("#password-reset-password").fill("third password, unused");
      await page.locator("form button[type=submit]").click();
      await page.getByRole("heading", { level: 1, name: en.passwordReset.invalidTitle }).waitFor();

      const signIn = await SignInPage.open(page, server.baseUrl, "en");
      await signIn.submitPassword(email, "second password, longer");
      await page.getByRole("heading", { level: 1, name: en.myCases.title }).waitFor();
    } finally {
      await context.close();
    }
  });

  const PAGES: { language: TestLanguage; viewport: ViewportName }[] = [
    { language: "en", viewport: "desktop" },
    { language: "en", viewport: "mobile" },
    { language: "ru", viewport: "desktop" },
    { language: "ru", viewport: "mobile" },
    { language: "es", viewport: "mobile" },
  ];

  for (const { language, viewport } of PAGES) {
    it(`has no axe violations on the signed-out pages (${language}, ${viewport})`, async () => {
      const context = await newContext(browser, { viewport });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const messages = catalogues[language];
      const open = async (path: string, title: string, name: string) => {
        await page.goto(`${server.baseUrl}${path}?lang=${language}`);
        await page.getByRole("heading", { level: 1, name: title }).waitFor();
        await check(page, `${name}-${language}-${viewport}`);
      };
      try {
        await open("/", messages.home.welcomeTitle, "welcome");
        await open("/sign-in", messages.signIn.title, "sign-in");
        await open("/register", messages.register.title, "register");
        await open("/password-reset", messages.passwordReset.title, "password-reset");
        await open("/password-reset/not-a-token", messages.passwordReset.newTitle, "reset-form");
        await open("/invitation/not-a-token", messages.invitation.invalidTitle, "invitation-bad");
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it("has no axe violations on the staff pages in Russian at 360 px", async () => {
    const adminContext = await newContext(browser, { viewport: "mobile" });
    const context = await newContext(browser, { viewport: "mobile" });
    const ru = catalogues.ru;
    try {
      const adminPage = await adminContext.newPage();
      const link = await invite(adminPage, {
        email: "cbp.ru@cbp.example.gov",
        role: "cbp_officer",
      });
      await adminPage.goto(`${server.baseUrl}/admin/invitations?lang=ru`);
      await adminPage.getByRole("heading", { level: 1, name: ru.admin.title }).waitFor();
      await adminPage.locator("#invite-role").selectOption("cbp_officer");
      await adminPage.locator("#invite-post").waitFor();
      await check(adminPage, "admin-invitations-ru-mobile");

      const page = await context.newPage();
      await page.goto(`${link}?lang=ru`);
      const invitation = new InvitationPage(page);
      await invitation.password.waitFor();
      await check(page, "invitation-ru-mobile");
      await invitation.accept("степь ковыль рассвет 17");
      const enrol = new SecondFactorPage(page);
      await enrol.waitUntilLoaded();
      await enrol.code.fill("12");
      await page.locator("form button[type=submit]").click();
      await page.getByTestId("error-summary").waitFor();
      await check(page, "second-factor-ru-mobile");

      const secret = await enrol.readSecret();
      await enrol.confirm(secret);
      await check(page, "recovery-codes-ru-mobile");
      await enrol.continueAfterSaving();
      await new AccountHeader(page).signOut();

      const signIn = new SignInPage(page);
      await signIn.submitPassword("cbp.ru@cbp.example.gov", "степь ковыль рассвет 17");
      await signIn.code.waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        ru.signIn.codeTitle,
      );
      await check(page, "sign-in-code-ru-mobile");
    } finally {
      await adminContext.close();
      await context.close();
    }
  });

  it("tells other roles that the invitation page is not theirs", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      const officer = demoStaff("asylum_officer");
      await page.goto(`${server.baseUrl}/admin/invitations?lang=en`);
      const signIn = new SignInPage(page);
      await signIn.identifier.waitFor();
      await signIn.signInStaff(officer.email, DEMO_PASSWORD, officer.totpSecret);
      expect(new URL(page.url()).pathname).toBe("/admin/invitations");
      await page.getByRole("heading", { level: 1, name: catalogues.en.notAllowed.title }).waitFor();
    } finally {
      await context.close();
    }
  });
});
