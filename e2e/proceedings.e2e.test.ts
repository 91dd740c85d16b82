/**
 * The teacher of the source articles, in removal proceedings, in real Chromium: the Notice to
 * Appear, a change of address with both receipts, a master hearing the clerk books into a real
 * slot of the docket (dated back, as a clerk records what happened), the notice of it in Russian
 * and English as a PDF she opens from her case page and an e-mail through a real SMTP server,
 * the individual hearing, the judge's decision, and the 30-day appeal clock running.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignInPage } from "./pages/SignInPage.ts";
import { type ApiSession, applicantApi, staffApi } from "./support/api.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser, newContext, type StorageState } from "./support/browser.ts";
import { catalogues, type TestLanguage } from "./support/catalogues.ts";
import { DAY_MS, dayFromNow, localField } from "./support/clock.ts";
import { commandOverApi } from "./support/commands.ts";
import { type Mailbox, startMailbox } from "./support/mailbox.ts";
import { collectPageErrors } from "./support/pageErrors.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { signedInState } from "./support/session.ts";

const PASSWORD = "teacher-of-literature-from-kazan";
const ADDRESS = "1200 J Street, Sacramento, CA 95814";

const ago = (days: number, hours = 0) =>
  new Date(Date.now() - days * DAY_MS + hours * 3_600_000).toISOString();
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await pdf.destroy();
  return pages.map((page) => page.replace(/\s+/g, " "));
}

/** Each language's run: its own person and its own days on the docket (in the past). */
const RUNS: Partial<Record<TestLanguage, { family: [string, string]; offset: number }>> = {
  en: { family: ["Vorontsova", "Воронцова"], offset: 0 },
  ru: { family: ["Belova", "Белова"], offset: 1 },
};

