/**
 * The live criteria panel, as a reviewer uses it: criteria flip while typing, judgments, overrides
 * with notes, a contradicting decision with its reason, and all of it kept across a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { buildBenchCase } from '../scripts/bench-evaluate';
import { expect, loadDemoCase, putRawRecord, test } from './support/app';
import { field, openRow, openStep, stepHeading } from './support/wizard';

const panel = (page: Page) => page.getByRole('region', { name: 'Guideline criteria' });

function itemCard(page: Page, title: RegExp): Locator {
  return panel(page)
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: title }) });
}

function criterion(card: Locator, statement: string): Locator {
  return card.getByRole('listitem').filter({ hasText: statement });
}

/** The statement of the judgment a functional restoration program leaves to the reviewer. */
const NO_OTHER_OPTION = 'No other option is likely to bring significant clinical improvement';

/** Adds a functional restoration program and returns its criterion that is a reviewer judgment. */
async function addItemWithJudgment(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  await field(page, 'Requested as').fill('Functional restoration program, 2 weeks');
  await field(page, 'Service type').selectOption({ label: 'Functional restoration program' });
  return criterion(itemCard(page, /Functional restoration program, 2 weeks/), NO_OTHER_OPTION);
}

const ATTENDANCE = 'The worker can attend at least 4 hours a day, 3 to 5 days a week.';
const DURATION = 'The program is completed in 4 consecutive weeks or less.';
const WITHIN_2_YEARS = 'The request is made no more than 2 years after the date of injury.';

test('the demo case recommends Uphold and flips frequency and duration live', async ({ caseList: page }) => {
  await loadDemoCase(page);
  await openStep(page, 'Disputed services');
  const card = itemCard(page, /Work hardening physical therapy 2 times a week for 6 weeks/);
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();
  await expect(criterion(card, ATTENDANCE).getByText('Not met', { exact: true })).toBeVisible();
  await expect(criterion(card, DURATION).getByText('Not met', { exact: true })).toBeVisible();
  await expect(criterion(card, WITHIN_2_YEARS).getByText('Met', { exact: true })).toBeVisible();
  await expect(
    card
      .getByRole('region', { name: /^What would meet the guideline for / })
      .getByText(/A program of 3-5 days\/week, at least 4 hours\/day/),
  ).toBeVisible();

  await openRow(page, 'Disputed service 1');
  await field(page, 'Frequency').fill('5');
  await field(page, 'Hours per day').fill('4');
  await field(page, 'Duration').fill('4');

  await expect(criterion(card, ATTENDANCE).getByText('Met', { exact: true })).toBeVisible();
  await expect(criterion(card, DURATION).getByText('Met', { exact: true })).toBeVisible();
  await expect(criterion(card, ATTENDANCE)).toContainText('Requested 5 days/week');
  // The other admission criteria are still undocumented, so the recommendation stays Uphold.
  await expect(card.getByText('Recommendation: Uphold (not medically necessary)')).toBeVisible();
});

test('judgment, override with a note and a contradicting decision survive a reload', async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  await openStep(page, 'Disputed services');

  // A second item whose criteria include a reviewer judgment.
  const otherOptions = await addItemWithJudgment(page);
  const judgment = otherOptions.getByRole('group', { name: /Your judgment/ });
  await judgment.getByLabel('Met', { exact: true }).check();
  await judgment.getByLabel('Note (optional)').fill('Report of 11/11/14 lists the options tried.');
  await expect(otherOptions.getByText('Reviewer-entered')).toBeVisible();

  // Override a computed criterion of the work hardening item: not applied until a note is given.
  const hardening = itemCard(page, /Work hardening physical therapy 2 times a week for 6 weeks/);
  const duration = criterion(hardening, DURATION);
  await duration.getByRole('button', { name: /^Override/ }).click();
  const override = duration.getByRole('group', { name: /Override/ });
  await override.getByLabel('Met', { exact: true }).check();
  await expect(duration.getByText('An override is applied only with a note saying why.')).toBeVisible();
  await override.getByLabel('Note (required)').fill('Treater confirmed a 4-week compressed schedule.');
  await expect(duration.getByText('Overridden')).toBeVisible();
  await expect(duration.getByText('(computed: Not met)')).toBeVisible();

  // A decision against the criteria asks for a reason.
  const decision = hardening.getByRole('group', { name: /Final decision/ });
  await decision.getByLabel('Overturned (medically necessary)').check();
  await expect(hardening.getByRole('alert')).toContainText('This decision contradicts the criteria');
  await hardening
    .getByLabel('Reason for the decision (required)')
    .fill('Employer confirmed a job offer in writing.');
  await expect(hardening.getByText('A reason is required.')).toHaveCount(0);

  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();

  const otherOptionsAfter = criterion(
    itemCard(page, /Functional restoration program, 2 weeks/),
    NO_OTHER_OPTION,
  );
  await expect(
    otherOptionsAfter.getByRole('group', { name: /Your judgment/ }).getByLabel('Met', { exact: true }),
  ).toBeChecked();
  await expect(otherOptionsAfter.getByLabel('Note (optional)')).toHaveValue(
    'Report of 11/11/14 lists the options tried.',
  );
  const hardeningAfter = itemCard(page, /Work hardening physical therapy 2 times a week for 6 weeks/);
  const durationAfter = criterion(hardeningAfter, DURATION);
  await expect(durationAfter.getByText('Overridden')).toBeVisible();
  await expect(durationAfter.getByLabel('Note (required)')).toHaveValue(
    'Treater confirmed a 4-week compressed schedule.',
  );
  await expect(
    hardeningAfter
      .getByRole('group', { name: /Final decision/ })
      .getByLabel('Overturned (medically necessary)'),
  ).toBeChecked();
  await expect(hardeningAfter.getByLabel('Reason for the decision (required)')).toHaveValue(
    'Employer confirmed a job offer in writing.',
  );
  await expect(hardeningAfter.getByText('Decision:', { exact: false })).toContainText('Overturned');
});

