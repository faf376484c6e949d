import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.js';
import {
  type OutageScenario,
  outageTracesText,
} from '../support/outage-traces.js';
import { runCli } from '../support/run-cli.js';

const ARTIFACTS = fileURLToPath(
  new URL('../../test-artifacts/', import.meta.url),
);

/** What a page did besides showing the report. */
interface PageActivity {
  requests: string[];
  problems: string[];
  dialogs: string[];
}

let folder: string;
let launched: Promise<Browser> | undefined;

// Launched by the first test that needs it, inside the test, so that a
// missing Chromium fails each test rather than skipping them.
function browser(): Promise<Browser> {
  launched ??= launchChromium();

  return launched;
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'rca-html-'));
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await launched?.then((running) => running.close()).catch(() => undefined);
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Runs the built CLI on a scenario's traces and returns the HTML file. */
async function writeReport(name: string, scenario: OutageScenario) {
  const input = join(folder, `${name}.json`);
  const output = join(folder, `${name}.html`);
  writeFileSync(input, outageTracesText(scenario));
  const run = await runCli([
    '--input',
    input,
    '--format',
    'html',
    '--out',
    output,
  ]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toBe('');

  return pathToFileURL(output).href;
}

/**
 * Opens a file in a fresh context in which every request but the file
 * itself is aborted and recorded, as are console errors, page errors and
 * dialogs (an `alert` from injected script).
 */
async function openReport(url: string): Promise<[Page, PageActivity]> {
  const activity: PageActivity = { requests: [], problems: [], dialogs: [] };
  const context = await (await browser()).newContext({
    viewport: { width: 1280, height: 800 },
  });
  await context.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    activity.requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (request.url() !== url) activity.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') activity.problems.push(message.text());
  });
  page.on('pageerror', (error) => activity.problems.push(error.message));
  page.on('dialog', async (dialog) => {
    activity.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });

  return [page, activity];
}

describe('the HTML report in headless Chromium', () => {
  it('shows the map, the causes, the waterfall and the timeline of a DynamoDB throttle', async () => {
    const [page, activity] = await openReport(await writeReport('outage', {}));

    const rootNode = page.locator('g.map-node.root-cause');
    await expect.poll(() => rootNode.count()).toBe(1);
    expect(await rootNode.getAttribute('data-service')).toBe('DynamoDB');
    expect(await rootNode.textContent()).toContain('★ ROOT CAUSE: throttle');
    expect(await rootNode.textContent()).toMatch(/throttle \d+%/);
    expect((await rootNode.boundingBox())?.width).toBeGreaterThan(100);

    const causeRow = page.locator('tr.cause-row.top-cause');
    expect(await causeRow.textContent()).toContain(
      'DynamoDB · orders · PutItem',
    );
    expect(await causeRow.isVisible()).toBe(true);

    const failingSpan = page.locator('g.waterfall-row.highlighted').first();
    expect(await failingSpan.textContent()).toContain('DynamoDB PutItem');
    expect(await failingSpan.textContent()).toContain('◀ root cause');
    expect((await failingSpan.boundingBox())?.height).toBeGreaterThan(10);

    const changePoint = page.locator('g.change-point');
    expect(await changePoint.textContent()).toBe('change point 12:00:42 UTC');
    expect((await changePoint.boundingBox())?.height).toBeGreaterThan(200);

    expect(activity).toEqual({ requests: [], problems: [], dialogs: [] });
    await page.screenshot({
      path: join(ARTIFACTS, 'html-report.png'),
      fullPage: true,
    });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ path: join(ARTIFACTS, 'html-report.pdf') });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.context().close();
  }, 60_000);

  it('keeps a script and an image in a service name inert', async () => {
    const [page, activity] = await openReport(
      await writeReport('hostile', {
        functionName:
          '<script>alert("script ran")</script><img src="x" onerror="alert(1)">',
        throttleMessage: '<script>alert("message ran")</script>',
      }),
    );

    const nodeNames = await page.locator('g.map-node').allTextContents();
    expect(nodeNames.some((text) => text.startsWith('<script>alert('))).toBe(
      true,
    );
    expect(await page.locator('script, img').count()).toBe(0);
    expect(await page.locator('.failing-call').textContent()).toContain(
      '<script>alert("message ran")</script>',
    );
    expect(activity).toEqual({ requests: [], problems: [], dialogs: [] });
    await page.context().close();
  }, 60_000);
});
