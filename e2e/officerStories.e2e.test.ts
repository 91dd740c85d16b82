/**
 * The source articles' people, clicked through as officers would, in real Chromium: the man who
 * fainted on the plane (in Russian), the man who refused to board, the two brothers, a family.
 * What happened before the officers' part is recorded through the API, dated in the past.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewHeld, negativeConscription } from "../src/demo/stories/common.ts";
import { RemovalFlightsManifestPage } from "./pages/RemovalFlightsManifestPage.ts";
import { type ApiSession, staffApi } from "./support/api.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser, newContext, type StorageState } from "./support/browser.ts";
import { catalogues, type TestLanguage } from "./support/catalogues.ts";
import { commandInPage, commandOverApi } from "./support/commands.ts";
import { collectPageErrors } from "./support/pageErrors.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { signedInState } from "./support/session.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

type Name = [latin: string, native: string];

interface People {
  fainted: [Name, Name];
  refused: [Name, Name];
  brothers: [Name, Name, Name];
  family: [[string, string, string, string], [string, string, string, string]];
  flights: string;
}

/** Each language's run has people of its own, so that a search finds one person. */
const PEOPLE: Partial<Record<TestLanguage, People>> = {
  en: {
    fainted: [
      ["Aleksei", "Алексей"],
      ["Volkov", "Волков"],
    ],
    refused: [
      ["Nikolai", "Николай"],
      ["Belov", "Белов"],
    ],
    brothers: [
      ["Pyotr", "Пётр"],
      ["Ilya", "Илья"],
      ["Orlov", "Орлов"],
    ],
    family: [
      ["Zhanna", "Kalinina", "Жанна", "Калинина"],
      ["Oleh", "Kalinin", "Олег", "Калінін"],
    ],
    flights: "603",
  },
  ru: {
    fainted: [
      ["Mikhail", "Михаил"],
      ["Zaitsev", "Зайцев"],
    ],
    refused: [
      ["Roman", "Роман"],
      ["Gusev", "Гусев"],
    ],
    brothers: [
      ["Artyom", "Артём"],
      ["Kirill", "Кирилл"],
      ["Titov", "Титов"],
    ],
    family: [
      ["Olga", "Fedorova", "Ольга", "Федорова"],
      ["Taras", "Fedorenko", "Тарас", "Федоренко"],
    ],
    flights: "604",
  },
};

interface Case {
  id: string;
  reference: string;
}

