import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppointmentsPage } from "./pages/AppointmentsPage.ts";
import { HeldRegistrationsPage } from "./pages/HeldRegistrationsPage.ts";
import { SignInPage } from "./pages/SignInPage.ts";
import { type ApiSession, applicantApi } from "./support/api.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser, newContext, type StorageState, VIEWPORTS } from "./support/browser.ts";
import { catalogues, type TestLanguage } from "./support/catalogues.ts";
import { type Mailbox, startMailbox } from "./support/mailbox.ts";
import { collectPageErrors } from "./support/pageErrors.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { signedInState } from "./support/session.ts";

const LANGUAGES: TestLanguage[] = ["en", "es", "ru", "uk", "ht", "pt"];
const PASSWORD = "тихий берег весна 2023";

interface Person {
  givenName: string;
  familyName: string;
  nativeGivenName?: string;
  nativeFamilyName?: string;
  dateOfBirth: string;
  nationality: string;
}

/** Olga Smirnova, as the first applicant registers her. */
const OLGA: Person = {
  givenName: "Olga",
  familyName: "Smirnova",
  nativeGivenName: "Ольга",
  nativeFamilyName: "Смирнова",
  dateOfBirth: "1990-03-14",
  nationality: "RU",
};

/** The same woman with family and given names the other way round, in both scripts. */
const OLGA_SWAPPED: Person = {
  ...OLGA,
  givenName: "Smirnova",
  familyName: "Olga",
  nativeGivenName: "Смирнова",
  nativeFamilyName: "Ольга",
};

interface Registered {
  id: string;
  status: "active";
}

