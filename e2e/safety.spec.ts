/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { addCell, cellAt, clusterReady, openApp } from './helpers';
import { flintJson } from './fixtures';

/** Payloads that each try to run script; every one must stay inert. */
const payloads = [
  '<script>window.__xss = "script"</script>',
  '<img src=x onerror="window.__xss=\'img\'">',
  '<svg onload="window.__xss=\'svg\'"><circle r=1 /></svg>',
  '<svg><script>window.__xss="svg-script"</script></svg>',
  '<a href="javascript:window.__xss=\'a\'" id="xss-link">click me</a>',
  '<iframe src="javascript:parent.__xss=\'iframe\'"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=\'srcdoc\'</script>"></iframe>',
  '<body onload="window.__xss=\'body\'">',
  '<details open ontoggle="window.__xss=\'details\'">x</details>',
  '<input autofocus onfocus="window.__xss=\'focus\'">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=\'meta\'">',
  '<style>@import "javascript:window.__xss=\'style\'";</style>',
  '<object data="javascript:window.__xss=\'object\'"></object>',
  '<embed src="javascript:window.__xss=\'embed\'">',
  '<form action="javascript:window.__xss=\'form\'"><button id="xss-submit">go</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=\'mxss\'">',
  '<div style="background:url(javascript:window.__xss=\'css\')">bg</div>',
  '[md link](javascript:window.__xss=\'mdlink\')',
  '![md img](x" onerror="window.__xss=\'mdimg\')',
];

async function trap(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

async function expectNoScriptRan(page: Page, dialogs: string[]) {
  await page.waitForTimeout(1000);
  // Clicking links and buttons is what a person would do; it must not run script either.
  for (const id of ['#xss-link', '#xss-submit']) {
    const el = page.locator(id);
    if (await el.count()) await el.first().click({ force: true, timeout: 2000, noWaitAfter: true }).catch(() => undefined);
  }
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (globalThis as unknown as { __xss?: string }).__xss)).toBeUndefined();
  // Sandboxed output frames cannot run script at all (checked where they are rendered), and
  // an opaque-origin frame could not reach this window's __xss anyway.
  expect(dialogs).toEqual([]);
  expect(new URL(page.url()).protocol).toBe('http:');
}

test('the built page carries a Content-Security-Policy that forbids inline script', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __reportCsp(v: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await openApp(page);
  await clusterReady(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = csp!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  expect(scriptSrc).toBe("script-src 'self'");
  // Everything the app does (Monaco and its worker, the cluster, a run) works under it.
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(cellAt(page, 3).locator('.output-result')).toHaveText('[[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]');
  await expect(cellAt(page, 1).locator('.editor-frame')).toHaveAttribute('data-ready', 'true');
  expect(violations).toEqual([]);
  // An inline script that got into the DOM anyway does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
  });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
  expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
});

test('an XSS corpus in a %md cell runs no script', async ({ page }) => {
  const dialogs = await trap(page);
  await openApp(page);
  const { cell } = await addCell(page, '%md\n# Payloads\n');
  // One insertion, as a paste: typing key by key would let the editor auto-close quotes.
  await page.keyboard.insertText(payloads.join('\n\n'));
  await page.keyboard.press('Control+Enter');
  await expect(cell.locator('.markdown h1')).toHaveText('Payloads');
  await expect(cell.locator('.markdown')).toContainText('click me');
  await expectNoScriptRan(page, dialogs);
});

test('an XSS corpus in HTML outputs (an imported notebook) runs no script', async ({ page }) => {
  const dialogs = await trap(page);
  await openApp(page);
  const file = flintJson('Payloads', [
    { source: 'displayHTML(payloads)', outputs: payloads.map((html) => ({ kind: 'html', html })) },
    { source: `%md\n${payloads.join('\n\n')}` },
  ]);
  await page.locator('input[type=file]').setInputFiles({ name: 'payloads.flint.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('status', { name: 'Read-only notebook' })).toBeVisible();
  await expect(cellAt(page, 1).locator('iframe.output-html')).toHaveCount(payloads.length);
  for (const frame of await cellAt(page, 1).locator('iframe.output-html').all()) {
    expect(await frame.getAttribute('sandbox')).toBe('');
  }
  // Run the Markdown cell from the keyboard (command mode, Ctrl+Enter).
  await cellAt(page, 2).focus();
  await page.keyboard.press('Control+Enter');
  await expect(cellAt(page, 2).locator('.markdown')).toContainText('click me');
  await expectNoScriptRan(page, dialogs);
});
