import { expect, test } from '@playwright/test';

test('the dashboard loads', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'tickscope' })).toBeVisible();
});
