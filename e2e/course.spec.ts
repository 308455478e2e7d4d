/**
 * A learner opens each bundled course notebook from the sidebar and runs it all. Every cell
 * must finish without an error, except a cell that says its capability is not available yet.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { clusterReady, openApp, screenshot, watchConsole } from './helpers';

const courses = ['Module overview', 'Transformations and actions', 'Broadcast variables and accumulators', 'Notebook 1: DataFrames, Spark SQL, MLlib', 'Structured Streaming'];

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Workspace' });
const courseList = (page: Page) => sidebar(page).locator('section', { has: page.getByRole('heading', { name: 'Course' }) });

/** A failing cell is acceptable only when it says its feature has not landed. */
const NOT_YET = /not (yet )?available/i;

for (const title of courses) {
  test(`course notebook "${title}" opens from the sidebar and runs top to bottom`, async ({ page }) => {
    // Notebook 1 reads the full-size IRS table (166,740 rows) and cross-validates a forest in the page:
    // a few minutes on a loaded 2-core machine.
    const heavy = title.startsWith('Notebook 1');
    test.setTimeout(heavy ? 600_000 : 240_000);
    const problems = watchConsole(page);
    await openApp(page);
    await courseList(page).getByRole('button', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(courseList(page).getByRole('button', { name: title, exact: true })).toHaveAttribute('aria-current', 'page');
    const cells = page.locator('section[data-cell-index]');
    expect(await cells.count()).toBeGreaterThan(5);
    await clusterReady(page);
    await page.getByRole('button', { name: 'Run all' }).click();
    const outputs = page.locator('.cell-outputs');
    // Everything queued at once; done when no cell is queued or running any more.
    await expect(outputs.and(page.locator('[data-status="queued"], [data-status="running"]'))).toHaveCount(0, { timeout: heavy ? 540_000 : 200_000 });
    await expect(outputs.and(page.locator('[data-status="idle"]'))).toHaveCount(0);
    const failed = outputs.and(page.locator('[data-status="error"]'));
    for (let i = 0; i < (await failed.count()); i++) {
      const text = await failed.nth(i).innerText();
      expect(text, `a cell of "${title}" failed`).toMatch(NOT_YET);
    }
    // The check cells ran: each says whether the learner's answer is right.
    await expect(page.getByText(/^✗ Not answered yet/).first()).toBeVisible();
    await screenshot(page, `course-${title.toLowerCase().replace(/\W+/g, '-')}`);
    expect(problems).toEqual([]);
  });
}
