import { expect, test } from '@playwright/test';
import { addCell, clusterReady, openApp, screenshot } from './helpers';

test('Interrupt stops a Python busy loop within a second and keeps the session', async ({ page }) => {
  await openApp(page);
  await clusterReady(page);
  const first = await addCell(page, 'x = 41');
  await page.keyboard.press('Control+Enter');
  await expect(first.cell.locator('.cell-gutter')).not.toContainText('*');
  const loop = await addCell(page, 'while True:\n    pass');
  await page.keyboard.press('Control+Enter');
  await expect(loop.cell.locator('.cell-outputs')).toHaveAttribute('data-status', 'running');
  await page.waitForTimeout(500);
  // Timed in the page, from the press to the traceback on screen: the automation
  // protocol's own round trips are not the app's latency.
  const latencyMs = await loop.cell.evaluate(
    (cell, button) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const done = () => cell.querySelector('.output-error')?.textContent?.includes('KeyboardInterrupt');
        new MutationObserver((_, obs) => {
          if (!done()) return;
          obs.disconnect();
          resolve(performance.now() - t0);
        }).observe(cell, { childList: true, subtree: true, characterData: true });
        (button as { click(): void }).click();
      }),
    await page.getByRole('button', { name: 'Interrupt' }).elementHandle(),
  );
  expect(latencyMs).toBeLessThan(1000);
  await expect(loop.cell.locator('.output-error')).toContainText('KeyboardInterrupt');
  await expect(loop.cell.locator('.cell-outputs')).toHaveAttribute('data-status', 'error');
  // The driver survived: the variable defined before is still there.
  const after = await addCell(page, 'print(x + 1)');
  await page.keyboard.press('Control+Enter');
  await expect(after.cell.locator('.output-stdout')).toHaveText('42\n');
  await expect(page.getByRole('alert', { name: 'Cluster state lost' })).toHaveCount(0);
});

test('a cell that ignores Interrupt for 3 s is stopped by restarting the cluster, and the person is told', async ({ page }) => {
  await openApp(page);
  await clusterReady(page);
  const stuck = await addCell(page, '%ts\nwhile (true) {}');
  await page.keyboard.press('Control+Enter');
  await expect(stuck.cell.locator('.cell-outputs')).toHaveAttribute('data-status', 'running');
  await page.getByRole('button', { name: 'Interrupt' }).click();
  const lost = page.getByRole('alert', { name: 'Cluster state lost' });
  await expect(lost).toContainText('did not stop when interrupted', { timeout: 8000 });
  await expect(stuck.cell.locator('.output-notice')).toContainText('ignored Interrupt');
  await expect(stuck.cell.locator('.cell-outputs')).toHaveAttribute('data-status', 'error');
  await screenshot(page, 'state-lost');
  await clusterReady(page);
  const next = await addCell(page, '%ts\n1 + 1');
  await page.keyboard.press('Control+Enter');
  await expect(next.cell.locator('.output-result')).toHaveText('2');
  await lost.getByRole('button', { name: 'OK' }).click();
  await expect(lost).toHaveCount(0);
});

test('Restart replaces every worker and says that state was lost', async ({ page }) => {
  await openApp(page);
  await clusterReady(page);
  const def = await addCell(page, 'y = 5');
  await page.keyboard.press('Control+Enter');
  await expect(def.cell.locator('.cell-outputs')).toHaveAttribute('data-status', 'done');
  await page.getByRole('button', { name: 'Restart' }).click();
  await expect(page.getByRole('alert', { name: 'Cluster state lost' })).toContainText('The cluster was restarted');
  await clusterReady(page);
  const use = await addCell(page, 'print(y)');
  await page.keyboard.press('Control+Enter');
  await expect(use.cell.locator('.output-error')).toContainText("NameError: name 'y' is not defined");
});

test('a traceback marks the failing line of the cell in the editor', async ({ page }) => {
  await openApp(page);
  await clusterReady(page);
  const { cell } = await addCell(page, 'print("before")\ndef f(n): return n / 0\nf(3)');
  await page.keyboard.press('Control+Enter');
  await expect(cell.locator('.output-stdout')).toHaveText('before\n');
  await expect(cell.locator('.output-error')).toContainText('ZeroDivisionError');
  await expect(cell.locator('.editor-frame')).toHaveAttribute('data-error-line', '2');
  await expect(cell.locator('.error-line')).toHaveCount(1);
  // Fixing the line and running again clears the mark.
  await cell.locator('.monaco-editor').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nprint("ok")');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('print("fixed")');
  await page.keyboard.press('Control+Enter');
  await expect(cell.locator('.output-stdout')).toHaveText('fixed\n');
  await expect(cell.locator('.error-line')).toHaveCount(0);
});

test('per-cell status, execution count and elapsed time', async ({ page }) => {
  await openApp(page);
  await clusterReady(page);
  const { cell } = await addCell(page, 'for i in range(3):\n    print(i)');
  await page.keyboard.press('Control+Enter');
  await expect(cell.locator('.output-stdout')).toHaveText('0\n1\n2\n');
  await expect(cell.locator('.cell-gutter')).toHaveText(/\[\d+\]/);
  await expect(cell.getByLabel('Elapsed time')).toHaveText(/\d+\.\d\d s/);
});
