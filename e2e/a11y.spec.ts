import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cellAt, clusterReady, openApp, screenshot } from './helpers';

async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

test('axe: the notebook with its sidebar and outputs has no serious or critical violations', async ({ page }) => {
  await openApp(page);
  await clusterReady(page);
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(cellAt(page, 3).locator('.output-result')).toHaveText('[[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]');
  await expect(cellAt(page, 1).locator('.editor-frame')).toHaveAttribute('data-ready', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'notebook-after-run');
});

test('axe: the export menu, open', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: a read-only import and a table output with its chart', async ({ page }) => {
  await page.goto('/?fixture=table');
  await expect(page.locator('tbody tr').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('region', { name: 'Markets table' }).getByRole('tab', { name: 'Chart' }).click();
  await expect(page.locator('figure.chart')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('everything works from the keyboard: open a notebook, write, run, export', async ({ page }) => {
  await openApp(page);
  await clusterReady(page);
  // From the top of the page, Tab reaches the sidebar's "New notebook".
  await page.keyboard.press('Tab');
  let guard = 0;
  while (!(await page.getByRole('button', { name: 'New notebook' }).evaluate((el) => el === document.activeElement)) && guard++ < 20) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled notebook');
  // The new notebook's first cell: select it with the keyboard, Enter edits, type, Ctrl+Enter runs.
  await cellAt(page, 1).focus();
  await page.keyboard.press('Enter');
  await expect(cellAt(page, 1).locator('.editor-frame')).toHaveAttribute('data-ready', 'true');
  await expect(cellAt(page, 1).locator('.monaco-editor')).toHaveClass(/\bfocused\b/);
  await page.keyboard.type('print(6 * 7)');
  await page.keyboard.press('Control+Enter');
  await expect(cellAt(page, 1).locator('.output-stdout')).toHaveText('42\n');
  // Escape to command mode, B adds a cell below.
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await expect(page.locator('section[data-cell-index]')).toHaveCount(2);
  // The export menu opens and closes from the keyboard.
  await page.getByRole('button', { name: 'Export ▾' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Export ▾' })).toBeFocused();
});
