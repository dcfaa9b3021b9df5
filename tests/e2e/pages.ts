import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from '@playwright/test';
import type { HostHandle } from './fixtures';

/** Opens Settings from the main navigation. */
export const openSettings = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();

/** Clicks `button`, waits for the download it starts and returns the CSV's rows (byte-order mark and CRLF read). */
export async function downloadedCsvRows(page: Page, button: Locator): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return parse(fs.readFileSync(await download.path(), 'utf8'), { bom: true, record_delimiter: '\r\n' });
}

/** A timed interview of `minutes` for the application, starting at `start`. */
export function addInterview(host: HostHandle, applicationId: number, start: Date, minutes = 60) {
  return host.api('events.create', {
    applicationId,
    kind: 'interview',
    allDay: false,
    startsAt: start.toISOString(),
    durationMinutes: minutes,
  });
}

/** "Data Analyst at Globex", applied today (the day it returns) through the posting at `url`: a proof report's row. */
export async function addAppliedToday(host: HostHandle, url: string): Promise<string> {
  const today = new Date().toLocaleDateString('sv-SE');
  await host.api('applications.create', { title: 'Data Analyst', company: 'Globex', dateApplied: today, url });
  return today;
}

/** Shows the proof of applications for `day` as a printable page from its `proof` group; returns the report dialog. */
export async function showProofReport(page: Page, proof: Locator, day: string): Promise<Locator> {
  await proof.getByLabel('From').fill(day);
  await proof.getByLabel('To').fill(day);
  await proof.getByRole('button', { name: 'Printable page' }).click();
  return page.getByRole('dialog', { name: `Proof of applications, ${day} to ${day}` });
}
