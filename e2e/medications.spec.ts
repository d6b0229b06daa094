/**
 * Medication disputes as a reviewer enters them: a patient on hydrocodone/APAP 10/325 four times a
 * day asks for more, plus a compounded cream with an ingredient the guideline does not recommend.
 * The panel shows the MED with its arithmetic, the opioid criteria and the compound's ingredients
 * while typing; the letter's rationale names the criteria that fail.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations, createCaseFromList, expect, test } from './support/app';
import { letterPreview } from './support/letter';
import { field, openStep, typeDate } from './support/wizard';

test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });

const panel = (page: Page) => page.getByRole('region', { name: 'Guideline criteria' });

function itemCard(page: Page, title: RegExp): Locator {
  return panel(page)
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: title }) });
}

/** A computed fact of an item card: its value and arithmetic, read as the definition after the term. */
function computedFact(card: Locator, label: string): Locator {
  return card.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
}

function criterion(card: Locator, statement: string): Locator {
  return card.getByRole('listitem').filter({ hasText: statement });
}

const ANALGESIA = "Analgesia (one of the 4 A's): a clinically meaningful improvement in pain.";
const MED_80 = 'Above 80 mg morphine equivalents a day (MED) for 180 days or more';
const CURES = 'A CURES (prescription drug monitoring) report is checked.';
const INGREDIENTS = 'Every ingredient is recommended as a topical';

/** A criterion as the letter lists it within a sentence: small first letter, no period, its own colon a dash. */
const inList = (statement: string) =>
  (statement.charAt(0).toLowerCase() + statement.slice(1).replace(/\.$/, '')).replaceAll(': ', ' \u2014 ');

async function typeDateInto(page: Page, label: string, usDate: string) {
  await field(page, label).click();
  await typeDate(page, usDate);
}

/** Fills the medication fields of a form section (the treatment history row, or a disputed item). */
async function fillMedication(scope: Locator, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await field(scope, label).fill(value);
}

test('an opioid and a compound cream: MED with its arithmetic, criteria live, the letter names what fails', async ({
  caseList: page,
}) => {
  const caseId = await createCaseFromList(page);
  await typeDateInto(page, 'Request (RFA) date', '12/01/2016');

  await openStep(page, 'Patient and injury');
  await typeDateInto(page, 'Date of injury', '01/04/2016');

  // Treatment history: on hydrocodone/APAP 10/325 four times a day since January.
  await openStep(page, 'Treatment history');
  await page.getByRole('button', { name: 'Add medication' }).click();
  const history = page.getByRole('region', { name: 'Medication 1', exact: true });
  await fillMedication(history, {
    'Drug name': 'Hydrocodone/APAP',
    Strength: '10/325 mg',
    Dose: '1 tablet',
    Frequency: 'four times a day',
  });
  await field(history, 'Start date').click();
  await typeDate(page, '01/10/2016');

  // The disputed opioid: the same drug, requested again.
  await openStep(page, 'Disputed services');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  const opioidRow = page.getByRole('region', { name: 'Disputed service 1', exact: true });
  await field(opioidRow, 'Requested as').fill('Hydrocodone/APAP 10/325 mg #120');
  await field(opioidRow, 'Service type').selectOption({ label: 'Opioid' });
  await fillMedication(opioidRow, {
    'Drug name': 'Hydrocodone/APAP',
    Strength: '10/325 mg',
    Dose: '1 tablet',
  });

  const opioid = itemCard(page, /Hydrocodone\/APAP 10\/325 mg #120/);
  await expect(opioid.getByRole('heading', { name: 'Computed facts' })).toBeVisible();
  await expect(computedFact(opioid, 'Opioid treatment phase')).toContainText('ongoing opioid treatment');
  // No frequency yet: the MED cannot be final, and the panel says what to check.
  await expect(computedFact(opioid, 'Morphine equivalent dose (MED)')).not.toContainText('40 MME/day');

  await field(opioidRow, 'Frequency').fill('four times a day');
  const med = computedFact(opioid, 'Morphine equivalent dose (MED)');
  await expect(med).toContainText('40 MME/day');
  await expect(med).toContainText('Hydrocodone/APAP, requested: hydrocodone 10 mg x 4/day x 1 = 40 MME/day');
  await expect(med).toContainText(
    'in the treatment history is the drug requested (same product, release and strength): counted once',
  );

  await expect(opioid.getByText(/MTUS Opioid Treatment Guidelines \(2016\): maintenance/)).toBeVisible();
  await expect(criterion(opioid, MED_80).getByText('Met', { exact: true })).toBeVisible();
  await expect(criterion(opioid, MED_80)).toContainText('MED 40 MME/day');
  await expect(criterion(opioid, ANALGESIA).getByText('Not documented', { exact: true })).toBeVisible();
  await expect(criterion(opioid, CURES).getByText('Not documented', { exact: true })).toBeVisible();
  await expect(opioid.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();

  // A double dose doubles the MED, live; then back.
  await field(opioidRow, 'Dose').fill('2 tablets');
  await expect(med).toContainText('80 MME/day');
  await field(opioidRow, 'Dose').fill('1 tablet');
  await expect(med).toContainText('40 MME/day');

  // The compound cream.
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  const creamRow = page.getByRole('region', { name: 'Disputed service 2', exact: true });
  await field(creamRow, 'Requested as').fill('Flurbiprofen/cyclobenzaprine/gabapentin cream 180 g');
  await field(creamRow, 'Service type').selectOption({ label: 'Topical analgesic / compound' });
  await fillMedication(creamRow, {
    'Drug name': 'Flurbiprofen/cyclobenzaprine/gabapentin cream',
    Form: 'cream',
  });

  const cream = itemCard(page, /Flurbiprofen\/cyclobenzaprine\/gabapentin cream 180 g/);
  const ingredients = computedFact(cream, 'Topical ingredients');
  await expect(ingredients).toContainText('not recommended');
  await expect(ingredients).toContainText('cyclobenzaprine: not recommended');
  await expect(criterion(cream, INGREDIENTS).getByText('Not met', { exact: true })).toBeVisible();
  await expect(criterion(cream, INGREDIENTS)).toContainText(
    'Flurbiprofen, cyclobenzaprine and gabapentin are not recommended as a topical',
  );
  await expect(cream.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The letter: each rationale names the criteria that fail, and weaning is left to the physician.
  await page.getByRole('link', { name: 'Open letter' }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}/letter$`));
  const letter = letterPreview(page);
  // Facts that are simply missing are listed together, once.
  const missing = /The records do not document that these criteria are met: (.*?)\.(?: [A-Z]|$)/.exec(
    (await letter.textContent()) ?? '',
  )?.[1];
  expect(missing?.split(/(?:^|; )\(\d+\) /)).toEqual(
    expect.arrayContaining([inList(ANALGESIA), inList(CURES)]),
  );
  await expect(letter).toContainText(
    'MED 40 MME/day (Hydrocodone/APAP, requested: hydrocodone 10 mg x 4/day x 1 = 40 MME/day)',
  );
  await expect(letter).toContainText('weaning, and how quickly to taper, are left to the treating physician');
  await expect(letter).toContainText(
    'The requested Hydrocodone/APAP 10/325 mg #120 IS NOT medically necessary.',
  );
  await expect(letter).toContainText(
    'The product contains an ingredient (or drug class) the guideline does not recommend as a topical, which makes the whole product not recommended.',
  );
  await expect(letter).toContainText(
    'The requested Flurbiprofen/cyclobenzaprine/gabapentin cream 180 g IS NOT medically necessary.',
  );
});
