import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cellAt, clusterReady, editorOf, openApp, screenshot, watchConsole } from './helpers';
import { flintJson, ipynb } from './fixtures';

const lesson = flintJson('Imported lesson', [{ source: '%md\n# Imported' }, { source: 'print("RAN-" + str(6 * 7))' }]);

async function expectNothingRan(page: Page) {
  const cells = page.locator('section[data-cell-index]');
  for (let i = 1; i <= (await cells.count()); i++) {
    await expect(cellAt(page, i).locator('.cell-outputs')).toHaveAttribute('data-status', 'idle');
    await expect(cellAt(page, i).locator('.cell-gutter')).toHaveText('[ ]');
  }
  await expect(page.getByText('RAN-42')).toHaveCount(0);
}

test('an imported file opens read-only, runs nothing, and "Make a copy" makes it mine', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page);
  await clusterReady(page);
  await page.locator('input[type=file]').setInputFiles({ name: 'lesson.flint.json', mimeType: 'application/json', buffer: Buffer.from(lesson) });
  const banner = page.getByRole('status', { name: 'Read-only notebook' });
  await expect(banner).toContainText('"lesson.flint.json"');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Imported lesson');
  await expectNothingRan(page);
  await page.waitForTimeout(1500);
  await expectNothingRan(page);
  // Read-only: no structural actions, and typing changes nothing.
  await expect(page.getByRole('button', { name: 'Delete cell 2' })).toHaveCount(0);
  const cell = await editorOf(page, 2);
  await cell.locator('.monaco-editor').click();
  await page.keyboard.type('zzz');
  await expect(cell.locator('.editor-frame')).not.toContainText('zzz');
  // Running is the person's choice.
  await page.getByRole('button', { name: 'Run cell 2', exact: true }).click();
  await expect(cell.locator('.output-stdout')).toHaveText('RAN-42\n');
  await screenshot(page, 'read-only-import');

  await banner.getByRole('button', { name: 'Make a copy' }).click();
  await expect(banner).toHaveCount(0);
  const sidebar = page.getByRole('complementary', { name: 'Workspace' });
  await expect(sidebar.getByRole('button', { name: 'Imported lesson', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('button', { name: 'Delete cell 2' })).toBeVisible();
  await expect(cell.locator('.output-stdout')).toHaveText('RAN-42\n');
  expect(problems).toEqual([]);
});

test('dropping an .ipynb file on the page opens it read-only', async ({ page }) => {
  await openApp(page);
  const text = ipynb(['x = 1\nprint("RAN")', '%sql\nSELECT 1']);
  // Runs in the page, where DataTransfer exists; e2e code is typed for Node.
  const dataTransfer = await page.evaluateHandle((content) => {
    const g = globalThis as unknown as { DataTransfer: new () => { items: { add(f: unknown): void } } };
    const dt = new g.DataTransfer();
    dt.items.add(new File([content], 'dropped.ipynb', { type: 'application/json' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a notebook file to open it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('status', { name: 'Read-only notebook' })).toContainText('"dropped.ipynb"');
  await expect(page.locator('section[data-cell-index]')).toHaveCount(2);
  await expect(cellAt(page, 2).locator('.editor-frame')).toContainText('SELECT 1');
  await expectNothingRan(page);
});

test('a file Flint cannot read is explained, not swallowed', async ({ page }) => {
  await openApp(page);
  await page.locator('input[type=file]').setInputFiles({ name: 'broken.ipynb', mimeType: 'application/json', buffer: Buffer.from('{"nbformat": 4, "cells": [') });
  await expect(page.getByRole('alert').filter({ hasText: /JSON|damaged|not valid/i })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome');
});

async function exportAs(page: Page, item: string): Promise<{ download: Download; text: string }> {
  const button = page.getByRole('button', { name: 'Export ▾' });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Export' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  const target = menu.getByRole('menuitem', { name: item, exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), target.click()]);
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

test('the export menu writes Flint JSON (with and without outputs), .ipynb, Databricks .py and HTML', async ({ page }) => {
  await openApp(page);
  await clusterReady(page);
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(cellAt(page, 3).locator('.output-result')).toHaveText('[[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]');

  await page.getByRole('button', { name: 'Export ▾' }).click();
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
  await screenshot(page, 'export-menu');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Export' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export ▾' })).toBeFocused();

  const plain = await exportAs(page, 'Flint notebook (.json)');
  expect(plain.download.suggestedFilename()).toBe('Welcome.flint.json');
  const plainDoc = JSON.parse(plain.text);
  expect(plainDoc.cells).toHaveLength(3);
  expect(plainDoc.cells.some((c: { outputs?: unknown }) => c.outputs)).toBe(false);

  const withOut = JSON.parse((await exportAs(page, 'Flint notebook with outputs (.json)')).text);
  expect(JSON.stringify(withOut.cells[2].outputs)).toContain('[[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]');

  const nb = await exportAs(page, 'Jupyter notebook (.ipynb)');
  expect(nb.download.suggestedFilename()).toBe('Welcome.ipynb');
  expect(JSON.parse(nb.text).nbformat).toBe(4);

  const py = await exportAs(page, 'Databricks source (.py)');
  expect(py.text.startsWith('# Databricks notebook source')).toBe(true);
  expect(py.text).toContain('# COMMAND ----------');

  const html = await exportAs(page, 'HTML page (.html)');
  expect(html.text).toContain('Welcome to Flint');
  expect(html.text).not.toMatch(/<script/i);
});

test('a share link opens the notebook read-only in a new tab, with nothing run', async ({ page, context, browserName }) => {
  test.skip(browserName !== 'chromium');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await cellAt(page, 2).getByRole('button', { name: 'Delete cell 2' }).click();
  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible();
  const url = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
  expect(url).toMatch(/#nb=[A-Za-z0-9_-]+$/);

  const other = await context.newPage();
  await openApp(other, url);
  await expect(other.getByRole('status', { name: 'Read-only notebook' })).toContainText('a shared link');
  await expect(other.locator('section[data-cell-index]')).toHaveCount(2);
  await expect(cellAt(other, 2).locator('.editor-frame')).toContainText('glom');
  await expectNothingRan(other);
  await screenshot(other, 'shared-link');
});
