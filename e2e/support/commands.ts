import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import type { ApiSession } from "./api.ts";
import { catalogues, type TestLanguage } from "./catalogues.ts";

/** Runs a command on a case through the API at the case's current version; it must succeed. */
export async function commandOverApi(
  as: ApiSession,
  caseId: string,
  command: object,
  occurredAt?: string,
): Promise<void> {
  const read = await as.get(`/api/cases/${caseId}`);
  const ran = await as.post(`/api/cases/${caseId}/commands`, {
    expectedVersion: (read.body as { version: number }).version,
    command,
    ...(occurredAt ? { occurredAt } : {}),
  });
  expect(ran.status, JSON.stringify(ran.body)).toBe(200);
}

/** Opens a command's form on the case page, fills it, submits it and waits for "Recorded". */
export async function commandInPage(
  page: Page,
  language: TestLanguage,
  type: keyof (typeof catalogues)["en"]["command"],
  fill: (form: Locator) => Promise<void> = async () => {},
): Promise<void> {
  const texts = catalogues[language];
  const title = texts.command[type].title;
  await page.getByRole("button", { name: title, exact: true }).click();
  const form = page.locator(`[data-command="${type}"] form`);
  await fill(form);
  await form.getByRole("button", { name: title, exact: true }).click();
  await page.getByText(texts.commandForm.done.replace("{{command}}", title)).waitFor();
}
