import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { addCell, clusterReady, openApp, screenshot, watchConsole } from './helpers';

const markets = (page: Page) => page.getByRole('region', { name: 'Markets table' });

test('a table output pages, sorts by typed columns and downloads CSV', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/?fixture=table');
  const grid = markets(page);
  await expect(grid.getByRole('status', { name: 'Rows shown' })).toHaveText('Rows 1–10 of 137 (truncated: the result has 12,500 rows)');
  await expect(grid.locator('tbody tr')).toHaveCount(10);
  await grid.getByRole('button', { name: 'Next page' }).click();
  await expect(grid.getByRole('status', { name: 'Rows shown' })).toContainText('Rows 11–20 of 137');
  await grid.getByLabel('Rows per page').selectOption('100');
  await expect(grid.locator('tbody tr')).toHaveCount(100);

  const header = grid.getByRole('columnheader', { name: /^markets/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const first = () => grid.locator('tbody tr').first().locator('td').nth(3);
  await expect(first()).toHaveText('1');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(first()).toHaveText('50');
  // Nulls sort last both ways.
  const income = grid.getByRole('columnheader', { name: /^avg_income/ });
  await income.getByRole('button').click();
  await grid.getByLabel('Rows per page').selectOption('100');
  await grid.getByRole('button', { name: 'Next page' }).click();
  await expect(grid.locator('tbody tr').last().locator('td').nth(4)).toHaveText('null');

  const words = page.getByRole('region', { name: 'Word counts table' });
  const [download] = await Promise.all([page.waitForEvent('download'), words.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('result.csv');
  expect(readFileSync(await download.path(), 'utf8')).toBe('word,count\r\nspark,3\r\n"flint, ""the"" notebook",1\r\nrdd,2\r\n');
  await screenshot(page, 'table-output');
  expect(problems).toEqual([]);
});

test('the chart view loads lazily and draws every plot type from the plot options', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/?fixture=table');
  const grid = markets(page);
  await expect(grid.locator('tbody tr')).toHaveCount(10);
  const before = scripts.length;
  await grid.getByRole('tab', { name: 'Chart' }).click();
  const chart = grid.locator('figure.chart');
  await expect(chart).toHaveAttribute('data-chart-kind', 'bar');
  expect(scripts.length).toBeGreaterThan(before);
  // Bar of SUM(year) by zip is the default; plot markets by state instead, grouped by year.
  await grid.getByLabel('Keys').selectOption('state');
  await grid.getByLabel('Values').selectOption(['markets']);
  await grid.getByLabel('Aggregation').selectOption('avg');
  await expect(chart).toHaveAttribute('data-points', '5');
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(5);
  await grid.getByLabel('Series grouping').selectOption('year');
  await expect(chart.locator('.recharts-legend-item')).toHaveCount(6);
  await screenshot(page, 'chart-bar');
  for (const kind of ['line', 'area', 'pie', 'scatter']) {
    await grid.getByLabel('Chart type').selectOption(kind);
    await expect(chart).toHaveAttribute('data-chart-kind', kind);
    await expect(chart.locator('.recharts-surface').first()).toBeVisible();
  }
  await grid.getByLabel('Chart type').selectOption('histogram');
  await grid.getByLabel('Series grouping').selectOption('');
  await grid.getByLabel('Values').selectOption('avg_income');
  await grid.getByLabel('Bins').fill('8');
  await expect(chart).toHaveAttribute('data-points', '8');
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(8);
  await screenshot(page, 'chart-histogram');
});

test('display(df) and a %sql query run in the notebook show a result grid whose chart renders', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page);
  await clusterReady(page);
  const { cell: sqlCell } = await addCell(page, '%sql\nSELECT id, id % 3 AS k, id * 1.5 AS x FROM range(25)');
  await page.keyboard.press('Control+Enter');
  const sqlGrid = sqlCell.locator('.output-table');
  await expect(sqlGrid.getByRole('status', { name: 'Rows shown' })).toHaveText('Rows 1–10 of 25');
  await expect(sqlGrid.getByRole('columnheader', { name: /^x/ })).toContainText('decimal');
  await sqlGrid.getByRole('tab', { name: 'Chart' }).click();
  const chart = sqlGrid.locator('figure.chart');
  await sqlGrid.getByLabel('Keys').selectOption('k');
  await sqlGrid.getByLabel('Values').selectOption(['id']);
  await expect(chart).toHaveAttribute('data-points', '3');
  await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(3);

  const { cell: pyCell } = await addCell(page, 'display(spark.range(1500).selectExpr("id", "id % 2 = 0 AS even"))');
  await page.keyboard.press('Control+Enter');
  const pyGrid = pyCell.locator('.output-table');
  await expect(pyGrid.getByRole('status', { name: 'Rows shown' })).toHaveText('Rows 1–10 of 1000 (truncated: the result has 1,500 rows)');
  await expect(pyGrid.getByRole('columnheader', { name: /^even/ })).toContainText('boolean');
  await expect(pyGrid.locator('tbody tr').first().locator('td')).toHaveText(['0', 'true']);
  await screenshot(page, 'display-table');
  expect(problems).toEqual([]);
});