/** Checks the page with axe and saves a screenshot named after it. */
async function check(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), name).toEqual([]);
  await saveScreenshot(page, name);
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe("registrations held for review", () => {
  let mailbox: Mailbox;
  let server: RunningServer;
  let browser: Browser;
  let officer: StorageState;
  let accounts = 0;

  beforeAll(async () => {
    mailbox = await startMailbox();
    server = await startServer({ env: { SMTP_URL: mailbox.url } });
    browser = await launchBrowser();
    officer = await signedInState(browser, server.baseUrl, "cbp_officer");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mailbox?.close();
  });

  /** A new applicant account that registers `people` together; the API's answer and the account. */
  async function register(language: TestLanguage, ...people: Person[]) {
    accounts += 1;
    const email = `review.${language}.${accounts}@example.org`;
    const api: ApiSession = await applicantApi(server.baseUrl, {
      email,
      password: PASSWORD,
      language,
    });
    const languages = [language === "en" ? "ru" : language];
    const [principal, ...members] = people.map((person) => ({ ...person, languages }));
    const answer = await api.post("/api/registrations", {
      principal,
      members,
      contact: { email },
      preferredPorts: ["el_paso"],
      language,
      requestCurrentWindow: false,
    });
    return { email, status: answer.status, registered: answer.body as Registered };
  }

  /**
   * Registers `first`, then `second` from another account: the second is held for review, though
   * its applicant is answered as anyone is (8 CFR 208.6).
   */
  async function heldPair(language: TestLanguage, first: Person, second: Person) {
    const original = await register(language, first);
    expect(original.status, JSON.stringify(original.registered)).toBe(201);
    const held = await register(language, second);
    expect(held.status, JSON.stringify(held.registered)).toBe(201);
    expect(held.registered.status).toBe("active");
    return held;
  }

  /** The applicant's appointments page, signed in through the sign-in page, at 360 px. */
  async function applicantPage(email: string, language: TestLanguage) {
    const context = await newContext(browser, { viewport: "mobile" });
    const page = await context.newPage();
    const signIn = await SignInPage.open(page, server.baseUrl, language);
    await signIn.submitPassword(email, PASSWORD);
    await page.waitForURL((url) => url.pathname !== "/sign-in");
    const appointments = await AppointmentsPage.open(page, server.baseUrl, language);
    await appointments.registrations.first().waitFor();
    return { context, page, appointments };
  }

  it("a CBP officer compares the names swapped, refuses with a reason, and the applicant reads it", async () => {
    const en = catalogues.en;
    const ru = catalogues.ru;
    const held = await heldPair("ru", OLGA, OLGA_SWAPPED);
    const id = held.registered.id;
    const officerContext = await newContext(browser, { storageState: officer });
    try {
      const page = await officerContext.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${server.baseUrl}/?lang=en`);
      await page.getByRole("link", { name: en.nav.heldRegistrations }).click();
      const review = new HeldRegistrationsPage(page);
      await review.registration(id).waitFor();
      expect(await review.heading.textContent()).toBe(en.held.title);
      const item = review.registration(id);

      // Both people side by side: this registration's, then the registered one it may duplicate.
      expect(await review.row(id, "givenName")).toEqual(["Smirnova", `Olga ${en.held.differs}`]);
      expect(await review.row(id, "familyName")).toEqual(["Olga", `Smirnova ${en.held.differs}`]);
      expect((await review.row(id, "nativeName"))[0]).toBe("Смирнова Ольга");
      expect((await review.row(id, "nativeName"))[1]).toContain("Ольга Смирнова");
      expect(await review.row(id, "dateOfBirth")).toEqual(["March 14, 1990", "March 14, 1990"]);
      expect(await review.row(id, "nationality")).toEqual(["Russia", "Russia"]);
      expect(await review.row(id, "status")).toEqual([
        en.held.registrationStatus.review,
        en.held.registrationStatus.active,
      ]);
      expect(await review.differing(id)).toEqual(["givenName", "familyName", "nativeName"]);
      expect(await item.locator(".haven-match-reasons").textContent()).toContain(
        en.held.match.review["names-swapped"],
      );
      expect(await item.locator("[lang=ru]").first().textContent()).toBe("Смирнова Ольга");
      await check(page, "held-registrations-en-desktop");

      await review.choose(id, "refused");
      await review.submit(id);
      await item.getByTestId("error-summary").waitFor();
      expect(await item.getByTestId("error-summary").textContent()).toContain(
        en.held.reasonMissing,
      );
      expect(await item.locator(".usa-error-message").allTextContents()).toEqual([
        en.held.reasonMissing,
      ]);
      await check(page, "held-registrations-errors-en-desktop");

      const reason = "Olga Smirnova is registered already: one registration per person.";
      await review.fillReason(id, reason);
      await review.submit(id);
      await item.waitFor({ state: "detached" });
      await review.message.waitFor();
      expect(await review.message.getAttribute("role")).toBe("status");
      expect(await review.message.textContent()).toBe(
        en.held.refused.replace("{{names}}", "Smirnova Olga"),
      );
      expect(await review.registrations.count()).toBeGreaterThan(0);
      await check(page, "held-registrations-refused-en-desktop");
      expect(errors).toEqual([]);

      const applicant = await applicantPage(held.email, "ru");
      try {
        const card = applicant.appointments.registrations.first();
        expect(await card.getByTestId("registration-status").textContent()).toBe(
          ru.appointments.registrationStatus.refused,
        );
        const refusal = card.getByTestId("registration-refusal");
        expect(await refusal.textContent()).toContain(reason);
        expect(await refusal.textContent()).toContain(ru.appointments.refusalReason);
        expect(await applicant.appointments.requestButton.count()).toBe(0);
        await check(applicant.page, "appointments-refused-ru-mobile");
        expect(await pageWidth(applicant.page)).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
      } finally {
        await applicant.context.close();
      }

      const mail = await mailbox.waitForMessage(held.email, 30_000);
      expect(mail.text).toContain(reason);
    } finally {
      await officerContext.close();
    }
  });

  it("accepts a registration with the day and month of birth swapped, in Spanish at 360 px; a second tab learns it was decided", async () => {
    const es = catalogues.es;
    const carlos: Person = {
      givenName: "Carlos",
      familyName: "Herrera",
      dateOfBirth: "1985-04-09",
      nationality: "VE",
    };
    const held = await heldPair("es", carlos, { ...carlos, dateOfBirth: "1985-09-04" });
    const id = held.registered.id;
    const officerContext = await newContext(browser, { viewport: "mobile", storageState: officer });
    try {
      const page = await officerContext.newPage();
      const errors = collectPageErrors(page);
      const review = await HeldRegistrationsPage.open(page, server.baseUrl, "es");
      const item = review.registration(id);
      await item.waitFor();
      expect(await review.differing(id)).toEqual(["dateOfBirth"]);
      const dates = await review.row(id, "dateOfBirth");
      expect(dates[0]).toBe("4 de septiembre de 1985");
      expect(dates[1]).toContain("9 de abril de 1985");
      expect(dates[1]).toContain(es.held.differs);
      expect(await item.locator(".haven-match-reasons").textContent()).toContain(
        es.held.match.review["date-transposed"],
      );

      // A second tab, open on the same list, decides later than the first.
      const late = await officerContext.newPage();
      const lateReview = await HeldRegistrationsPage.open(late, server.baseUrl, "es");
      await lateReview.registration(id).waitFor();

      await review.submit(id);
      await item.getByTestId("error-summary").waitFor();
      expect(await item.locator(".usa-error-message").allTextContents()).toEqual([
        es.held.decisionMissing,
        es.held.reasonMissing,
      ]);
      await check(page, "held-registrations-errors-es-mobile");
      expect(await pageWidth(page)).toBeLessThanOrEqual(VIEWPORTS.mobile.width);

      await review.choose(id, "accepted");
      await review.fillReason(id, "Fecha de nacimiento comprobada: son dos personas distintas.");
      await review.submit(id);
      await item.waitFor({ state: "detached" });
      expect(await review.message.textContent()).toBe(
        es.held.accepted.replace("{{names}}", "Carlos Herrera"),
      );
      await check(page, "held-registrations-accepted-es-mobile");

      await lateReview.choose(id, "refused");
      await lateReview.fillReason(id, "Misma persona.");
      await lateReview.submit(id);
      await lateReview.message.waitFor();
      expect(await lateReview.message.getAttribute("role")).toBe("alert");
      expect(await lateReview.message.textContent()).toBe(
        es.held.alreadyReviewed.replace("{{names}}", "Carlos Herrera"),
      );
      await lateReview.registration(id).waitFor({ state: "detached" });
      expect(errors).toEqual([]);

      const applicant = await applicantPage(held.email, "es");
      try {
        const card = applicant.appointments.registrations.first();
        expect(await card.getByTestId("registration-status").textContent()).toBe(
          es.appointments.registrationStatus.active,
        );
        // Accepted, it is what it always was to its applicant: nothing says it was checked.
        expect(await card.getByTestId("registration-refusal").count()).toBe(0);
        await check(applicant.page, "appointments-accepted-es-mobile");
      } finally {
        await applicant.context.close();
      }
    } finally {
      await officerContext.close();
    }
  });

  it("shows each person of a family apart, then a friendly empty state once all are decided (en, 360 px)", async () => {
    const en = catalogues.en;
    const context = await newContext(browser, { viewport: "mobile", storageState: officer });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      // A mother whom nobody registered, with a son whose names are the other way round.
      const son: Person = {
        givenName: "Pavel",
        familyName: "Sokolov",
        nativeGivenName: "Павел",
        nativeFamilyName: "Соколов",
        dateOfBirth: "2012-10-30",
        nationality: "RU",
      };
      expect((await register("en", son)).status).toBe(201);
      const mother = { ...son, givenName: "Anna", nativeGivenName: "Анна" };
      const family = await register(
        "en",
        {
          ...mother,
          familyName: "Sokolova",
          nativeFamilyName: "Соколова",
          dateOfBirth: "1988-01-19",
        },
        {
          ...son,
          givenName: "Sokolov",
          familyName: "Pavel",
          nativeGivenName: "Соколов",
          nativeFamilyName: "Павел",
        },
      );
      expect(family.status).toBe(201);

      const review = await HeldRegistrationsPage.open(page, server.baseUrl, "en");
      const both = review.registration(family.registered.id);
      expect(await both.locator("h2").textContent()).toBe("Anna Sokolova and Sokolov Pavel");
      expect(await both.locator("h3").allTextContents()).toEqual([
        "Anna Sokolova Анна Соколова",
        "Sokolov Pavel Соколов Павел",
      ]);
      expect(await both.getByTestId("no-matches").count()).toBe(1);
      expect(await both.locator(".haven-match-reasons li").count()).toBe(1);
      await both.scrollIntoViewIfNeeded();
      await check(page, "held-registrations-family-en-mobile");
      expect(await pageWidth(page)).toBeLessThanOrEqual(VIEWPORTS.mobile.width);

      // The demo holds one: Irina Voronova's names with the day and month of her birth swapped.
      const demo = review.registrations.filter({ hasText: "Irina Voronova" });
      expect(await demo.locator("td[data-differs]").count()).toBe(1);
      expect(await demo.locator(".haven-match-reasons").textContent()).toContain(
        en.held.match.review["date-transposed"],
      );
      while ((await review.registrations.count()) > 0) {
        const id = String(await review.registrations.first().getAttribute("data-id"));
        await review.choose(id, "accepted");
        await review.fillReason(id, "Checked against the other registration: not the same person.");
        await review.submit(id);
        await review.registration(id).waitFor({ state: "detached" });
      }
      await review.empty.waitFor();
      expect(await review.empty.textContent()).toBe(en.held.none);
      await check(page, "held-registrations-empty-en-mobile");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  /** One pair per language, names swapped, each on a date of birth of its own. */
  const PEOPLE: Record<TestLanguage, Person> = {
    en: { givenName: "Maria", familyName: "Lopez", dateOfBirth: "1979-01-21", nationality: "HN" },
    es: { givenName: "Jose", familyName: "Ramirez", dateOfBirth: "1979-02-22", nationality: "GT" },
    ru: {
      givenName: "Irina",
      familyName: "Volkova",
      nativeGivenName: "Ирина",
      nativeFamilyName: "Волкова",
      dateOfBirth: "1979-03-23",
      nationality: "RU",
    },
    uk: {
      givenName: "Taras",
      familyName: "Shevchuk",
      nativeGivenName: "Тарас",
      nativeFamilyName: "Шевчук",
      dateOfBirth: "1979-04-24",
      nationality: "UA",
    },
    ht: { givenName: "Jean", familyName: "Baptiste", dateOfBirth: "1979-05-25", nationality: "HT" },
    pt: { givenName: "Joao", familyName: "Ferreira", dateOfBirth: "1979-06-26", nationality: "BR" },
  };

  for (const language of LANGUAGES) {
    it(`has no axe violations on the officer's page of held registrations (${language}, 360 and 1280 px)`, async () => {
      const messages = catalogues[language];
      const person = PEOPLE[language];
      const swapped = {
        ...person,
        givenName: person.familyName,
        familyName: person.givenName,
        nativeGivenName: person.nativeFamilyName,
        nativeFamilyName: person.nativeGivenName,
      };
      const held = await heldPair(language, person, swapped);
      const id = held.registered.id;
      const mobile = await newContext(browser, { viewport: "mobile", storageState: officer });
      const desktop = await newContext(browser, { storageState: officer });
      try {
        const page = await mobile.newPage();
        const errors = collectPageErrors(page);
        const review = await HeldRegistrationsPage.open(page, server.baseUrl, language);
        await review.registration(id).waitFor();
        expect(await review.heading.textContent()).toBe(messages.held.title);
        expect(await page.getByRole("link", { name: messages.nav.heldRegistrations }).count()).toBe(
          1,
        );
        await check(page, `held-registrations-${language}-mobile`);
        expect(await pageWidth(page), "wider than the phone").toBeLessThanOrEqual(360);

        await review.submit(id);
        await review.registration(id).getByTestId("error-summary").waitFor();
        await check(page, `held-registrations-errors-${language}-mobile`);
        expect(await pageWidth(page), "wider than the phone").toBeLessThanOrEqual(360);

        const wide = await desktop.newPage();
        const wideReview = await HeldRegistrationsPage.open(wide, server.baseUrl, language);
        await wideReview.registration(id).waitFor();
        await check(wide, `held-registrations-${language}-desktop`);

        await review.choose(id, "accepted");
        await review.fillReason(id, "Checked against the other registration.");
        await review.submit(id);
        await review.message.waitFor();
        await review.registration(id).waitFor({ state: "detached" });
        await check(page, `held-registrations-decided-${language}-mobile`);
        expect(errors).toEqual([]);
      } finally {
        await mobile.close();
        await desktop.close();
      }
    });
  }
});