describe("removal proceedings, from the Notice to Appear to the appeal clock", () => {
  let server: RunningServer;
  let mailbox: Mailbox;
  let browser: Browser;
  let clerkState: StorageState;
  let cbp: ApiSession;
  let clerk: ApiSession;
  let judge: ApiSession;

  beforeAll(async () => {
    mailbox = await startMailbox();
    server = await startServer({ env: { SMTP_URL: mailbox.url } });
    browser = await launchBrowser();
    clerkState = await signedInState(browser, server.baseUrl, "court_clerk");
    cbp = await staffApi(server.baseUrl, "cbp_officer");
    clerk = await staffApi(server.baseUrl, "court_clerk");
    judge = await staffApi(server.baseUrl, "immigration_judge");
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mailbox?.close();
  });

  for (const [language, run] of Object.entries(RUNS) as [
    TestLanguage,
    { family: [string, string]; offset: number },
  ][]) {
    it(`a hearing in a real slot, its notice in Russian, the decision and the appeal clock (${language})`, async () => {
      const texts = catalogues[language];
      const email = `teacher-${language}@example.test`;
      const applicant = await applicantApi(server.baseUrl, {
        email,
        password: PASSWORD,
        language: "ru",
      });
      const opened = await applicant.post("/api/cases", {
        person: {
          givenName: "Irina",
          familyName: run.family[0],
          nativeGivenName: "Ирина",
          nativeFamilyName: run.family[1],
          nationality: "RU",
          languages: ["ru"],
        },
        occurredAt: ago(70),
      });
      expect(opened.status, JSON.stringify(opened.body)).toBe(201);
      const caseId = (opened.body as { id: string }).id;
      await commandOverApi(
        cbp,
        caseId,
        { type: "RecordEncounter", place: "Near Tecate", port: null },
        ago(69),
      );
      await commandOverApi(
        cbp,
        caseId,
        { type: "ProcessUnderTitle8", pathway: "section_240" },
        ago(69),
      );
      await commandOverApi(
        cbp,
        caseId,
        { type: "ServeNoticeToAppear", court: "eoir-san-diego", servedOn: dayFromNow(-68) },
        ago(68),
      );
      // She moves: the change goes to DHS (AR-11) and to the court (EOIR-33), each with a receipt.
      const moved = await applicant.post(`/api/cases/${caseId}/commands`, {
        expectedVersion: ((await applicant.get(`/api/cases/${caseId}`)).body as { version: number })
          .version,
        command: { type: "ChangeAddress", address: ADDRESS },
        occurredAt: ago(67),
      });
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);

      // The clerk puts a master calendar on the docket and books her first hearing into it.
      const masterDay = dayFromNow(-40 + run.offset * 2);
      const desk = await newContext(browser, { storageState: clerkState });
      const page = await desk.newPage();
      const clerkErrors = collectPageErrors(page);
      await page.goto(`${server.baseUrl}/docket?lang=${language}`);
      await page.getByLabel(texts.docket.court, { exact: true }).selectOption("eoir-san-diego");
      await page.getByLabel(texts.docket.day, { exact: true }).fill(masterDay);
      await page.getByTestId("no-slots").waitFor();
      const session = page.locator(".haven-docket__session form");
      await session.getByLabel(texts.docket.session.start, { exact: true }).fill("09:00");
      await session.getByLabel(texts.docket.session.end, { exact: true }).fill("10:00");
      await session.getByRole("button", { name: texts.docket.session.submit }).click();
      await page.locator("tr[data-slot]").nth(3).waitFor();

      await page.goto(`${server.baseUrl}/cases/${caseId}?lang=${language}`);
      const title = texts.command.ScheduleHearing.title;
      await page.getByRole("button", { name: title, exact: true }).click();
      const form = page.locator('[data-command="ScheduleHearing"] form');
      await form.getByLabel(texts.commandField.hearingId, { exact: true }).fill("h-1");
      const court = form.getByLabel(texts.docket.court, { exact: true });
      await expect.poll(() => court.inputValue(), { timeout: 30_000 }).toBe("eoir-san-diego");
      await form.getByLabel(texts.docket.day, { exact: true }).fill(masterDay);
      const slot = form.getByLabel(texts.docket.slot, { exact: true });
      const first = slot.locator("option", { hasText: "09:00" });
      await first.waitFor({ state: "attached" });
      await slot.selectOption({ label: (await first.textContent()) ?? "" });
      await form
        .getByLabel(`${texts.commandForm.occurredAt} ${texts.commandForm.optional}`, {
          exact: true,
        })
        .fill(localField(ago(45)));
      await form.getByRole("button", { name: title, exact: true }).click();
      await page.getByText(texts.commandForm.done.replace("{{command}}", title)).waitFor();
      expect(clerkErrors).toEqual([]);
      await desk.close();

      // The notice reached her by e-mail through a real SMTP conversation, with nothing of the case.
      const mail = await mailbox.waitForMessage(email, 60_000);
      expect(mail.text).toContain(server.baseUrl);
      expect(mail.text).not.toContain(run.family[0]);
      expect(mail.text).not.toContain(run.family[1]);

      // She signs in on her phone and opens the hearing notice from her case page.
      const phone = await newContext(browser, { viewport: "mobile" });
      const mine = await phone.newPage();
      const errors = collectPageErrors(mine);
      const signIn = await SignInPage.open(mine, server.baseUrl, language);
      await signIn.submitPassword(email, PASSWORD);
      await mine.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      await mine.goto(`${server.baseUrl}/cases/${caseId}?lang=${language}`);
      const notices = mine.getByTestId("notices");
      const hearingNotice = notices
        .locator("li", { hasText: texts.notices.kind["hearing-notice"] })
        .first();
      await hearingNotice.waitFor();
      const href = await hearingNotice
        .getByRole("link", { name: texts.notices.pdf })
        .getAttribute("href");
      const pdf = await mine.request.get(`${server.baseUrl}${href}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toBe("application/pdf");
      const [russian, english] = await pdfPages(new Uint8Array(await pdf.body()));
      expect(russian).toContain("Уведомление о судебном заседании");
      expect(russian).toContain(`Ирина ${run.family[1]}`);
      expect(russian).toContain(`состоится ${masterDay} в 09:00 (время America/Los_Angeles)`);
      expect(english).toContain("Notice of hearing");
      // Both receipts of her change of address are on her record.
      await mine
        .getByText(/AR11-\d{8}-\d+/)
        .first()
        .waitFor();
      await mine
        .getByText(/EOIR33-\d{8}-\d+/)
        .first()
        .waitFor();
      expect(await axeViolations(mine)).toEqual([]);
      await saveScreenshot(mine, `proceedings-${language}-360`);

      // The master hearing, the individual hearing in a slot of its own, the judge's decision.
      await commandOverApi(
        judge,
        caseId,
        { type: "HoldHearing", hearingId: "h-1" },
        ago(40 + run.offset * 2, -20),
      );
      const individualDay = dayFromNow(-20 + run.offset * 2);
      const created = await clerk.post("/api/courts/eoir-san-diego/sessions", {
        judgeId: "ij-san-diego-2",
        room: "2",
        day: individualDay,
        start: "13:00",
        end: "15:00",
        kind: "individual",
        slotMinutes: 120,
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const [individual] = (created.body as { slots: { id: string; startsAt: string }[] }).slots;
      await commandOverApi(
        clerk,
        caseId,
        { type: "ScheduleHearing", hearingId: "h-2", slotId: individual?.id },
        ago(35),
      );
      const afterHearing = new Date(
        Date.parse(individual?.startsAt ?? "") + 3 * 3_600_000,
      ).toISOString();
      await commandOverApi(judge, caseId, { type: "HoldHearing", hearingId: "h-2" }, afterHearing);
      await commandOverApi(
        judge,
        caseId,
        {
          type: "IssueIJDecision",
          outcome: "denied",
          removalOrdered: true,
          delivery: "oral",
          servedOn: individualDay,
          country: "RU",
          reasons:
            "Removable as charged. The harm feared was not shown to be on account of a protected ground; withholding and protection under the Convention Against Torture are denied for the same reasons.",
        },
        afterHearing,
      );
      const record = (await applicant.get(`/api/cases/${caseId}`)).body as {
        state: Record<string, string>;
        deadlines: { ruleId: string; status: string; due: string }[];
      };
      expect(record.state.protection).toBe("ij_decided");
      const appeal = record.deadlines.find(
        (deadline) => deadline.ruleId === "court.bia-appeal-30d",
      );
      expect(appeal?.status).toBe("open");
      expect(appeal?.due).toBeDefined();
      await mine.reload();
      await mine.getByTestId("notices").waitFor();
      // The appeal clock on her own page, in her language, with its date and its law.
      const clock = mine.locator('[data-deadline="court.bia-appeal-30d"][data-status="open"]');
      await clock.waitFor();
      expect(await clock.textContent()).toContain(texts.deadlines.rule["court_bia-appeal-30d"]);
      expect(await clock.textContent()).toContain("8 CFR 1003.38(b)");
      expect(await axeViolations(mine)).toEqual([]);
      await saveScreenshot(mine, `proceedings-decided-${language}-360`);
      await saveScreenshot(
        mine.locator("section.haven-notices"),
        `proceedings-notices-${language}-360`,
      );
      expect(errors).toEqual([]);
      await phone.close();
    });
  }
});
