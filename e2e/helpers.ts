/** Shared steps of the e2e specs: open the app the way a person does and wait until it is usable. */
import { expect } from '@playwright/test';
import type { ConsoleMessage, Page } from '@playwright/test';

/** Opens the app (or a URL of it) and waits for the workspace to show its notebook. */
export async function openApp(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('main', { name: 'Notebook' })).toHaveAttribute('aria-busy', 'false');
}

export async function clusterReady(page: Page): Promise<void> {
  await expect(page.getByRole('status', { name: 'Executors' })).toContainText(/\d+ executors/, { timeout: 30_000 });
}

/** Console errors and uncaught exceptions, for asserting a run was clean. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

export function cellAt(page: Page, index: number) {
  return page.locator(`section[data-cell-index="${index}"]`);
}

/** The cell's Monaco editor, once loaded. */
export async function editorOf(page: Page, index: number) {
  const cell = cellAt(page, index);
  await expect(cell.locator('.editor-frame')).toHaveAttribute('data-ready', 'true');
  return cell;
}

/** Adds a cell at the end, types `code` into it and returns it. */
export async function addCell(page: Page, code: string) {
  await page.getByRole('button', { name: '+ Cell' }).click();
  const count = await page.locator('section[data-cell-index]').count();
  const cell = await editorOf(page, count);
  await cell.locator('.monaco-editor').click();
  // The editor auto-indents after a colon, as for a person: write dedents as one-liners.
  await page.keyboard.insertText(code);
  return { cell, index: count };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
