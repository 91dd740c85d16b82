/**
 * The younger brother of the source articles, screened as it should have been, in real Chromium:
 * the asylum officer records the interview, reads his written account beside it, walks through
 * each protected ground; the same officer cannot sign the "supervisory" review of her own
 * determination; another officer reviews it; the judge decides the review from the queue within
 * seven days. What happened before the officers' part is recorded through the API.
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
import { DAY_MS, localField } from "./support/clock.ts";
import { commandInPage, commandOverApi } from "./support/commands.ts";
import { collectPageErrors } from "./support/pageErrors.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { signedInState } from "./support/session.ts";

const ACCOUNT = "Меня задержали в военкомате и сказали, что через неделю отправят на фронт.";

const NAMES: Partial<Record<TestLanguage, [string, string, string, string]>> = {
  en: ["Gleb", "Sorokin", "Глеб", "Сорокин"],
  ru: ["Fyodor", "Lebedev", "Фёдор", "Лебедев"],
};

interface Case {
  id: string;
}

describe("a credible-fear screening worked in the browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let officerState: StorageState;
  let supervisorState: StorageState;
  let judgeState: StorageState;
  let cbp: ApiSession;
  let ice: ApiSession;
  let asylum: ApiSession;

  const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

  async function read(id: string) {
    return (await cbp.get(`/api/cases/${id}`)).body as {
      version: number;
      state: Record<string, string> & {
        credibleFear: { ijReview: string; servedAt: string | null } | null;
      };
      deadlines: { ruleId: string; status: string; due: string }[];
    };
  }

  /** Met between ports, fear claimed in Russian, detained, interview set for three days ago. */
  async function referred([given, family, nativeGiven, nativeFamily]: [
    string,
    string,
    string,
    string,
  ]): Promise<Case> {
    const opened = await cbp.post("/api/cases", {
      person: {
        givenName: given,
        familyName: family,
        nativeGivenName: nativeGiven,
        nativeFamilyName: nativeFamily,
        nationality: "RU",
        languages: ["ru"],
      },
      occurredAt: ago(7),
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const man = opened.body as Case;
    await commandOverApi(
      cbp,
      man.id,
      { type: "RecordEncounter", place: "Near Tecate", port: null },
      ago(6),
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
      ago(6),
    );
    await commandOverApi(
      ice,
      man.id,
      { type: "DetainAtFacility", facilityId: "otay-mesa-detention-center" },
      ago(5.9),
    );
    await commandOverApi(
      asylum,
      man.id,
      { type: "ScheduleCredibleFearInterview", scheduledFor: ago(3), language: "ru" },
      ago(5),
    );
    return man;
  }

  async function signedIn(
    state: StorageState,
    path: string,
    language: TestLanguage,
    viewport: ViewportName = "desktop",
  ) {
    const context = await newContext(browser, { storageState: state, viewport });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.baseUrl}${path}?lang=${language}`);
    return { context, page, errors };
  }

  async function fromQueue(page: Page, language: TestLanguage, item: string, name: string) {
    const texts = catalogues[language];
    await page.getByRole("button", { name: texts.workspace.scopeAll }).click();
    const row = page.locator(`tr[data-item="${item}"]`, { hasText: name });
    await row.getByRole("link", { name }).click();
    await page.getByRole("heading", { name: texts.commandForm.heading }).waitFor();
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    officerState = await signedInState(browser, server.baseUrl, "asylum_officer");
    supervisorState = await signedInState(
      browser,
      server.baseUrl,
      "asylum_officer",
      "supervisor@demo.haven.test",
    );
    judgeState = await signedInState(browser, server.baseUrl, "immigration_judge");
    cbp = await staffApi(server.baseUrl, "cbp_officer");
    ice = await staffApi(server.baseUrl, "ice_officer");
    asylum = await staffApi(server.baseUrl, "asylum_officer");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const LANGUAGES: TestLanguage[] = ["en", "es", "ru", "uk", "ht", "pt"];
  for (const [index, language] of LANGUAGES.entries()) {
    it(`the case page with the determination passes axe at 360 and 1280 px (${language})`, async () => {
      const man = await referred(["Lev", `Axe${"ABCDEF"[index]}`, "Лев", `Аксе${"АБВГДЕ"[index]}`]);
      await commandOverApi(asylum, man.id, {
        type: "SubmitWrittenAccount",
        language: "ru",
        text: ACCOUNT,
      });
      await commandOverApi(asylum, man.id, {
        type: "RecordCredibleFearInterview",
        heldAt: ago(3),
        language: "ru",
        interpreterId: "interpreter-ru-044",
      });
      for (const viewport of ["mobile", "desktop"] as const) {
        const { context, page, errors } = await signedIn(
          officerState,
          `/cases/${man.id}`,
          language,
          viewport,
        );
        await page
          .getByRole("heading", { name: catalogues[language].commandForm.heading })
          .waitFor();
        await page
          .getByRole("button", {
            name: catalogues[language].command.DetermineCredibleFear.title,
            exact: true,
          })
          .click();
        await page.getByText(ACCOUNT).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        if (viewport === "mobile") {
          await saveScreenshot(page, `credible-fear-${language}-360`);
          await saveScreenshot(
            page.locator('[data-command="DetermineCredibleFear"]'),
            `credible-fear-form-${language}-360`,
          );
        }
        expect(errors).toEqual([]);
        await context.close();
      }
    });
  }

  for (const [language, names] of Object.entries(NAMES) as [
    TestLanguage,
    [string, string, string, string],
  ][]) {
    it(`interview, account, a determination by ground, another officer's review, the judge within 7 days (${language})`, async () => {
      const texts = catalogues[language];
      const field = texts.commandField;
      const name = `${names[0]} ${names[1]}`;
      const man = await referred(names);

      const officer = await signedIn(officerState, "/", language);
      const { page } = officer;
      await fromQueue(page, language, "protection.credible-fear-interview", name);
      // Before the interview is on record the determination is barred, with its rule.
      await page.locator("details.haven-barred summary").click();
      expect(
        await page
          .locator('[data-barred="DetermineCredibleFear"] .haven-refusal__rule')
          .getAttribute("data-rule"),
      ).toBe("protection.cf.interview-not-held");

      await commandInPage(page, language, "RecordCredibleFearInterview", async (form) => {
        await form.getByLabel(field.heldAt).fill(localField(Date.now() - 3 * DAY_MS));
        await form.getByLabel(field.language, { exact: true }).fill("ru");
        await form
          .getByLabel(`${field.interpreterId} ${texts.commandForm.optional}`, { exact: true })
          .fill("interpreter-ru-044");
      });
      await commandInPage(page, language, "SubmitWrittenAccount", async (form) => {
        await form.getByLabel(field.language, { exact: true }).fill("ru");
        await form.getByLabel(field.text).fill(ACCOUNT);
      });
      // His account, in his words, sits on the record beside the interview.
      await page.getByText(ACCOUNT).waitFor();

      await commandInPage(page, language, "DetermineCredibleFear", async (form) => {
        await form.getByLabel(field.outcome, { exact: true }).selectOption("negative");
        for (const ground of [
          "race",
          "religion",
          "nationality",
          "particularSocialGroup",
        ] as const) {
          await form.getByLabel(field[`${ground}Reasons`]).fill("Not claimed.");
        }
        await form
          .getByLabel(field.politicalOpinionReasons)
          .fill("No opinion against the war was voiced or imputed to him.");
        await form
          .getByLabel(field.harmFeared, { exact: true })
          .fill("Mobilization, and prison for evading it.");
        await form
          .getByLabel(field.conscription, { exact: true })
          .selectOption("conscription_alone");
        await form
          .getByLabel(field.conscriptionReasons, { exact: false })
          .fill("The call-up reaches every man of his age alike.");
        await form
          .getByLabel(field.writtenReasons)
          .fill("Fear of conscription alone is not persecution on a protected ground.");
      });
      // The brothers' "review": the officer who decided may not review her own determination.
      await page.locator("details.haven-barred summary").click();
      expect(
        await page
          .locator('[data-barred="CompleteSupervisoryReview"] .haven-refusal__rule')
          .getAttribute("data-rule"),
      ).toBe("protection.cf.reviewer-is-determiner");
      expect(officer.errors).toEqual([]);
      await officer.context.close();

      const supervisor = await signedIn(supervisorState, "/", language);
      await fromQueue(supervisor.page, language, "protection.supervisory-review", name);
      await commandInPage(supervisor.page, language, "CompleteSupervisoryReview", async (form) => {
        await form.getByLabel(field.outcome, { exact: true }).selectOption("negative");
      });
      await commandInPage(supervisor.page, language, "RequestIJReview", async (form) => {
        await form.getByLabel(field.how).selectOption("requested");
      });
      expect(supervisor.errors).toEqual([]);
      await supervisor.context.close();

      const due = (await read(man.id)).deadlines.find(
        (deadline) => deadline.ruleId === "protection.ij-review-7d",
      );
      expect(due?.status).toBe("open");
      const judge = await signedIn(judgeState, "/", language);
      await fromQueue(judge.page, language, "protection.ij-review", name);
      await commandInPage(judge.page, language, "DecideIJReview", async (form) => {
        await form.getByLabel(field.decision).selectOption("affirmed");
        await form.getByLabel(field.judgeId, { exact: false }).fill("ij-otay-mesa-2");
      });
      expect(judge.errors).toEqual([]);
      await judge.context.close();

      const after = await read(man.id);
      expect(after.state.protection).toBe("ij_review_affirmed");
      expect(
        after.deadlines.find((deadline) => deadline.ruleId === "protection.ij-review-7d")?.status,
      ).toBe("met");
    });
  }
});
