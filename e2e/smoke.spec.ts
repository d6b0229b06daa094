import { expect, test } from '@playwright/test';

test('the workbench loads', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('IMR Reviewer Workbench');
});
