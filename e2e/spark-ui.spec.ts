/**
 * The Spark UI panel, driven through the "Transformations and actions" course notebook:
 * jobs and their DAGs, the lazy-transformations badge, and killing an executor from the
 * Executors tab, after which the next action's DAG outlines the recomputed partitions.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { addCell, clusterReady, openApp, watchConsole } from './helpers';

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Workspace' });
const sparkUi = (page: Page) => page.getByRole('complementary', { name: 'Spark UI' });

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).include('#spark-ui').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

async function openTab(page: Page, name: string) {
  await sparkUi(page).getByRole('tab', { name }).click();
  await expect(sparkUi(page).getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

async function runCell(page: Page, code: string) {
  const { cell, index } = await addCell(page, code);
  await page.getByRole('button', { name: `Run cell ${index}`, exact: true }).click();
  await expect(cell.locator('.cell-outputs')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  return cell;
}

test('Spark UI: jobs, DAGs, laziness, and recomputation after killing an executor', async ({ page }) => {
  test.setTimeout(300_000);
  const problems = watchConsole(page);
  await openApp(page);
  await sidebar(page).getByRole('button', { name: 'Transformations and actions', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Transformations and actions');
  await clusterReady(page);
  await page.getByRole('button', { name: 'Run all' }).click();
  const outputs = page.locator('.cell-outputs');
  await expect(outputs.and(page.locator('[data-status="queued"], [data-status="running"]'))).toHaveCount(0, { timeout: 200_000 });

  // The UI is loaded on demand and lists the notebook's jobs.
  await page.getByRole('button', { name: 'Spark UI', exact: true }).click();
  await expect(sparkUi(page)).toBeVisible();
  const jobsTable = sparkUi(page).getByRole('table', { name: /^Jobs/ });
  await expect(jobsTable).toBeVisible();
  expect(await jobsTable.locator('tbody tr').count()).toBeGreaterThan(5);
  // Jobs are named as PySpark names them: the action and the Python line that called it.
  await expect(jobsTable.locator('tbody tr').first()).toContainText(/collect at <cell (\d+)>:\d+ \(cell \1\)\s*succeeded/);
  expect(await seriousViolations(page)).toEqual([]);

  // A cell that only builds RDDs says that no job ran.
  const lazy = await runCell(page, 'pairs = sc.parallelize(range(200), 4).map(lambda x: (x % 5, 1)).cache()\ncounts = pairs.reduceByKey(lambda a, b: a + b)');
  await expect(lazy.getByText('0 jobs ran: transformations are lazy')).toBeVisible();

  // The action runs a shuffle: two stages joined by a shuffle edge in the DAG.
  const action = await runCell(page, 'sorted(counts.collect())');
  await expect(action.locator('.output-result')).toHaveText('[(0, 40), (1, 40), (2, 40), (3, 40), (4, 40)]');
  await action.getByRole('button', { name: /Spark job/ }).click();
  // The job is named after the action's line, its map stage after the reduceByKey line of the lazy cell.
  await expect(action.locator('.jobs-list')).toContainText(/\(collect at <cell \d+>:1\)/);
  await expect(action.locator('.stages-list')).toContainText(/\(reduceByKey at <cell \d+>:2\)/);
  await action.getByRole('button', { name: /Open job \d+ in the Spark UI/ }).click();
  await expect(sparkUi(page).getByRole('tab', { name: 'Stages' })).toHaveAttribute('aria-selected', 'true');
  const dag = sparkUi(page).getByRole('group', { name: /DAG of job/ });
  await expect(dag).toBeVisible();
  await expect(dag.locator('.dag-stage')).toHaveCount(2);
  await expect(dag.locator('.dag-edge-shuffle')).toHaveCount(1);
  await expect(dag.locator('.dag-node-cached')).toHaveCount(1);
  await expect(sparkUi(page).getByRole('table', { name: /Shuffle write of stage/ })).toBeVisible();
  await expect(sparkUi(page).getByRole('table', { name: 'Shipped to executors' }).first()).toBeVisible();
  // Keyboard: the first RDD takes focus, arrows move on, Enter describes it.
  await dag.locator('.dag-node').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(dag.locator('.dag-node').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sparkUi(page).locator('.dag-picked')).toContainText('RDD');
  expect(await seriousViolations(page)).toEqual([]);
  await sparkUi(page).screenshot({ path: 'test-results/screenshots/spark-ui-dag.png' });

  await openTab(page, 'Tasks');
  await expect(sparkUi(page).getByRole('group', { name: /Task timeline of job/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await openTab(page, 'Storage');
  const storage = sparkUi(page).getByRole('table', { name: 'Cached RDDs' });
  await expect(storage.locator('tbody tr')).toHaveCount(1);
  await expect(storage.locator('tbody tr')).toContainText('4/4');
  // Each executor estimated the bytes of the partitions it cached.
  await expect(storage.locator('tbody tr td').nth(3)).toHaveText(/^\d+(\.\d)? (B|KiB)$/);
  await expect(sparkUi(page).getByText(/Memory used by cached data \(estimated\): executor \d+: \d/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Kill an executor that holds cached partitions (and so shuffle output too).
  await openTab(page, 'Executors');
  const executors = sparkUi(page).getByRole('table', { name: 'Executors' });
  const holder = executors.locator('tbody tr').filter({ has: page.getByRole('button', { name: /Kill executor/ }) }).filter({ hasNot: page.locator('td:nth-child(9)', { hasText: /^0$/ }) }).first();
  const killed = (await holder.locator('td').first().innerText()).split(' ')[0]!;
  expect(await seriousViolations(page)).toEqual([]);
  await holder.getByRole('button', { name: `Kill executor ${killed}` }).click();
  await expect(executors.locator('tbody tr', { hasText: new RegExp(`^${killed} \\(slot`) })).toContainText('lost');
  await clusterReady(page);

  // The next action recomputes what the lost executor held; the DAG outlines it.
  const again = await runCell(page, 'sorted(counts.collect())');
  await expect(again.locator('.output-result')).toHaveText('[(0, 40), (1, 40), (2, 40), (3, 40), (4, 40)]');
  await again.getByRole('button', { name: /Spark job/ }).click();
  await again.getByRole('button', { name: /Open job \d+ in the Spark UI/ }).click();
  await expect(dag.locator('.dag-recomputed').first()).toBeVisible();
  await expect(sparkUi(page).locator('.recomputed-note').first()).toContainText('Recomputed after a lost executor');
  await expect(dag.locator('.dag-node-cached.dag-recomputed')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await sparkUi(page).screenshot({ path: 'test-results/screenshots/spark-ui-recomputed.png' });

  for (const name of ['SQL', 'Streaming', 'Jobs']) {
    await openTab(page, name);
    expect(await seriousViolations(page)).toEqual([]);
  }
  // Arrow keys move between tabs.
  await sparkUi(page).getByRole('tab', { name: 'Jobs' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(sparkUi(page).getByRole('tab', { name: 'Stages' })).toBeFocused();
  expect(problems).toEqual([]);
});

test('Spark UI: an accumulator updated in a transformation counts again when the RDD is recomputed', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  await clusterReady(page);
  await page.getByRole('button', { name: 'Spark UI', exact: true }).click();
  const cell = await runCell(
    page,
    'seen = sc.accumulator(0)\nnums = sc.parallelize(range(30), 3).map(lambda x: (seen.add(1), x)[1])\nnums.count()\nnums.count()\nprint(seen.value)',
  );
  await expect(cell.locator('.output-stdout')).toHaveText('60\n');
  await openTab(page, 'Stages');
  const picker = sparkUi(page).getByRole('combobox', { name: 'Job' });
  const acc = sparkUi(page).getByRole('table', { name: 'Accumulators updated in this stage' });
  const jobs = await picker.locator('option').allTextContents();
  // The latest job ran the map again: 3 task updates, and the value reaches 60.
  await expect(acc.locator('tbody tr')).toHaveText(/^\d+\s*3\s*3\s*60$/);
  await picker.selectOption({ index: 1 });
  await expect(acc.locator('tbody tr')).toHaveText(/^\d+\s*3\s*3\s*30$/);
  expect(jobs.length).toBeGreaterThanOrEqual(2);
  expect(await seriousViolations(page)).toEqual([]);
});

test('Spark UI: the SQL tab shows a %sql query of a course notebook as a plan graph with row counts, and steps through the optimizer', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watchConsole(page);
  await openApp(page);
  await sidebar(page).getByRole('button', { name: 'Module overview', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Module overview');
  await clusterReady(page);
  await page.getByRole('button', { name: 'Run all' }).click();
  const outputs = page.locator('.cell-outputs');
  await expect(outputs.and(page.locator('[data-status="queued"], [data-status="running"]'))).toHaveCount(0, { timeout: 200_000 });

  // Building a DataFrame runs nothing.
  const lazy = await runCell(page, 'evens = spark.range(100).filter("id % 2 = 0").select("id")');
  await expect(lazy.getByText('0 jobs ran: transformations are lazy')).toBeVisible();
  await expect(lazy.locator('.lazy-badge')).toHaveAttribute('title', /built \d+ DataFrames? and ran no action/);

  await page.getByRole('button', { name: 'Spark UI', exact: true }).click();
  await openTab(page, 'SQL');
  const queries = sparkUi(page).getByRole('table', { name: /^SQL queries/ });
  const overview = queries.locator('tbody tr').filter({ hasText: /\(cell \d+\)/ });
  expect(await overview.count()).toBeGreaterThan(0);
  // The notebook's per-city totals: pick its query and see its plan.
  const notebookSql = page.locator('section[data-cell-index]').filter({ hasText: 'SELECT city, sum(sales) AS total_sales' });
  const sqlCellIndex = await notebookSql.first().getAttribute('data-cell-index');
  const row = queries.locator('tbody tr').filter({ hasText: `(cell ${sqlCellIndex})` }).first();
  await row.getByRole('button', { name: /^Query \d+: show its plan$/ }).click();
  const graph = sparkUi(page).getByRole('group', { name: /Plan graph of query/ });
  await expect(graph).toBeVisible();
  for (const op of ['HashAggregate', 'Exchange', 'Sort', 'LocalTableScan']) await expect(graph.locator(`[data-operator="${op}"]`).first()).toBeVisible();
  await expect(graph.locator('.plan-cluster').first()).toBeVisible();
  // Four input rows, three cities.
  await expect(graph.locator('[data-operator="LocalTableScan"]')).toHaveAttribute('aria-label', /number of output rows: 4\b/);
  await expect(graph.locator('[data-operator="Sort"]')).toHaveAttribute('aria-label', /number of output rows: 3\b/);
  await sparkUi(page).getByText('Plan as text, with metrics').click();
  await expect(sparkUi(page).locator('.dag-text').last()).toContainText('number of output rows: 3');
  // Keyboard: operators take focus in turn; Enter describes one.
  await graph.locator('.plan-node').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(graph.locator('.plan-node').nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sparkUi(page).locator('.plan-graph .dag-picked')).toContainText('Exchange');
  expect(await seriousViolations(page)).toEqual([]);
  await sparkUi(page).screenshot({ path: 'test-results/screenshots/spark-ui-sql.png' });

  // A query the optimizer rewrites rule by rule, each step a diff: the WHERE filter moves under
  // the VALUES projection (PushDownPredicates), then the constants fold (ConstantFolding).
  await runCell(page, '%sql\nSELECT city, count(*) AS n FROM VALUES (\'Leeds\'), (\'York\'), (\'Leeds\') AS t(city) WHERE 1 + 1 = 2 GROUP BY city HAVING count(*) > 0 + 0');
  await openTab(page, 'Jobs');
  await openTab(page, 'SQL');
  await queries.locator('tbody tr').first().getByRole('button', { name: /show its plan/ }).click();
  await sparkUi(page).getByRole('button', { name: 'Step through optimizer' }).click();
  const step = sparkUi(page).locator('.optimizer-step');
  const batch = 'batch Operator Optimization before Inferring Filters, iteration 1';
  await expect(step).toContainText(`Step 1 of `);
  await expect(step).toContainText(`: PushDownPredicates (${batch})`);
  await expect(sparkUi(page).getByRole('button', { name: 'Previous rule' })).toBeDisabled();
  const steps = Number((await step.textContent())!.match(/of (\d+)/)![1]);
  expect(steps).toBeGreaterThanOrEqual(3);
  await sparkUi(page).getByRole('button', { name: 'Next rule' }).click();
  await expect(step).toContainText(`Step 2 of ${steps}: ConstantFolding (${batch})`);
  const diff = sparkUi(page).locator('.plan-diff').first();
  await expect(diff.locator('.diff-removed').filter({ hasText: '(1 + 1) = 2' })).toHaveCount(1);
  await expect(diff.locator('.diff-added').filter({ hasText: 'Filter true' })).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await sparkUi(page).screenshot({ path: 'test-results/screenshots/spark-ui-optimizer.png' });

  // A query over a temp view runs as Spark jobs: the Jobs tab links each to its query, and the query lists them.
  await runCell(page, 'spark.range(1000).selectExpr("id", "id % 4 AS k").createOrReplaceTempView("nums")');
  await runCell(page, '%sql\nSELECT k, count(*) AS n FROM nums GROUP BY k ORDER BY k');
  await openTab(page, 'Jobs');
  const jobsTable = sparkUi(page).getByRole('table', { name: /^Jobs/ });
  const link = jobsTable.getByRole('button', { name: /^Job \d+ ran SQL query \d+: show its plan$/ }).first();
  const label = (await link.getAttribute('aria-label'))!;
  const [, jobId, queryId] = /^Job (\d+) ran SQL query (\d+)/.exec(label)!;
  await link.click();
  await expect(sparkUi(page).getByRole('tab', { name: 'SQL' })).toHaveAttribute('aria-selected', 'true');
  await expect(sparkUi(page).getByRole('heading', { name: `Details for query ${queryId} (succeeded)` })).toBeVisible();
  const queryRow = queries.locator('tbody tr').filter({ has: page.getByRole('button', { name: `Query ${queryId}: show its plan` }) });
  await expect(queryRow.getByRole('button', { name: `Job ${jobId} of query ${queryId}: show its stages` })).toBeVisible();
  const distributedGraph = sparkUi(page).getByRole('group', { name: `Plan graph of query ${queryId}` });
  // Operators that ran in executor tasks show what the tasks measured: rows, and time as Spark's total (min, med, max).
  const ms = '(?:<1|\\d+)';
  await expect(distributedGraph.locator('[data-operator="HashAggregate"]').first()).toHaveAttribute(
    'aria-label', new RegExp(`number of output rows: 4; time: ${ms} ms \\(min \\d+, med \\d+, max \\d+\\); in \\d+ executor tasks?$`),
  );
  // The executors scanned all 1,000 rows of the view; the query returned 4.
  await expect(distributedGraph.locator('[data-operator="LocalTableScan"]')).toHaveAttribute('aria-label', /number of output rows: 1,000\b/);
  await expect(distributedGraph.locator('[data-operator="Sort"]')).toHaveAttribute('aria-label', /number of output rows: 4\b/);
  expect(await seriousViolations(page)).toEqual([]);
  await sparkUi(page).getByRole('heading', { name: `Details for query ${queryId} (succeeded)` }).scrollIntoViewIfNeeded();
  await sparkUi(page).screenshot({ path: 'test-results/screenshots/spark-ui-sql-distributed.png' });

  // More rows than one partition holds: the aggregate's Exchange moves the map tasks' partial rows to the reduce tasks.
  await runCell(page, 'spark.range(40000).selectExpr("id", "id % 4 AS k").createOrReplaceTempView("many")');
  await runCell(page, '%sql\nSELECT k, count(*) AS n FROM many GROUP BY k');
  await openTab(page, 'Jobs');
  await openTab(page, 'SQL');
  const latest = queries.locator('tbody tr').first().getByRole('button', { name: /^Query \d+: show its plan$/ });
  const shuffledId = /^Query (\d+)/.exec((await latest.getAttribute('aria-label'))!)![1];
  await latest.click();
  const shuffled = sparkUi(page).getByRole('group', { name: `Plan graph of query ${shuffledId}` });
  const exchange = shuffled.locator('[data-operator="Exchange"]').first();
  await expect(exchange).toHaveAttribute('aria-label', /shuffle records written: \d+/);
  const exchangeText = (await exchange.getAttribute('aria-label'))!;
  const written = /shuffle records written: ([\d,]+)/.exec(exchangeText)![1]!;
  // The records written are the partial aggregate's rows (one per key and map task), and all were read.
  const partialText = (await shuffled.locator('[data-operator="HashAggregate"]').nth(1).getAttribute('aria-label'))!;
  expect(partialText).toContain(`number of output rows: ${written};`);
  expect(Number(written)).toBeGreaterThanOrEqual(8);
  expect(exchangeText).toContain(`records read: ${written};`);
  expect(exchangeText).toMatch(/shuffle bytes written: [\d.]+ (B|KiB) \(min/);
  expect(exchangeText).toContain('number of partitions: 200');
  // The box shows the first metrics; Enter describes the exchange in words.
  await expect(exchange.locator('.plan-metric').first()).toHaveText(`shuffle records written: ${written}`);
  await exchange.focus();
  await page.keyboard.press('Enter');
  await expect(sparkUi(page).locator('.plan-graph .dag-picked')).toContainText(`records read: ${written}`);
  expect(await seriousViolations(page)).toEqual([]);
  await sparkUi(page).screenshot({ path: 'test-results/screenshots/spark-ui-sql-exchange.png' });
  expect(problems).toEqual([]);
});

test('Spark UI: the Streaming tab lists a query run with its batch timeline', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watchConsole(page);
  await openApp(page);
  await clusterReady(page);
  await runCell(
    page,
    'from pyspark.sql.streaming import MemoryStream\nms = MemoryStream("v INT", spark)\nq = ms.toDF().writeStream.format("memory").queryName("ui_stream").start()\nms.addData(1, 2, 3)\nq.processAllAvailable()\nms.addData(4, 5)\nq.processAllAvailable()\nq.stop()\nprint(spark.table("ui_stream").count())',
  );
  await page.getByRole('button', { name: 'Spark UI', exact: true }).click();
  await openTab(page, 'Streaming');
  const table = sparkUi(page).getByRole('table', { name: /^Streaming queries/ });
  await expect(table.locator('tbody tr').first()).toContainText('ui_stream');
  await expect(table.locator('tbody tr').first()).toContainText('finished');
  const chart = sparkUi(page).getByRole('group', { name: 'Input rows per batch' });
  await expect(chart.locator('.stream-bar')).toHaveCount(2);
  await expect(chart.locator('.stream-bar').first()).toHaveAttribute('aria-label', 'Batch 0: 3 rows');
  await chart.locator('.stream-bar').last().focus();
  await page.keyboard.press('ArrowLeft');
  await expect(chart.locator('.stream-bar').first()).toBeFocused();
  await expect(sparkUi(page).locator('.stream-details .dag-picked')).toContainText('Batch 0');
  await sparkUi(page).getByText('Batches as a table').click();
  await expect(sparkUi(page).getByRole('table', { name: /^Batches of/ }).locator('tbody tr')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await sparkUi(page).screenshot({ path: 'test-results/screenshots/spark-ui-streaming.png' });
  expect(problems).toEqual([]);
});
