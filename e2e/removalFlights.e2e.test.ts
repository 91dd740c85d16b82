import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RemovalFlightsManifestPage } from "./pages/RemovalFlightsManifestPage.ts";
import { RemovalFlightsPage } from "./pages/RemovalFlightsPage.ts";
import { type ApiSession, staffApi } from "./support/api.ts";
import { axeViolations } from "./support/axe.ts";
import { launchBrowser, newContext, type StorageState, VIEWPORTS } from "./support/browser.ts";
import { catalogues, type TestLanguage } from "./support/catalogues.ts";
import { collectPageErrors } from "./support/pageErrors.ts";
import { saveScreenshot } from "./support/screenshots.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { signedInState } from "./support/session.ts";

const LANGUAGES: TestLanguage[] = ["en", "es", "ru", "uk", "ht", "pt"];
const DAY_MS = 24 * 60 * 60 * 1000;

interface Case {
  id: string;
  reference: string;
}

/** Checks the page with axe and saves a screenshot named after it. */
async function check(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), name).toEqual([]);
  await saveScreenshot(page, name);
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** `YYYY-MM-DDTHH:mm` in the browser's zone (America/Los_Angeles), for a datetime-local input. */
function localInput(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Los_Angeles",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

describe("removal flights: an ICE officer's manifest", () => {
  let server: RunningServer;
  let browser: Browser;
  let officer: StorageState;
  let cbp: ApiSession;
  let ice: ApiSession;
  let olderBrother: Case;
  let people = 0;
  /** A flight still to depart with one person to board and the older brother blocked. */
  let scheduled: string;

  /** A man ordered removed at the border (no fear claimed) and detained: a final order. */
  async function detainedWithFinalOrder(): Promise<Case> {
    people += 1;
    const opened = await cbp.post("/api/cases", {
      person: {
        givenName: "Ivan",
        familyName: `Testov ${people}`,
        nationality: "RU",
        languages: ["ru"],
      },
      occurredAt: new Date(Date.now() - 2 * DAY_MS).toISOString(),
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const { id, reference } = opened.body as Case;
    const steps: [ApiSession, Record<string, unknown>][] = [
      [cbp, { type: "RecordEncounter", place: "Between ports near Tecate, CA", port: null }],
      [
        cbp,
        { type: "ProcessUnderTitle8", pathway: "expedited_removal", notAcceptedByMexico: true },
      ],
      [ice, { type: "OrderExpeditedRemoval", country: "RU" }],
      [ice, { type: "DetainAtFacility", facilityId: "otay-mesa-detention-center" }],
    ];
    for (const [api, command] of steps) {
      const read = await ice.get(`/api/cases/${id}`);
      const version = (read.body as { version: number }).version;
      const ran = await api.post(`/api/cases/${id}/commands`, {
        expectedVersion: version,
        command,
      });
      expect(ran.status, `${String(command.type)}: ${JSON.stringify(ran.body)}`).toBe(200);
    }
    return { id, reference };
  }

  async function flightByApi(flightNumber: string, inDays: number): Promise<string> {
    const created = await ice.post("/api/removal-flights", {
      kind: "charter",
      carrier: "ICE Air charter (e2e)",
      flightNumber,
      destination: "RU",
      departureAirport: "SAN",
      departsAt: new Date(Date.now() + inDays * DAY_MS).toISOString(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return (created.body as { id: string }).id;
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    officer = await signedInState(browser, server.baseUrl, "ice_officer");
    cbp = await staffApi(server.baseUrl, "cbp_officer");
    ice = await staffApi(server.baseUrl, "ice_officer");
    const list = await ice.get("/api/cases?limit=100");
    const cases = (list.body as { cases: (Case & { person: { displayName: string } })[] }).cases;
    const older = cases.find((one) => one.person.displayName === "Dmitri Sergeyev");
    if (!older) throw new Error("the demo's older brother is not listed");
    olderBrother = { id: older.id, reference: older.reference };

    scheduled = await flightByApi("IA 5190", 10);
    const waiting = await detainedWithFinalOrder();
    for (const person of [waiting, olderBrother]) {
      const added = await ice.post(`/api/removal-flights/${scheduled}/manifest`, {
        caseReference: person.reference,
      });
      expect(added.status, JSON.stringify(added.body)).toBe(200);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("creates a flight, puts a detained person with a final order on it, shows the older brother blocked with the reason, and records the removal (en, 1280 px)", async () => {
    const en = catalogues.en;
    const man = await detainedWithFinalOrder();
    const context = await newContext(browser, { storageState: officer });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(`${server.baseUrl}/?lang=en`);
      await page.getByRole("link", { name: en.nav.removalFlights }).click();
      const flights = new RemovalFlightsPage(page);
      await flights.flights.first().waitFor();
      expect(await flights.heading.textContent()).toBe(en.removalFlights.title);
      // The demo's flights have left: the man who refused to board, the brother, the man who fainted.
      expect(await flights.flights.count()).toBeGreaterThanOrEqual(3);

      await flights.submit();
      await flights.errorSummary.waitFor();
      expect(await page.locator(".usa-error-message").allTextContents()).toEqual([
        en.removalFlights.create.kindMissing,
        en.removalFlights.create.carrierMissing,
        en.removalFlights.create.flightNumberInvalid,
        en.removalFlights.create.destinationMissing,
        en.removalFlights.create.airportInvalid,
        en.removalFlights.create.departsAtMissing,
      ]);
      await check(page, "removal-flights-errors-en-desktop");

      await flights.fill({
        kind: "charter",
        carrier: "ICE Air charter (e2e)",
        flightNumber: "ia 5101",
        destination: "RU",
        departureAirport: "san",
        departsAt: localInput(new Date(Date.now() + 7 * DAY_MS)),
      });
      await flights.submit();
      await flights.created.waitFor();
      expect(await flights.created.textContent()).toBe(
        en.removalFlights.create.created
          .replace("{{flight}}", "IA 5101")
          .replace("{{country}}", "Russia"),
      );
      expect(await flights.flights.first().locator("th a").textContent()).not.toBe("");
      await check(page, "removal-flights-created-en-desktop");

      await flights.created.getByRole("link").click();
      const flight = new RemovalFlightsManifestPage(page);
      await flight.status.waitFor();
      expect(await flight.heading.textContent()).toBe("Flight IA 5101 to Russia");
      expect(await page.getByTestId("empty-manifest").textContent()).toBe(
        en.removalFlights.manifest.none,
      );

      await flight.add(man.reference);
      expect(await flight.message.getAttribute("data-kind")).toBe("success");
      expect(await flight.entry(man.reference).getAttribute("data-status")).toBe("on_manifest");

      await flight.add(olderBrother.reference);
      expect(await flight.message.getAttribute("role")).toBe("alert");
      const blocked = flight.entry(olderBrother.reference);
      await blocked.locator("[data-rule]").waitFor();
      expect(await blocked.getAttribute("data-status")).toBe("blocked");
      expect(await blocked.locator("[data-rule]").getAttribute("data-rule")).toBe(
        "removal.guard.proceedings-pending",
      );
      const why = await blocked.locator(".haven-blocker").textContent();
      expect(why).toContain(en.removalFlights.rule["proceedings-pending"]);
      expect(why).toContain("INA 240(a)(3)");
      expect(why).toContain("removal proceedings are pending");
      // A blocked person cannot board: only be taken off.
      expect(await blocked.locator("button[data-outcome=removed]").count()).toBe(0);
      await check(page, "removal-flight-blocked-en-desktop");

      await flight.record(man.reference, "removed");
      await page
        .locator(
          `[data-testid=manifest-entry][data-reference="${man.reference}"][data-status=removed]`,
        )
        .waitFor();
      expect(await flight.message.textContent()).toBe(
        en.removalFlights.outcome.recorded
          .replace("{{name}}", `Ivan Testov ${people}`)
          .replace("{{status}}", en.removalFlights.manifestStatus.removed),
      );
      expect(await flight.status.textContent()).toBe(en.removalFlights.flightStatus.departed);
      await check(page, "removal-flight-removed-en-desktop");
      const read = await ice.get(`/api/cases/${man.id}`);
      expect((read.body as { state: Record<string, string> }).state).toMatchObject({
        custody: "removed",
        removal: "executed",
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const language of LANGUAGES) {
    it(`has no axe violations on the flights page and a flight's page (${language}, 360 and 1280 px)`, async () => {
      const messages = catalogues[language];
      for (const viewport of ["mobile", "desktop"] as const) {
        const context = await newContext(browser, { viewport, storageState: officer });
        try {
          const page = await context.newPage();
          const errors = collectPageErrors(page);
          const flights = await RemovalFlightsPage.open(page, server.baseUrl, language);
          expect(await flights.heading.textContent()).toBe(messages.removalFlights.title);
          expect(await flights.flight(scheduled).count()).toBe(1);
          await check(page, `removal-flights-${language}-${viewport}`);
          if (viewport === "mobile") {
            expect(await pageWidth(page), "wider than the phone").toBeLessThanOrEqual(
              VIEWPORTS.mobile.width,
            );
          }

          const flight = await RemovalFlightsManifestPage.open(
            page,
            server.baseUrl,
            scheduled,
            language,
          );
          await flight.entries.nth(1).waitFor();
          const blocked = flight.entry(olderBrother.reference);
          expect(await blocked.getAttribute("data-status")).toBe("blocked");
          expect(await blocked.locator(".haven-blocker").textContent()).toContain(
            messages.removalFlights.rule["proceedings-pending"],
          );
          await check(page, `removal-flight-${language}-${viewport}`);
          // The form that takes a person off the flight, opened.
          await blocked.locator("button[data-outcome=cancelled]").click();
          await blocked.locator("textarea").waitFor();
          await check(page, `removal-flight-take-off-${language}-${viewport}`);
          if (viewport === "mobile") {
            expect(await pageWidth(page), "wider than the phone").toBeLessThanOrEqual(
              VIEWPORTS.mobile.width,
            );
          }
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      }
    });
  }
});
