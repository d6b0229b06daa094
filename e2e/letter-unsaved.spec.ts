import { expect, loadDemoCase, test } from './support/app';
import { openLetter } from './support/letter';
import { stepHeading } from './support/wizard';

const TYPED = 'My own words, not saved yet.';

test('leaving the letter with an unsaved section asks first: Cancel keeps the text, OK leaves', async ({
  caseList: page,
}) => {
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  await page.getByRole('button', { name: 'Edit the clinical case summary' }).click();
  const box = page.getByRole('textbox', { name: 'Text of the clinical case summary' });
  await box.fill(TYPED);

  // "Back to the case" while the text is unsaved: the reviewer is asked; Cancel stays with the text.
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: 'Back to the case' }).click();
  await expect
    .poll(() => asked)
    .toEqual(['You have typed in a letter section without saving. Leave the letter and lose that text?']);
  await expect(box).toHaveValue(TYPED);
  await expect(page.getByRole('heading', { level: 1, name: 'Final determination letter' })).toBeVisible();

  // Closing the tab or reloading gets the browser's own prompt.
  const beforeUnload = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    });
  });
  await page.close({ runBeforeUnload: true });
  expect(await beforeUnload).toBe('beforeunload');
  await expect(box).toHaveValue(TYPED);

  // OK leaves.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: 'Back to the case' }).click();
  await expect(stepHeading(page, 'Case and reviewer')).toBeVisible();
});

test('a saved or untouched section never asks', async ({ caseList: page }) => {
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  const caseId = await loadDemoCase(page);
  await openLetter(page, caseId);
  // Editing without changing anything is not unsaved text.
  await page.getByRole('button', { name: 'Edit the clinical case summary' }).click();
  await page.getByRole('link', { name: 'Back to the case' }).click();
  await expect(stepHeading(page, 'Case and reviewer')).toBeVisible();
  expect(asked).toEqual([]);
});