test('clicking a criterion takes the reviewer to the field that feeds it', async ({ caseList: page }) => {
  await loadDemoCase(page);
  const card = itemCard(page, /Work hardening physical therapy 2 times a week for 6 weeks/);
  await criterion(card, ATTENDANCE)
    .getByRole('button', { name: /Go to field/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Disputed services', exact: true })).toBeVisible();
  await expect(field(page, 'Frequency')).toBeFocused();
});

test('the criteria follow the disputed service being edited, and only when focus moves to another', async ({
  caseList: page,
}) => {
  // 20 disputed services: the aside shows the first cards; the 19th is far below in its scroll.
  const data = { ...buildBenchCase(), id: 'twenty' };
  await putRawRecord(page, { id: 'twenty', updatedAt: new Date().toISOString(), revision: 1, data });
  await page.goto('/cases/twenty/disputed');
  await expect(stepHeading(page, 'Disputed services')).toBeVisible();
  const aside = page.getByRole('complementary', { name: 'Criteria' });
  const card19 = itemCard(page, /^19\. /).getByRole('heading', { level: 3 });
  const card1 = itemCard(page, /^1\. /).getByRole('heading', { level: 3 });
  await expect(card1).toBeInViewport();
  await expect(card19).not.toBeInViewport();

  await openRow(page, 'Disputed service 19');
  const service19 = page.getByRole('region', { name: 'Disputed service 19', exact: true });
  await field(service19, 'Dose').focus();
  await expect(card19).toBeInViewport();
  await expect(card1).not.toBeInViewport();

  // The reviewer scrolls the aside back up to read service 1 while still in service 19's fields:
  // moving between those fields leaves the aside where the reviewer put it.
  await aside.evaluate((element) => {
    element.scrollTop = 0;
  });
  await expect(card1).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('id', /^field-disputedItems\.18\./);
  await expect(card1).toBeInViewport();
  expect(await aside.evaluate((element) => element.scrollTop)).toBe(0);

  // Focus moving to another service's fields brings that service's criteria into view.
  await openRow(page, 'Disputed service 20');
  const service20 = page.getByRole('region', { name: 'Disputed service 20', exact: true });
  await service20.getByRole('textbox').first().focus();
  await expect(itemCard(page, /^20\. /).getByRole('heading', { level: 3 })).toBeInViewport();
});

/** The demo case with a second disputed service added on its step: returns that service's region. */
async function addSecondService(page: Page, requestedAs: string, serviceType: string): Promise<Locator> {
  await loadDemoCase(page);
  await openStep(page, 'Disputed services');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  const service = page.getByRole('region', { name: 'Disputed service 2', exact: true });
  await field(service, 'Requested as').fill(requestedAs);
  await field(service, 'Service type').selectOption({ label: serviceType });
  return service;
}

test('Go to field on a medication criterion opens that service and focuses its medication', async ({
  caseList: page,
}) => {
  const service2 = await addSecondService(page, 'Naproxen 550 mg #60', 'NSAID');
  await field(service2, 'Drug name').fill('Naproxen');

  // From another step, with the service's row closed: the criterion reads the drug requested.
  await openStep(page, 'Patient and injury');
  const goTo = criterion(itemCard(page, /Naproxen 550 mg #60/), 'Not on top of another NSAID').getByRole(
    'button',
    { name: /Go to field/ },
  );
  await goTo.click();
  await expect(stepHeading(page, 'Disputed services')).toBeVisible();
  await expect(field(service2, 'Drug name')).toBeFocused();
  await expect(field(service2, 'Drug name')).toHaveValue('Naproxen');
});

test("an NSAID's indication waits for the reviewer until a diagnosis shows it, and their answer still decides", async ({
  caseList: page,
}) => {
  await addSecondService(page, 'Naproxen 550 mg #60', 'NSAID');
  const indication = criterion(
    itemCard(page, /Naproxen 550 mg #60/),
    'Used where NSAIDs are recommended: osteoarthritis',
  );
  // The status badge leads the row; the judgment's own "Met" and "Not met" choices follow it.
  const badge = indication.locator('span').first();
  // The demo worker's diagnoses are a radiculopathy and a disc lesion: no use the guideline names.
  await expect(badge).toHaveText(/^\W*Not documented$/);
  await expect(indication.getByText('Awaiting reviewer')).toBeVisible();

  await openStep(page, 'Patient and injury');
  await page.getByRole('button', { name: 'Add diagnosis' }).click();
  await page
    .getByRole('textbox', { name: 'Diagnosis', exact: true })
    .last()
    .fill('Right knee osteoarthritis');
  await expect(badge).toHaveText(/^\W*Met$/);
  await expect(indication.getByText('Computed', { exact: true })).toBeVisible();
  await expect(indication).toContainText('In the diagnoses: osteoarthritis ("Right knee osteoarthritis")');
  await expect(indication).toContainText('Read from the records until the reviewer answers.');

  // The reading never takes the question away: the reviewer's answer replaces it.
  await indication
    .getByRole('group', { name: /Your judgment/ })
    .getByLabel('Not met', { exact: true })
    .check();
  await expect(badge).toHaveText(/^\W*Not met$/);
  await expect(indication.getByText('Reviewer-entered')).toBeVisible();
  await expect(indication).toContainText("Reviewer's answer: not met.");
  await expect(indication).not.toContainText('Read from the records');
});

test('Go to field on an evidence-path criterion focuses its control in the panel; Remove keeps focus', async ({
  caseList: page,
}) => {
  await addSecondService(page, 'Shockwave therapy, right heel', 'Other service');
  const card = itemCard(page, /Shockwave therapy, right heel/);
  await expect(card.getByText('MTUS silent: evidence-hierarchy path')).toBeVisible();
  await card.getByRole('button', { name: 'Add criterion' }).click();
  await card.getByRole('button', { name: 'Add criterion' }).click();
  await field(card, 'Criterion 1').fill('Plantar fasciitis for 6 months');
  await field(card, 'Criterion 2').fill('Conservative care failed');
  const answers = (index: number) =>
    card.getByRole('group', { name: `Criterion ${index} of Shockwave therapy, right heel: met or not met` });
  await answers(2).getByLabel('Not met', { exact: true }).check();

  await openStep(page, 'Work status and restrictions');
  await criterion(card, 'The evidence source applied and its citation are named')
    .getByRole('button', { name: /Go to field/ })
    .click();
  await expect(field(card, 'Source used')).toBeFocused();
  // The panel's fields belong to no step: the reviewer stays where they were.
  await expect(stepHeading(page, 'Work status and restrictions')).toBeVisible();

  // A written criterion: focus lands on its current answer.
  await criterion(card, 'Conservative care failed')
    .getByRole('button', { name: /Go to field/ })
    .click();
  await expect(answers(2).getByLabel('Not met', { exact: true })).toBeFocused();

  // Removing a criterion moves focus to the one that took its place, never to the page.
  await card.getByRole('button', { name: 'Remove criterion 1' }).click();
  await expect(field(card, 'Criterion 1')).toBeFocused();
  await expect(field(card, 'Criterion 1')).toHaveValue('Conservative care failed');
  await card.getByRole('button', { name: 'Remove criterion 1' }).click();
  await expect(card.getByRole('button', { name: 'Add criterion' })).toBeFocused();
});

test("a criterion's buttons and groups are named with its statement, without a stray space before the colon", async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  await openStep(page, 'Disputed services');
  const hardening = itemCard(page, /Work hardening physical therapy 2 times a week for 6 weeks/);
  const duration = criterion(hardening, DURATION);
  await expect(duration.getByRole('button', { name: `Go to field: ${DURATION}`, exact: true })).toBeVisible();
  await duration.getByRole('button', { name: `Override: ${DURATION}`, exact: true }).click();
  await expect(
    duration.getByRole('group', { name: `Override (a note is required): ${DURATION}`, exact: true }),
  ).toBeVisible();
  await expect(
    duration.getByRole('button', { name: `Remove override: ${DURATION}`, exact: true }),
  ).toBeVisible();

  const otherOptions = await addItemWithJudgment(page);
  await expect(otherOptions.getByRole('group', { name: /^Your judgment: \S/ })).toBeVisible();
  await expect(otherOptions.getByRole('button', { name: /^Go to field: \S/ })).toBeVisible();
});
