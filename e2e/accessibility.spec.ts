/**
 * Accessibility beyond the per-page checks of the other specs: axe (WCAG 2.1 A/AA) on every step of
 * a blank case, the criteria panel with a judgment and an override open, the new durability UI (the
 * "changed in another tab" notice, a failed save, the clear-data dialog), the letter in print; a
 * whole case taken to its Word letter with the keyboard alone; and a criteria live region that
 * speaks once per change of outcome, never per keystroke.
 *
 * Covered elsewhere, not repeated here: every step of the demo case (wizard.spec.ts, "every step of
 * the demo case passes an automated WCAG A/AA check"); the case list empty, with cases, a damaged
 * record and a toast (case-list.spec.ts); the letter page on screen and while editing
 * (letter.spec.ts); focus moving to the step heading on each step change and to the first invalid
 * field when Next is refused (wizard.spec.ts, the keyboard and bad-input tests).
 */
import type { Locator, Page } from '@playwright/test';
import {
  axeViolations,
  createCaseFromList,
  DEMO_CASE_NUMBER,
  expect,
  loadDemoCase,
  test,
} from './support/app';
import { letterPreview, openLetter } from './support/letter';
import { failWritesOnDemand, setStorageFull } from './support/storage';
import { field, openRow, openStep, stepHeading, tabTo } from './support/wizard';

test.use({ locale: 'en-US', timezoneId: 'America/Los_Angeles' });

const STEPS = [
  'Case and reviewer',
  'Patient and injury',
  'Reports',
  'Work status and restrictions',
  'Treatment history',
  'Disputed services',
  'Review',
] as const;

const criteriaPanel = (page: Page) => page.getByRole('region', { name: 'Guideline criteria' });

function itemCard(page: Page, title: RegExp): Locator {
  return criteriaPanel(page)
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: title }) });
}

test('every step of a blank case, with its empty rows open and a refused Next, has no axe violations', async ({
  caseList: page,
}) => {
  await createCaseFromList(page);
  for (const title of STEPS) {
    await openStep(page, title);
    if (title === 'Patient and injury') await page.getByRole('button', { name: 'Add diagnosis' }).click();
    if (title === 'Reports') await page.getByRole('button', { name: 'Add report' }).click();
    if (title === 'Treatment history') await page.getByRole('button', { name: 'Add therapy course' }).click();
    if (title === 'Disputed services')
      await page.getByRole('button', { name: 'Add disputed service' }).click();
    expect(await axeViolations(page), title).toEqual([]);
  }
  // A refused Next shows the error summary and the field messages.
  await openStep(page, 'Case and reviewer');
  await field(page, 'Request (RFA) date').fill('2014-11-11');
  const urDate = field(page, 'UR determination date');
  await urDate.fill('2014-11-01');
  // Leaving the field shows its message first (pressing Next straight from the field moves the
  // button under the pointer as the message appears; see the report).
  await urDate.blur();
  await expect(urDate).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Next: Patient and injury' }).click();
  await expect(page.getByRole('alert')).toContainText('Fix 1 problem');
  await expect(urDate).toBeFocused();
  expect(await axeViolations(page), 'refused Next').toEqual([]);
});

test('the criteria panel with a judgment and an override open has no axe violations', async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  await openStep(page, 'Disputed services');
  await page.getByRole('button', { name: 'Add disputed service' }).click();
  await field(page, 'Requested as').fill('Functional restoration program, 2 weeks');
  await field(page, 'Service type').selectOption({ label: 'Functional restoration program' });
  const program = itemCard(page, /Functional restoration program, 2 weeks/);
  const judgment = program
    .getByRole('listitem')
    .filter({ hasText: 'No other option is likely to bring significant clinical improvement' })
    .getByRole('group', { name: /Your judgment/ });
  await judgment.getByLabel('Met', { exact: true }).check();

  const hardening = itemCard(page, /Work hardening physical therapy 2 times a week for 6 weeks/);
  const duration = hardening
    .getByRole('listitem')
    .filter({ hasText: 'The program is completed in 4 consecutive weeks or less.' });
  await duration.getByRole('button', { name: /^Override/ }).click();
  await duration
    .getByRole('group', { name: /Override/ })
    .getByLabel('Met', { exact: true })
    .check();
  await expect(duration.getByText('An override is applied only with a note saying why.')).toBeVisible();
  // A decision against the criteria opens its reason and the warning.
  await hardening
    .getByRole('group', { name: /Final decision/ })
    .getByLabel('Overturned (medically necessary)')
    .check();
  await expect(hardening.getByRole('alert')).toContainText('This decision contradicts the criteria');
  expect(await axeViolations(page)).toEqual([]);
});

test('the durability notices and the clear-data dialog have no axe violations', async ({
  caseList: page,
  context,
}) => {
  await page.getByRole('button', { name: 'Clear all local data' }).click();
  await expect(page.getByRole('dialog', { name: 'Clear all local data?' })).toBeVisible();
  expect(await axeViolations(page), 'clear-data dialog').toEqual([]);
  await page.keyboard.press('Escape');

  const caseId = await createCaseFromList(page);
  const other = await context.newPage();
  await failWritesOnDemand(other);
  await other.goto(`/cases/${caseId}/case`);
  await expect(stepHeading(other, 'Case and reviewer')).toBeVisible();
  // With nothing unsaved, the other tab takes the newer version and says so.
  await field(page, 'IMR case number').fill('CHANGED-HERE');
  await expect(other.getByText(/to the version saved in another tab/)).toBeVisible();
  expect(await axeViolations(other), 'updated from another tab').toEqual([]);
  // Holding a change it could not store, it is told instead.
  await setStorageFull(other, true);
  await field(other, 'IMR case number').fill('AND-THERE');
  await expect(other.getByRole('status').filter({ hasText: /^Not saved:/ })).toBeVisible();
  await field(page, 'IMR case number').fill('CHANGED-AGAIN');
  await expect(other.getByRole('region', { name: 'Case changed in another tab' })).toBeVisible();
  expect(await axeViolations(other), 'changed in another tab, save refused').toEqual([]);
});

