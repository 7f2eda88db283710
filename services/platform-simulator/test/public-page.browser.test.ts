/**
 * The public page in real Chromium, as a snapshot will see it: only ten posts and two comments per post at first;
 * clicking every "Visa fler kommentarer" and scrolling to the feed's end must bring every post and comment in.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allComments } from '../src/content.js';
import { FEED_PAGE_SIZE, VISIBLE_COMMENTS } from '../src/index.js';
import { simulatorUnderTest, type SimulatorUnderTest } from './support.js';

const POSTS = 23;

let sim: SimulatorUnderTest;
let browser: Browser;
let page: Page;
const foreignRequests: string[] = [];

beforeAll(async () => {
  sim = await simulatorUnderTest();
  await sim.control('/accounts', { platform: 'FACEBOOK', handle: 'demokommun', displayName: 'Demokommun', postCount: POSTS, lastActivityAt: '2026-11-20T09:00:00Z' });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  page.setDefaultTimeout(30_000);
  page.on('request', (request) => {
    if (!request.url().startsWith(sim.simulator.url) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await sim?.simulator.close();
});

describe('the simulated public page in Chromium', () => {
  it('shows the profile and the first page of the feed, each post with at most two comments', async () => {
    await page.goto(`${sim.simulator.url}/facebook/demokommun`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Demokommun');
    expect(await page.locator('.followers').textContent()).toMatch(/följare/);
    expect(await page.locator('article.post').count()).toBe(FEED_PAGE_SIZE);
    for (const list of await page.locator('article.post .comment-list').all()) {
      expect(await list.locator(':scope > li.comment').count()).toBeLessThanOrEqual(VISIBLE_COMMENTS);
    }
    expect(await page.locator('[data-feed-end]').isVisible()).toBe(false);
  });

  it('after scrolling to the end and clicking every "Visa fler kommentarer", every post and comment is on the page', async () => {
    const feedEnd = page.locator('[data-feed-end]');
    for (let attempt = 0; attempt < 50 && !(await feedEnd.isVisible()); attempt++) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForTimeout(100);
    }
    await expect.poll(() => feedEnd.isVisible()).toBe(true);
    expect(await feedEnd.textContent()).toBe('Inga fler inlägg');

    const buttons = page.getByRole('button', { name: /Visa fler kommentarer/ });
    expect(await buttons.count()).toBeGreaterThan(0);
    while ((await buttons.count()) > 0) {
      // Pin the button by its URL: `first()` would move on to the next button once this one is gone.
      const button = page.locator(`[data-url="${await buttons.first().getAttribute('data-url')}"]`);
      await button.click();
      await button.waitFor({ state: 'detached' });
    }

    const posts = sim.simulator.store.account({ platform: 'FACEBOOK', handle: 'demokommun' }).posts;
    expect(await page.locator('article.post').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-post-id')))).toEqual(posts.map((post) => post.id));
    const expectedComments = posts.flatMap((post) => allComments(post.comments).map((comment) => comment.id)).sort();
    const shownComments = await page.locator('[data-comment-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-comment-id')));
    expect(shownComments.sort()).toEqual(expectedComments);
    expect(expectedComments.length).toBeGreaterThan(posts.length);

    const lastComment = posts.flatMap((post) => post.comments).at(-1)!;
    await expect.poll(() => page.locator(`[data-comment-id="${lastComment.id}"] p`).first().isVisible()).toBe(true);
  });

  it('draws every image from the simulator itself', async () => {
    const images = await page.locator('img').evaluateAll((nodes) => nodes.map((node) => ({ src: (node as HTMLImageElement).src, width: (node as HTMLImageElement).naturalWidth })));
    expect(images.length).toBeGreaterThan(POSTS);
    expect(images.filter((image) => image.width === 0)).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
