import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { DemoUserKey } from '@smg/db';
import { builtFolders, createFrontendApp, MICROFRONTENDS } from '@smg/root-config/server';
import express from 'express';
import { chromium, type Browser } from 'playwright-core';
import type { ServerReady } from '../api/servers.js';
import { BenchChild } from '../lib/children.js';
import type { BenchContext } from '../lib/context.js';
import { createBenchDatabase } from '../lib/database.js';
import { meets, type Figure, type Section } from '../lib/report.js';
import { seedAccounts } from '../lib/seed.js';
import { median, repeat, type Summary } from '../lib/stats.js';

export interface FrontendOptions {
  repetitions: number;
}

/** A microfrontend's own JavaScript must stay under this, gzipped (Vue and @smg/shared are the page's shared copies). */
const BUDGET_KB = 60;

/** One demo user per role; each lands on their role's start page (homePathFor) when they open the app. */
const ROLE_USERS: Array<{ role: string; user: DemoUserKey }> = [
  { role: 'EDITOR', user: 'editor' },
  { role: 'UNIT_MANAGER', user: 'unitManager' },
  { role: 'HEAD_OF_ADMINISTRATION', user: 'headOfAdministration' },
  { role: 'COMMUNICATIONS', user: 'communications' },
  { role: 'ARCHIVIST', user: 'archivist' },
  { role: 'BOARD_SECRETARY', user: 'boardSecretary' },
  { role: 'AUDITOR', user: 'auditor' },
];

