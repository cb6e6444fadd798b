import { expect, test } from './test';

test.use({ viewport: { width: 390, height: 844 } });

test('on a small screen the filters fold behind a button and still drive the URL', async ({
  page,
}) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /^Filters/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('checkbox', { name: /^Quantum/ })).toBeHidden();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('checkbox', { name: /^Quantum/ }).check();
  await expect(page).toHaveURL(/\?domains=quantum$/);
  await expect(toggle).toHaveAccessibleName('Filters (1 active)');

  // Nothing is wider than the screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