describe("the source articles' people, worked by officers in the browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let iceState: StorageState;
  let judgeState: StorageState;
  let cbpState: StorageState;
  let cbp: ApiSession;
  let ice: ApiSession;
  let asylum: ApiSession;
  let supervisor: ApiSession;

  const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

  async function person(givenName: string, familyName: string, native: [string, string]) {
    const opened = await cbp.post("/api/cases", {
      person: {
        givenName,
        familyName,
        nativeGivenName: native[0],
        nativeFamilyName: native[1],
        nationality: "RU",
        languages: ["ru"],
      },
      occurredAt: ago(40),
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    return opened.body as Case;
  }

  /** Met between ports, fear claimed, detained, screened negative, review by a judge asked. */
  async function awaitingJudgeReview(
    givenName: string,
    familyName: string,
    native: [string, string],
  ) {
    const man = await person(givenName, familyName, native);
    await commandOverApi(
      cbp,
      man.id,
      { type: "RecordEncounter", place: "Between ports near Calexico, CA", port: null },
      ago(30),
    );
    await commandOverApi(
      cbp,
      man.id,
      {
        type: "ProcessUnderTitle8",
        pathway: "expedited_removal",
        notAcceptedByMexico: true,
        fearClaimLanguage: "ru",
      },
      ago(30),
    );
    await commandOverApi(
      ice,
      man.id,
      { type: "DetainAtFacility", facilityId: "imperial-regional-detention-facility" },
      ago(29),
    );
    await commandOverApi(
      asylum,
      man.id,
      { type: "ScheduleCredibleFearInterview", scheduledFor: ago(26), language: "ru" },
      ago(29),
    );
    await commandOverApi(asylum, man.id, interviewHeld(ago(26), "interpreter-ru-031"), ago(25.95));
    await commandOverApi(asylum, man.id, negativeConscription(), ago(25.9));
    await commandOverApi(
      supervisor,
      man.id,
      { type: "CompleteSupervisoryReview", outcome: "negative" },
      ago(25),
    );
    await commandOverApi(asylum, man.id, { type: "RequestIJReview", how: "requested" }, ago(24.9));
    return man;
  }

  async function flight(flightNumber: string, inDays: number): Promise<string> {
    const created = await ice.post("/api/removal-flights", {
      kind: "charter",
      carrier: "ICE Air charter (e2e)",
      flightNumber,
      destination: "RU",
      departureAirport: "IPL",
      departsAt: new Date(Date.now() + inDays * DAY_MS).toISOString(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return (created.body as { id: string }).id;
  }

  async function signedIn(state: StorageState, path: string, language: TestLanguage) {
    const context = await newContext(browser, { storageState: state });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.baseUrl}${path}${path.includes("?") ? "&" : "?"}lang=${language}`);
    return { context, page, errors };
  }

  async function openCase(page: Page, id: string, language: TestLanguage) {
    await page.goto(`${server.baseUrl}/cases/${id}?lang=${language}`);
    await page.getByRole("heading", { name: catalogues[language].commandForm.heading }).waitFor();
  }

  async function regions(id: string) {
    return ((await cbp.get(`/api/cases/${id}`)).body as { state: Record<string, string> }).state;
  }

  /** The judge affirms the negative finding from their worklist. */
  async function judgeAffirms(man: Case, name: string, language: TestLanguage) {
    const { context, page } = await signedIn(judgeState, "/", language);
    const texts = catalogues[language];
    await page.getByRole("button", { name: texts.workspace.scopeAll }).click();
    const row = page.locator('tr[data-item="protection.ij-review"]', { hasText: name });
    await row.getByRole("link", { name }).click();
    await openCase(page, man.id, language);
    await commandInPage(page, language, "DecideIJReview", async (form) => {
      await form.getByLabel(texts.commandField.decision).selectOption("affirmed");
      await form.getByLabel(texts.commandField.judgeId, { exact: false }).fill("ij-imperial-3");
    });
    await context.close();
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    iceState = await signedInState(browser, server.baseUrl, "ice_officer");
    judgeState = await signedInState(browser, server.baseUrl, "immigration_judge");
    cbpState = await signedInState(browser, server.baseUrl, "cbp_officer");
    cbp = await staffApi(server.baseUrl, "cbp_officer");
    ice = await staffApi(server.baseUrl, "ice_officer");
    asylum = await staffApi(server.baseUrl, "asylum_officer");
    supervisor = await staffApi(server.baseUrl, "asylum_officer", "supervisor@demo.haven.test");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [language, names] of Object.entries(PEOPLE) as [TestLanguage, People][]) {
    describe(`clicked in ${language}`, () => {
      it(`the man who fainted: a medical failure, back in detention, a $20,000 bond, its redetermination, posted, released (${language})`, async () => {
        const ru = catalogues[language];
        const [given, family] = names.fainted;
        const name = `${given[0]} ${family[0]}`;
        const man = await awaitingJudgeReview(given[0], family[0], [given[1], family[1]]);
        await judgeAffirms(man, name, language);

        const { context, page, errors } = await signedIn(iceState, "/", language);
        await page.getByLabel(ru.workspace.search.label).fill(`${family[1]} ${given[1]}`);
        await page.getByRole("button", { name: ru.workspace.search.submit }).click();
        await page.getByRole("link", { name }).click();
        await openCase(page, man.id, language);
        await commandInPage(page, language, "OrderExpeditedRemoval", async (form) => {
          await form.getByLabel(ru.commandField.country).selectOption("RU");
        });

        const flightId = await flight("IA 6020", 5);
        const manifest = await RemovalFlightsManifestPage.open(
          page,
          server.baseUrl,
          flightId,
          language,
        );
        await manifest.add(man.reference);
        await manifest.record(man.reference, "medical");
        await manifest.entry(man.reference).and(page.locator("[data-status=medical]")).waitFor();
        await saveScreenshot(page, `stories-fainted-manifest-${language}`);
        expect(await regions(man.id)).toMatchObject({
          custody: "detained",
          removal: "final_order",
        });

        // The finding is reconsidered; ICE serves a Notice to Appear and sets the bond, in Russian.
        await commandOverApi(asylum, man.id, {
          type: "ReconsiderCredibleFear",
          reasons: "Counsel produced the draft notice; he is now considered a deserter.",
        });
        await openCase(page, man.id, language);
        await commandInPage(page, language, "ServeNoticeToAppear", async (form) => {
          await form.getByLabel(ru.commandField.court).fill("eoir-imperial");
        });
        await commandInPage(page, language, "SetBond", async (form) => {
          await form.getByLabel(ru.commandField.amountCents).fill("20 000");
          await form.getByLabel(ru.commandField.setBy).selectOption("ice");
        });
        await commandInPage(page, language, "RequestBondRedetermination", async (form) => {
          await form.getByLabel(ru.commandField.requestedBy).selectOption("respondent");
        });
        await context.close();

        const judge = await signedIn(judgeState, "/", language);
        await judge.page.getByRole("button", { name: ru.workspace.scopeAll }).click();
        await judge.page
          .locator('tr[data-item="custody.bond-redetermination"]', { hasText: name })
          .getByRole("link", { name })
          .click();
        await openCase(judge.page, man.id, language);
        await commandInPage(judge.page, language, "RedetermineBond", async (form) => {
          await form.getByLabel(ru.commandField.amountCents).fill("10,000");
        });
        await judge.context.close();

        const again = await signedIn(iceState, `/cases/${man.id}`, language);
        await openCase(again.page, man.id, language);
        await commandInPage(again.page, language, "PostBond", async (form) => {
          await form.getByLabel(ru.commandField.obligor, { exact: false }).fill("Его сестра");
        });
        await again.page.locator('[data-state="released_bond"]').first().waitFor();
        await saveScreenshot(again.page, `stories-fainted-released-${language}`);
        await again.context.close();
        expect(await regions(man.id)).toMatchObject({ custody: "released_bond" });
        expect(errors).toEqual([]);
      });

      it(`the man who refused to board: back in detention, then a second flight (${language})`, async () => {
        const [given, family] = names.refused;
        const man = await awaitingJudgeReview(given[0], family[0], [given[1], family[1]]);
        await judgeAffirms(man, `${given[0]} ${family[0]}`, language);
        await commandOverApi(ice, man.id, { type: "OrderExpeditedRemoval", country: "RU" });
        const texts = catalogues[language];
        const recording = await signedIn(iceState, `/cases/${man.id}`, language);
        await openCase(recording.page, man.id, language);
        await commandInPage(recording.page, language, "RecordTravelDocument", async (form) => {
          await form
            .getByLabel(texts.command.RecordTravelDocument.fields.kind)
            .selectOption("passport");
          await form
            .getByLabel(texts.command.RecordTravelDocument.fields.country)
            .selectOption("RU");
          await form.getByLabel(texts.commandField.validUntil, { exact: false }).fill("2030-05-31");
        });
        await recording.context.close();
        const first = await flight(`IA ${names.flights}1`, 3);
        const second = await flight(`IA ${names.flights}2`, 9);
        const { context, page, errors } = await signedIn(
          iceState,
          `/removal-flights/${first}`,
          language,
        );
        const manifest = new RemovalFlightsManifestPage(page);
        await manifest.status.waitFor();
        await manifest.add(man.reference);
        const document = manifest.entry(man.reference).locator("[data-document]");
        expect(await document.textContent()).toContain(texts.removalFlights.document.passport);
        expect(await document.textContent()).not.toContain(
          texts.removalFlights.document.notForFlight,
        );
        await manifest.record(man.reference, "refused_to_board");
        await manifest
          .entry(man.reference)
          .and(page.locator("[data-status=refused_to_board]"))
          .waitFor();
        expect(await regions(man.id)).toMatchObject({
          custody: "detained",
          removal: "final_order",
        });

        const next = await RemovalFlightsManifestPage.open(page, server.baseUrl, second, language);
        await next.add(man.reference);
        await next.record(man.reference, "removed");
        await next.entry(man.reference).and(page.locator("[data-status=removed]")).waitFor();
        expect(await regions(man.id)).toMatchObject({ custody: "removed", removal: "executed" });
        await context.close();
        expect(errors).toEqual([]);
      });

      it(`the brothers: one removed after a judge affirmed the negative finding, the other blocked and taken off because his case is in court (${language})`, async () => {
        const [younger1, older1, family] = names.brothers;
        const younger = await awaitingJudgeReview(younger1[0], family[0], [younger1[1], family[1]]);
        const older = await person(older1[0], family[0], [older1[1], family[1]]);
        await commandOverApi(
          cbp,
          older.id,
          { type: "RecordEncounter", place: "Between ports near Calexico, CA", port: null },
          ago(30),
        );
        await commandOverApi(
          cbp,
          older.id,
          { type: "ProcessUnderTitle8", pathway: "section_240" },
          ago(30),
        );
        await commandOverApi(
          ice,
          older.id,
          { type: "DetainAtFacility", facilityId: "imperial-regional-detention-facility" },
          ago(29),
        );
        await commandOverApi(
          ice,
          older.id,
          { type: "ServeNoticeToAppear", court: "eoir-imperial" },
          ago(28),
        );

        await judgeAffirms(younger, `${younger1[0]} ${family[0]}`, language);
        const en = catalogues[language];
        const { context, page, errors } = await signedIn(iceState, "/", language);
        await openCase(page, younger.id, language);
        await commandInPage(page, language, "OrderExpeditedRemoval", async (form) => {
          await form.getByLabel(en.commandField.country).selectOption("RU");
        });
        const flightId = await flight(`IA ${names.flights}3`, 4);
        const manifest = await RemovalFlightsManifestPage.open(
          page,
          server.baseUrl,
          flightId,
          language,
        );
        await manifest.add(younger.reference);
        await manifest.add(older.reference);
        const blocked = manifest.entry(older.reference);
        await blocked.locator("[data-rule]").waitFor();
        expect(await blocked.getAttribute("data-status")).toBe("blocked");
        expect(await blocked.locator("[data-rule]").getAttribute("data-rule")).toBe(
          "removal.guard.proceedings-pending",
        );
        await blocked.locator("button[data-outcome=cancelled]").click();
        await blocked
          .getByLabel(en.removalFlights.outcome.reason)
          .fill("His case is before the court.");
        await blocked.getByRole("button", { name: en.removalFlights.outcome.confirm }).click();
        await manifest
          .entry(older.reference)
          .and(page.locator("[data-status=taken_off]"))
          .waitFor();
        await manifest.record(younger.reference, "removed");
        await manifest
          .entry(younger.reference)
          .and(page.locator("[data-status=removed]"))
          .waitFor();
        await saveScreenshot(page, `stories-brothers-manifest-${language}`);
        await context.close();
        expect(await regions(younger.id)).toMatchObject({
          custody: "removed",
          removal: "executed",
        });
        expect(await regions(older.id)).toMatchObject({ custody: "detained", removal: "no_order" });
        expect(errors).toEqual([]);
      });

      it(`a family encountered together: CBP links their cases, and each case shows the other (${language})`, async () => {
        const [motherName, fatherName] = names.family;
        const mother = await person(motherName[0], motherName[1], [motherName[2], motherName[3]]);
        const father = await person(fatherName[0], fatherName[1], [fatherName[2], fatherName[3]]);
        for (const member of [mother, father]) {
          await commandOverApi(
            cbp,
            member.id,
            { type: "RecordEncounter", place: "San Ysidro port of entry", port: "san_ysidro" },
            ago(2),
          );
        }
        const ru = catalogues[language];
        const { context, page, errors } = await signedIn(cbpState, `/cases/${mother.id}`, language);
        await page.getByRole("heading", { name: ru.family.heading }).waitFor();
        expect(await axeViolations(page), "the family panel with its form").toEqual([]);
        await page.getByLabel(ru.family.references).fill(father.reference.toLowerCase());
        await page.getByRole("button", { name: ru.family.link }).click();
        await page
          .getByTestId("family-members")
          .getByRole("link", { name: `${fatherName[0]} ${fatherName[1]}` })
          .click();
        await page
          .getByTestId("family-members")
          .getByRole("link", { name: `${motherName[0]} ${motherName[1]}` })
          .waitFor();
        await saveScreenshot(page, `stories-family-${language}`);
        await context.close();
        expect(errors).toEqual([]);
      });
    });
  }
});
