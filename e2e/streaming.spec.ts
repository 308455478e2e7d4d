import { expect, test } from '@playwright/test';
import { addCell, clusterReady, openApp, screenshot, watchConsole } from './helpers';

test('display(streamingDF) shows a live table and chart that follow the micro-batches, and Stop ends the query', async ({ page }) => {
  const problems = watchConsole(page);
  await openApp(page);
  await clusterReady(page);
  const { cell } = await addCell(
    page,
    'from pyspark.sql.functions import col\nrates = spark.readStream.format("rate").option("rowsPerSecond", 50).load()\ndisplay(rates.groupBy((col("value") % 3).alias("bucket")).count())',
  );
  await page.keyboard.press('Control+Enter');
  const panel = cell.getByTestId('live-query');
  await expect(panel).toContainText('Running');
  // The query runs between cells: the batch number and the counts keep moving.
  const batch = panel.getByTestId('live-batch');
  await expect(batch).toHaveText(/Batch [1-9]/, { timeout: 20_000 });
  const total = async () => {
    const cells = await cell.locator('.output-table tbody tr td:nth-child(2)').allTextContents();
    return cells.reduce((n, c) => n + Number(c.replace(/,/g, '')), 0);
  };
  await expect.poll(total, { timeout: 20_000 }).toBeGreaterThan(0);
  const before = await total();
  await expect.poll(total, { timeout: 20_000 }).toBeGreaterThan(before);
  // The rates chart of the panel, and the table's own chart view, both drawn with recharts.
  await expect(panel.getByTestId('live-query-chart').locator('.recharts-line').first()).toBeVisible({ timeout: 20_000 });
  await cell.getByRole('tab', { name: 'Chart' }).click();
  const chart = cell.locator('figure.chart');
  await expect(chart).toBeVisible();
  const bars = async () => Number(await chart.getAttribute('data-points'));
  await expect.poll(bars, { timeout: 20_000 }).toBe(3);
  await screenshot(page, 'streaming-live');
  await panel.getByRole('button', { name: 'Stop' }).click();
  await expect(panel).toContainText('Stopped', { timeout: 20_000 });
  const stoppedAt = await batch.textContent();
  await page.waitForTimeout(1500);
  await expect(batch).toHaveText(stoppedAt!);
  expect(problems).toEqual([]);
});

test('course notebook "Structured Streaming" (Exercise 2) runs top to bottom in the browser', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watchConsole(page);
  await openApp(page);
  const course = page.getByRole('complementary', { name: 'Workspace' }).locator('section', { has: page.getByRole('heading', { name: 'Course' }) });
  await course.getByRole('button', { name: 'Structured Streaming', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Structured Streaming');
  await clusterReady(page);
  await page.getByRole('button', { name: 'Run all' }).click();
  const outputs = page.locator('.cell-outputs');
  await expect(outputs.and(page.locator('[data-status="queued"], [data-status="running"]'))).toHaveCount(0, { timeout: 200_000 });
  await expect(outputs.and(page.locator('[data-status="error"]'))).toHaveCount(0);
  await expect(page.getByText("streaming: [('Close', 3498), ('Open', 4502)]")).toBeVisible();
  await expect(page.getByText('agree: True')).toBeVisible();
  await screenshot(page, 'course-structured-streaming');
  expect(problems).toEqual([]);
});
