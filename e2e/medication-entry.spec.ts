/**
 * Entering medications the way records give them: a compound listed ingredient by ingredient, and
 * an "as needed" range the reviewer confirms as a maximum daily dose before the MED counts it.
 */
import type { Locator, Page } from '@playwright/test';
import { createCaseFromList, expect, test } from './support/app';
import { field, openStep, typeDate } from './support/wizard';

test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });

const panel = (page: Page) => page.getByRole('region', { name: 'Guideline criteria' });
const itemCard = (page: Page, title: RegExp): Locator =>
  panel(page)
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: title }) });
const computedFact = (card: Locator, label: string): Locator =>
  card.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');

test('a compound by ingredient and a confirmed maximum daily dose feed the criteria', async ({
  caseList: page,
}) => {
  await createCaseFromList(page);
  await field(page, 'Request (RFA) date').click();
  await typeDate(page, '12/01/2016');
  await openStep(page, 'Patient and injury');
  await field(page, 'Date of injury').click();
  await typeDate(page, '01/04/2016');

  await openStep(page, 'Disputed services');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  const creamRow = page.getByRole('region', { name: 'Disputed service 1', exact: true });
  await field(creamRow, 'Requested as').fill('Compounded cream 240 g');
  await field(creamRow, 'Service type').selectOption({ label: 'Topical analgesic / compound' });
  await field(creamRow, 'Drug name').fill('Compounded cream');
  await field(creamRow, 'Form').fill('cream');
  await creamRow.getByRole('button', { name: 'Add ingredient' }).click();
  await field(creamRow, 'Ingredient').fill('gabapentin');
  await field(creamRow, 'Ingredient strength').fill('10%');

  const cream = itemCard(page, /Compounded cream 240 g/);
  await expect(computedFact(cream, 'Topical ingredients')).toContainText('gabapentin 10%: not recommended');
  await expect(cream.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  await page.getByRole('button', { name: 'Add disputed service' }).click();
  const opioidRow = page.getByRole('region', { name: 'Disputed service 2', exact: true });
  await field(opioidRow, 'Requested as').fill('Norco 10/325 #120');
  await field(opioidRow, 'Service type').selectOption({ label: 'Opioid' });
  await field(opioidRow, 'Drug name').fill('Norco 10/325');
  await field(opioidRow, 'Strength').fill('10/325 mg');
  await field(opioidRow, 'Dose').fill('1-2 tabs');
  await field(opioidRow, 'Frequency').fill('every 4-6 hours as needed');

  const opioid = itemCard(page, /Norco 10\/325 #120/);
  const med = computedFact(opioid, 'Morphine equivalent dose (MED)');
  // A range is never silently guessed: the reviewer is asked to confirm.
  await expect(opioid).toContainText(/confirm the daily dose/i);
  await expect(med).not.toContainText('40 MME/day');

  await field(opioidRow, 'Confirmed maximum units per day').fill('4');
  await expect(med).toContainText('40 MME/day');
});
