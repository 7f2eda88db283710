/**
 * Renders an account's public page the way a visitor sees it once everything is unfolded: every "show more" for
 * comments clicked, the feed scrolled until it stops growing, images loaded. The archived PDF must contain what
 * the public could read, not only what the first screen shows.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Buttons that unfold hidden content on the platforms' public pages (Swedish and English UI). */
export const EXPAND_BUTTON_TEXT = /visa fler|show more|fler kommentarer/i;

/** An element the page (or the platform simulator) puts after the last post once the whole feed is loaded. */
export const FEED_END_SELECTOR = '[data-feed-end]';

/** Chromium flags for an unattended capture: no sandbox (containers), no background traffic that could alter timing. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function defaultChromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Launches Chromium for captures; the caller closes it. One browser serves many accounts (a context each). */
export function launchCaptureBrowser(chromiumPath: string = defaultChromiumPath()): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}

export interface RenderPageOptions {
  url: string;
  outFile: string;
  /** Used only when no browser is passed. */
  chromiumPath?: string;
  /** A browser to reuse across accounts; it is left open. Without it one is launched and closed here. */
  browser?: Browser;
  /** Upper bound on scroll steps, so an endless feed still yields a PDF. */
  maxScrollSteps?: number;
  /** Upper bound on "show more" clicks over the whole page. */
  maxExpandClicks?: number;
  /** Time budget for unfolding and scrolling; the page is printed with whatever was loaded by then. */
  expandTimeoutMs?: number;
  /** Navigation and image timeout. */
  navigationTimeoutMs?: number;
}

export interface RenderResult {
  outFile: string;
  /** Final URL after redirects. */
  url: string;
  browserVersion: string;
  expandClicks: number;
  scrollSteps: number;
  /** True when the feed-end marker was seen, false when scrolling stopped because the height stopped growing or a bound was hit. */
  reachedFeedEnd: boolean;
  /** True when a step or time bound stopped the capture before the feed was known to be complete. */
  truncated: boolean;
  startedAt: Date;
  finishedAt: Date;
}

export async function renderPageToPdf(options: RenderPageOptions): Promise<RenderResult> {
  const startedAt = new Date();
  const ownBrowser = options.browser ? undefined : await launchCaptureBrowser(options.chromiumPath);
  const browser = options.browser ?? ownBrowser!;
  // A context per capture: no cookies or storage leak from one account's page into the next.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  try {
    const page = await context.newPage();
    const navigationTimeoutMs = options.navigationTimeoutMs ?? 30_000;
    page.setDefaultTimeout(navigationTimeoutMs);
    await page.goto(options.url, { waitUntil: 'load', timeout: navigationTimeoutMs });

    const unfolded = await unfoldPage(page, {
      maxScrollSteps: options.maxScrollSteps ?? 60,
      maxExpandClicks: options.maxExpandClicks ?? 500,
      deadline: Date.now() + (options.expandTimeoutMs ?? 60_000),
    });
    await waitForImages(page, navigationTimeoutMs);

    // The public sees the screen layout; a site's print stylesheet may hide comments or images.
    await page.emulateMedia({ media: 'screen' });
    await mkdir(dirname(options.outFile), { recursive: true });
    // Written under a temporary name so that a crash never leaves a truncated PDF under the final name.
    const partial = `${options.outFile}.partial`;
    try {
      await page.pdf({ path: partial, format: 'A4', printBackground: true });
      await rename(partial, options.outFile);
    } finally {
      await rm(partial, { force: true });
    }
    return {
      outFile: options.outFile,
      url: page.url(),
      browserVersion: browser.version(),
      ...unfolded,
      startedAt,
      finishedAt: new Date(),
    };
  } finally {
    await context.close();
    await ownBrowser?.close();
  }
}

interface UnfoldBounds {
  maxScrollSteps: number;
  maxExpandClicks: number;
  deadline: number;
}

/**
 * Alternates unfolding and scrolling: posts loaded by a scroll bring their own "show more" buttons, and unfolded
 * comments make the page taller, so neither can be finished first.
 */
async function unfoldPage(page: Page, bounds: UnfoldBounds) {
  let expandClicks = 0;
  let scrollSteps = 0;
  let reachedFeedEnd = false;
  let unchangedSteps = 0;
  let truncated = false;

  while (true) {
    expandClicks += await clickExpandButtons(page, bounds.maxExpandClicks - expandClicks, bounds.deadline);
    if (await page.locator(FEED_END_SELECTOR).first().isVisible()) {
      reachedFeedEnd = true;
      break;
    }
    if (scrollSteps >= bounds.maxScrollSteps || Date.now() >= bounds.deadline || expandClicks >= bounds.maxExpandClicks) {
      truncated = true;
      break;
    }
    const heightBefore = await scrollHeight(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    scrollSteps += 1;
    const grew = await page
      .waitForFunction(
        ({ before, feedEnd }) =>
          document.documentElement.scrollHeight > before || document.querySelector(feedEnd) !== null,
        { before: heightBefore, feedEnd: FEED_END_SELECTOR },
        // At least 1 ms: Playwright reads a timeout of 0 as "wait forever".
        { timeout: Math.max(1, Math.min(2_000, bounds.deadline - Date.now())) },
      )
      .then(() => true)
      .catch(() => false);
    // Lazy feeds load on a timer or an observer; one quiet step may just be a slow response, two mean the end.
    unchangedSteps = grew ? 0 : unchangedSteps + 1;
    if (unchangedSteps >= 2) {
      expandClicks += await clickExpandButtons(page, bounds.maxExpandClicks - expandClicks, bounds.deadline);
      reachedFeedEnd = await page.locator(FEED_END_SELECTOR).first().isVisible();
      break;
    }
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return { expandClicks, scrollSteps, reachedFeedEnd, truncated };
}

/** Clicks visible "show more" buttons until none is left; returns how many clicks were made. */
async function clickExpandButtons(page: Page, budget: number, deadline: number): Promise<number> {
  // A disabled button is one whose content is already on its way.
  const buttons = page
    .locator('button:not([disabled]), [role="button"]:not([aria-disabled="true"])')
    .filter({ hasText: EXPAND_BUTTON_TEXT, visible: true });
  let clicks = 0;
  let failedClicks = 0;
  while (clicks < budget && Date.now() < deadline && failedClicks < 3) {
    if ((await buttons.count()) === 0) break;
    const button = await buttons.first().elementHandle({ timeout: 1_000 }).catch(() => null);
    if (!button) break;
    try {
      await button.click({ timeout: 5_000 });
      clicks += 1;
      failedClicks = 0;
      // Most platforms replace or hide the button once the comments arrive; one that stays (it loads the next
      // batch) is clicked again after this pause.
      await button.waitForElementState('hidden', { timeout: 2_000 }).catch(() => undefined);
    } catch {
      // The page replaced the button between finding and clicking it; look again.
      failedClicks += 1;
    } finally {
      await button.dispose();
    }
  }
  return clicks;
}

function scrollHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** Makes lazy images load and waits for every image to finish (or fail), so the PDF has no empty frames. */
async function waitForImages(page: Page, timeoutMs: number): Promise<void> {
  await page.evaluate(() => {
    for (const image of Array.from(document.images)) {
      if (image.loading === 'lazy') image.loading = 'eager';
    }
  });
  await page
    .waitForFunction(() => Array.from(document.images).every((image) => image.complete), undefined, {
      timeout: timeoutMs,
    })
    .catch(() => undefined);
}