/** The floor: the same server, browser and Vue runtime rendering one heading and nothing else. */
const VUE_FLOOR_PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Golv</title>
<script type="importmap">{ "imports": { "vue": "/vendor/vue.runtime.esm-browser.prod.js" } }</script></head>
<body><main><div id="app"></div></main>
<script type="module">import { createApp, h } from 'vue'; createApp({ render: () => h('h1', 'Golv') }).mount('#app');</script>
</body></html>`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function javascriptSize(dir: string): { raw: number; gzip: number; files: number } {
  const files = filesUnder(dir).filter((file) => file.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += statSync(file).size;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw: raw / 1024, gzip: gzip / 1024, files: files.length };
}

/**
 * P4: each microfrontend's own JavaScript (gzipped) against its budget, and the time to first render of each role's
 * start page in headless Chromium, cold (a fresh browser context each time), against a page that renders one heading
 * with the same Vue from the same server.
 */
export async function benchmarkFrontends(ctx: BenchContext, options: FrontendOptions): Promise<Section> {
  const figures: Figure[] = [];
  const folders = builtFolders();
  for (const name of MICROFRONTENDS) {
    const size = javascriptSize(folders[name]);
    figures.push({ name: `${name}: own JavaScript, gzipped (${size.files} file${size.files === 1 ? '' : 's'}, ${size.raw.toFixed(1)} KB raw)`, value: size.gzip, unit: 'KB', target: `≤ ${BUDGET_KB} KB`, met: size.gzip <= BUDGET_KB });
  }
  const shell = javascriptSize(folders['root-config']);
  const shared = javascriptSize(folders.shared);
  figures.push(
    { name: `root config (shell, sign-in, single-spa), gzipped`, value: shell.gzip, unit: 'KB' },
    { name: `shared module (session, GraphQL client, UI kit), gzipped, once per page`, value: shared.gzip, unit: 'KB' },
  );

  const db = await createBenchDatabase(ctx.databaseServerUrl, 'frontends');
  let api: BenchChild<ServerReady & Record<string, unknown>> | undefined;
  let server: http.Server | undefined;
  let browser: Browser | undefined;
  try {
    await seedAccounts(db.dataSource, db.org, { accounts: 300, administrators: 2 });
    api = await BenchChild.start<ServerReady & Record<string, unknown>>('api', { databaseUrl: db.url, temporalAddress: ctx.temporalAddress, users: [] });
    const app = express();
    app.get('/__bench/vue-floor', (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(VUE_FLOOR_PAGE);
    });
    app.use(createFrontendApp(new URL(api.ready.url).origin));
    server = http.createServer(app);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });

    // Each user signs in once through the sign-in page, as a person would; their session is then put into every
    // fresh context before the app loads, so each measurement is a cold first visit of a signed-in user.
    const sessions = new Map<DemoUserKey, string>();
    for (const { user } of ROLE_USERS) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/logga-in`);
      await page.getByRole('button', { name: new RegExp(db.org.users[user].name) }).first().click();
      await page.getByRole('button', { name: 'Logga ut' }).waitFor({ timeout: 30_000 });
      sessions.set(user, (await page.evaluate(() => sessionStorage.getItem('smg.session')))!);
      await context.close();
    }

    /** Milliseconds from navigation start to the page's heading (first render) and to its data shown (no loading indicator). */
    const open = async (path: string, session: string | null) => {
      const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
      if (session) await context.addInitScript((stored) => sessionStorage.setItem('smg.session', stored), session);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
      // Plain strings, evaluated in the page each animation frame (a compiled function's source may name helpers the
      // page does not have); each yields performance.now(), i.e. milliseconds since navigation start.
      const visibleHeading = `[...document.querySelectorAll('main h1')].some((h) => h.getClientRects().length > 0)`;
      const until = async (condition: string) =>
        (await (await page.waitForFunction(`${condition} && performance.now()`, undefined, { polling: 'raf', timeout: 30_000 })).jsonValue()) as number;
      const firstRender = await until(visibleHeading).catch(async (error: Error) => {
        throw new Error(`P4: ${path} never showed a heading; the page shows: ${(await page.locator('main').innerHTML()).slice(0, 1500)}; errors: ${problems.join(' | ') || 'none'} (${error.message})`);
      });
      const dataShown = await until(`${visibleHeading} && !document.querySelector('main .smg-loading')`);
      const landedOn = new URL(page.url()).pathname;
      const heading = await page.locator('main h1:visible').first().innerText();
      await context.close();
      return { firstRender, dataShown, landedOn, heading };
    };

    const pages = [
      { label: 'Vue floor (one heading)', path: '/__bench/vue-floor', session: null as string | null },
      { label: 'sign-in page (signed out)', path: '/logga-in', session: null as string | null },
      ...ROLE_USERS.map(({ role, user }) => ({ label: role, path: '/', session: sessions.get(user)! })),
    ];
    const floorPage = pages[0];
    // Warm the server (and the OS file cache) once; every measured visit is still a cold browser context.
    for (const page of pages) await open(page.path, page.session);

    const landed = new Map<string, string>();
    const measured = await repeat(options.repetitions, async (repetition) => {
      ctx.log(`P4: repetition ${repetition + 1}/${options.repetitions}: ${pages.length} pages in fresh contexts`);
      const result: Record<string, number> = {};
      const floors: number[] = [];
      // Each page right after a visit of the floor, and its ratio to that visit: a burst of someone else's load then
      // stretches both. The starting page rotates, so no page is always the one measured first in a round.
      const measuredPages = pages.slice(1);
      for (let i = 0; i < measuredPages.length; i++) {
        const page = measuredPages[(i + repetition) % measuredPages.length];
        const floor = await open(floorPage.path, null);
        const { firstRender, dataShown, landedOn, heading } = await open(page.path, page.session);
        landed.set(page.label, `${landedOn} “${heading}”`);
        floors.push(floor.firstRender);
        result[`${page.label}|first`] = firstRender;
        result[`${page.label}|data`] = dataShown;
        result[`${page.label}|ratio`] = firstRender / floor.firstRender;
      }
      result[`${floorPage.label}|first`] = median(floors);
      return result;
    });
    const at = (key: string): Summary => measured[key];
    figures.push({ name: 'Vue floor (one heading): first render (median of the round’s visits)', value: at('Vue floor (one heading)|first'), unit: 'ms' });
    for (const page of pages.slice(1)) {
      figures.push(
        { name: `${page.label} → ${landed.get(page.label)}: first render`, value: at(`${page.label}|first`), unit: 'ms' },
        { name: `${page.label}: data shown`, value: at(`${page.label}|data`), unit: 'ms' },
        { name: `ratio: ${page.label} first render / Vue floor`, value: at(`${page.label}|ratio`), unit: 'x' },
      );
    }
    return {
      title: 'P4 Frontends: own JavaScript per microfrontend and time to first render of each role’s start page',
      sizes: [
        `the frontends as built now (vite build), ${MICROFRONTENDS.length} microfrontends`,
        `${pages.length - 1} start pages × ${options.repetitions} repetitions, each a cold visit in a fresh headless Chromium context; 300 accounts in the database`,
      ],
      figures,
      notes: [
        'Own JavaScript: every .js file in the microfrontend’s dist (source maps excluded), gzip level 9; Vue and @smg/shared are external, loaded once per page through the import map.',
        'First render: navigation start to the page’s main heading being visible; data shown: to no loading indicator left in the page. Signed-in users open / and the shell sends them to their role’s start page, as after signing in. Each ratio is to a visit of the floor page made just before.',
        `${meets(Math.max(...figures.filter((f) => f.target).map((f) => (typeof f.value === 'number' ? f.value : f.value.median))), '<=', BUDGET_KB) ? 'Every' : 'Not every'} microfrontend is within the ${BUDGET_KB} KB budget.`,
      ],
    };
  } finally {
    await browser?.close();
    if (server) await new Promise<void>((resolve) => { server!.closeAllConnections(); server!.close(() => resolve()); });
    await api?.stop();
    await db.drop();
  }
}