test('the letter in print emulation has no axe violations (contrast on paper colours)', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  await page.emulateMedia({ media: 'print' });
  await expect(letterPreview(page)).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
});

test('a whole case, its final decision and its Word letter with the keyboard alone', async ({
  caseList: page,
}) => {
  // Key by key through the whole case: about 30 s on a quiet machine, so the default 60 s is tight.
  test.setTimeout(120_000);
  // From the list: Tab to "Load demo case", Enter.
  await tabTo(page, page.getByRole('button', { name: 'Load demo case' }));
  await page.keyboard.press('Enter');
  await expect(stepHeading(page, 'Case and reviewer')).toBeVisible();

  // Through every step with "Next" (focus lands on each step's heading), changing a field on the way.
  for (const [index, title] of STEPS.entries()) {
    const next = STEPS[index + 1];
    if (!next) break;
    if (title === 'Work status and restrictions') {
      await tabTo(page, field(page, 'Lifting limit'));
      await page.keyboard.press('Control+A');
      await page.keyboard.type('20');
    }
    await tabTo(page, page.getByRole('button', { name: `Next: ${next}` }));
    await page.keyboard.press('Enter');
    await expect(stepHeading(page, next)).toBeFocused();
  }
  await expect(
    page.getByText('Nothing missing or invalid: the case has everything the letter needs.'),
  ).toBeVisible();

  // The final decision in the criteria panel: Tab reaches the group's checked radio ("Follow the
  // recommendation"), the arrow keys choose.
  const card = itemCard(page, /Work hardening physical therapy 2 times a week for 6 weeks/);
  const decision = card.getByRole('group', { name: /Final decision/ });
  const follow = decision.getByLabel('Follow the recommendation');
  const upheld = decision.getByLabel('Upheld (not medically necessary)');
  const overturned = decision.getByLabel('Overturned (medically necessary)');
  await expect(follow).toBeChecked();
  await tabTo(page, follow, { max: 400 });
  await page.keyboard.press('ArrowDown');
  await expect(upheld).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(overturned).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(upheld).toBeChecked();
  await expect(card.getByText('Decision:', { exact: false })).toContainText('Upheld');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  // Back up to "Open letter" in the header, Enter.
  await tabTo(page, page.getByRole('link', { name: 'Open letter' }), { backwards: true, max: 400 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Final determination letter' })).toBeVisible();
  await expect(letterPreview(page)).toContainText(`${DEMO_CASE_NUMBER}`);
  await expect(letterPreview(page)).toContainText('IS NOT medically necessary');

  // Tab to "Download Word", Enter: the file downloads.
  await tabTo(page, page.getByRole('button', { name: 'Download Word' }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`IMR-${DEMO_CASE_NUMBER}-letter.docx`);
});

/** Records every distinct text the criteria live region takes from now on. */
async function watchLiveSummary(page: Page): Promise<() => Promise<string[]>> {
  const region = criteriaPanel(page).locator('[aria-live="polite"]');
  await expect(region).toHaveCount(1);
  await region.evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { __liveSummary: string[] }).__liveSummary = seen;
    new MutationObserver(() => {
      const text = element.textContent ?? '';
      if (seen.at(-1) !== text) seen.push(text);
    }).observe(element, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => [...(window as unknown as { __liveSummary: string[] }).__liveSummary]);
}

test('the criteria live region speaks once per change of outcome, never per keystroke', async ({
  caseList: page,
}) => {
  await loadDemoCase(page);
  await openStep(page, 'Disputed services');
  await openRow(page, 'Disputed service 1');
  // Opening a case says nothing: the reviewer reads the panel when they want to.
  await expect(criteriaPanel(page).locator('[aria-live="polite"]')).toHaveText('');
  const changes = await watchLiveSummary(page);

  // Typing text that changes no criterion: nothing is announced.
  await field(page, 'Requested as').focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' at the clinic');
  await openStep(page, 'Reports');
  await openRow(page, 'Report 1');
  await field(page, 'Exam findings').focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Gait antalgic.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await changes()).toEqual([]);

  // Keystrokes that flip a criterion (duration 6 -> 14 -> 4 weeks, typed without a pause): one
  // announcement once typing pauses, naming the service and its new counts.
  await openStep(page, 'Disputed services');
  await openRow(page, 'Disputed service 1');
  await field(page, 'Duration').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('14');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4');
  const duration = itemCard(page, /Work hardening/)
    .getByRole('listitem')
    .filter({ hasText: 'The program is completed in 4 consecutive weeks or less.' });
  await expect(duration.getByText('Met', { exact: true })).toBeVisible();
  await expect.poll(changes).toHaveLength(1);
  await page.waitForTimeout(1000);
  const announced = await changes();
  expect(announced).toHaveLength(1);
  expect(announced[0]).toMatch(/^Disputed service 1: Uphold \(not medically necessary\), \d+ met, /);
});
