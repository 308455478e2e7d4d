import { expect, test } from '@playwright/test';
import { cellAt, editorOf, openApp, watchConsole } from './helpers';

test('the page is cross-origin isolated and starts its executors', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page);
  expect(await page.evaluate(() => (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated)).toBe(true);
  await expect(page.getByRole('status', { name: 'Executors' })).toContainText(/\d+ executors/);
  await page.screenshot({ path: 'test-results/screenshots/notebook.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('a person types a %ts cell, presses Shift+Enter and reads the result', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page);
  await expect(page.getByRole('status', { name: 'Executors' })).toContainText(/\d+ executors/);
  await page.getByRole('button', { name: '+ Cell' }).click();
  const count = await page.locator('section[data-cell-index]').count();
  const cell = await editorOf(page, count);
  await cell.locator('.monaco-editor').click();
  await page.keyboard.type('%ts\nsc.parallelize([1,2,3,4,5,6,7,8], 4).map(x => x * x).collect()');
  await page.keyboard.press('Shift+Enter');
  await expect(cell.locator('.output-result')).toHaveText('[1, 4, 9, 16, 25, 36, 49, 64]');
  await expect(cell.locator('.cell-gutter')).toContainText('[1]');
  // Shift+Enter moved on: a new cell exists below and has focus.
  await expect(page.locator('section[data-cell-index]')).toHaveCount(count + 1);
  expect(problems).toEqual([]);
});

test('run all runs the welcome notebook and shows job progress', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page);
  await expect(page.getByRole('status', { name: 'Executors' })).toContainText(/\d+ executors/);
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(page.locator('section[data-cell-index="1"] .markdown h1')).toHaveText('Welcome to Flint');
  await expect(page.locator('section[data-cell-index="3"] .output-result')).toHaveText('[[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]');
  await page.locator('section[data-cell-index="2"]').getByRole('button', { name: /1 Spark job/ }).click();
  await expect(page.locator('section[data-cell-index="2"] .job')).toContainText('4/4 tasks');
  await expect(page.locator('section[data-cell-index="2"] .stage')).toHaveText([/^Stage \d+ \(.+\): 4\/4 tasks succeeded$/]);
  await page.screenshot({ path: 'test-results/screenshots/run-all.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('an error shows as a traceback in the cell', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('status', { name: 'Executors' })).toContainText(/\d+ executors/);
  await page.getByRole('button', { name: '+ Cell' }).click();
  const count = await page.locator('section[data-cell-index]').count();
  const cell = await editorOf(page, count);
  await cell.locator('.monaco-editor').click();
  await page.keyboard.type('%ts\nnotDefined + 1');
  await page.keyboard.press('Control+Enter');
  await expect(cell.locator('.output-error')).toContainText('ReferenceError: notDefined is not defined');
});

test('command mode: Esc, then B inserts below, D D deletes, Z undoes, M makes Markdown', async ({ page }) => {
  await openApp(page);
  const cells = page.locator('section[data-cell-index]');
  const before = await cells.count();
  const cell = await editorOf(page, 2);
  await cell.locator('.monaco-editor').click();
  await page.keyboard.press('Escape');
  await expect(cell).toBeFocused();
  await page.keyboard.press('b');
  await expect(cells).toHaveCount(before + 1);
  // The new cell is selected; delete it with D D, then bring it back with Z.
  await page.keyboard.press('Escape');
  const inserted = page.locator('section[data-cell-index="3"]');
  await inserted.focus();
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  await expect(cells).toHaveCount(before);
  await page.locator('section[data-cell-index="2"]').focus();
  await page.keyboard.press('z');
  await expect(cells).toHaveCount(before + 1);
  await page.locator('section[data-cell-index="2"]').focus();
  await page.keyboard.press('m');
  await expect(page.getByLabel('Cell 2 language')).toHaveValue('md');
});

test('the toolbar moves, duplicates and deletes cells', async ({ page }) => {
  await openApp(page);
  const cells = page.locator('section[data-cell-index]');
  const before = await cells.count();
  await page.getByRole('button', { name: 'Duplicate cell 3' }).click();
  await expect(cells).toHaveCount(before + 1);
  await page.getByRole('button', { name: 'Delete cell 4' }).click();
  await expect(cells).toHaveCount(before);
  await page.getByRole('button', { name: 'Move cell 3 up' }).click();
  await expect(page.locator('section[data-cell-index="2"] .editor-frame')).toContainText('glom');
  await page.getByLabel('Cell 2 language').selectOption('python');
  await expect(page.locator('section[data-cell-index="2"] .editor-frame')).not.toContainText('%ts');
});

test('until Monaco arrives a cell is a text area that takes typing and Shift+Enter; Monaco then takes over its text', async ({ page }) => {
  const problems = watchConsole(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/monaco-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page);
  const count = await page.locator('section[data-cell-index]').count();
  await page.getByRole('button', { name: '+ Cell' }).click();
  const cell = cellAt(page, count + 1);
  await cell.locator('textarea.editor-light').click();
  await page.keyboard.type('%ts\n[1, 2, 3].map((x) => x * 2)');
  await page.keyboard.press('Shift+Enter');
  await expect(cell.locator('.output-result')).toHaveText('[2, 4, 6]');
  await expect(cell.locator('.editor-frame')).toHaveAttribute('data-ready', 'false');
  release();
  await expect(cell.locator('.editor-frame')).toHaveAttribute('data-ready', 'true');
  await expect(cell.locator('.monaco-editor .view-lines')).toContainText('map((x) => x * 2)');
  await expect(cell.locator('textarea.editor-light')).toHaveCount(0);
  expect(problems).toEqual([]);
});
