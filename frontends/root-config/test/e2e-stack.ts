import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemoOrganisation, type DemoOrganisation } from '@smg/db';
import { createTestDatabase, type TestDatabase } from '@smg/db/testing';
import { startApiServer, type RunningApiServer } from '@smg/api';
import { startPlatformSimulator, type RunningPlatformSimulator } from '@smg/platform-simulator';
import { packageStorage } from '@smg/archive/storage';
import { startWorker } from '@smg/workflows';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { missingBuilds, startFrontendServer, type FrontendServer } from '../server.js';

/**
 * The composed frontends in real Chromium against the real API, worker, PostgreSQL and Temporal, with the demo
 * organisation in a database of the suite's own; what every end-to-end test starts from.
 */
export interface E2eStack {
  web: FrontendServer;
  page: Page;
  db: TestDatabase;
  org: DemoOrganisation;
  /** The task queue the stack's worker polls, for tests that start lifecycles themselves. */
  taskQueue: string;
  /** The platform simulator the worker reads from, with `platformSimulator: true`. */
  simulator: RunningPlatformSimulator | null;
  /** Signs in on the sign-in page by clicking the demo user's name, as a person would. */
  signInAs(name: string): Promise<void>;
  signOut(): Promise<void>;
  /** Saves a full-page screenshot under frontends/root-config/test-results. */
  shot(name: string): Promise<void>;
  /** GraphQL over the composed app's own /graphql, signed in as a demo user (to set up a case quickly). */
  graphql(user: keyof DemoOrganisation['users'], query: string, variables?: Record<string, unknown>): Promise<any>;
  close(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = path.join(here, '..', 'test-results');

function temporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set: run the tests with infra/test.sh');
  return address;
}

/** Visible text of a region, for assertions on what the person actually sees. */
export const textOf = (locator: Locator) => locator.innerText();

export interface E2eStackOptions {
  /**
   * Starts the platform simulator and gives the worker and the API an archive folder of their own, for lifecycles
   * that document accounts (archiving, the final snapshot of a handover or a closure).
   */
  platformSimulator?: boolean;
  /** Another Temporal server than the test stack's (a time-skipping test server, so months can pass). */
  temporalAddress?: string;
}

export async function startE2eStack(options: E2eStackOptions = {}): Promise<E2eStack> {
  const missing = missingBuilds();
  if (missing.length > 0) {
    throw new Error(`Frontends not built (${missing.join(', ')}): run pnpm --filter "./frontends/**" run build first`);
  }
  await mkdir(screenshots, { recursive: true });
  const db = await createTestDatabase();
  const org = await seedDemoOrganisation(db.dataSource);
  const taskQueue = `e2e-${randomBytes(4).toString('hex')}`;
  const namespace = process.env.TEMPORAL_NAMESPACE || undefined;
  const simulator: RunningPlatformSimulator | null = options.platformSimulator ? await startPlatformSimulator({ port: 0, host: '127.0.0.1' }) : null;
  const archiveDir = simulator ? await mkdtemp(path.join(tmpdir(), 'smg-e2e-archive-')) : null;
  const temporal = options.temporalAddress ?? temporalAddress();
  const worker = await startWorker({
    databaseUrl: db.appUrl,
    temporalAddress: temporal,
    namespace,
    taskQueue,
    ...(simulator && archiveDir ? { archiveDir, connectors: { simulatorUrl: simulator.url } } : {}),
  });
  const api: RunningApiServer = await startApiServer({
    port: 0,
    host: '127.0.0.1',
    databaseUrl: db.appUrl,
    temporalAddress: temporal,
    namespace,
    taskQueue,
    ...(archiveDir ? { archiveStorage: packageStorage(archiveDir) } : {}),
  });
  const web = await startFrontendServer({ port: 0, host: '127.0.0.1', apiUrl: new URL(api.url).origin });
  const browser: Browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  page.setDefaultTimeout(30_000);

  return {
    web,
    page,
    db,
    org,
    taskQueue,
    simulator,
    async signInAs(name) {
      await page.goto(`${web.url}/logga-in`);
      await page.getByRole('button', { name: new RegExp(name) }).first().click();
      await expect.poll(() => page.getByRole('button', { name: 'Logga ut' }).isVisible()).toBe(true);
      expect(await page.locator('.smg-header__name').innerText()).toBe(name);
    },
    async signOut() {
      await page.getByRole('button', { name: 'Logga ut' }).click();
      await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    },
    async shot(name) {
      await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
    },
    async graphql(user, query, variables = {}) {
      const call = async (body: unknown, token?: string) => {
        const response = await fetch(`${web.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
        const result = (await response.json()) as { data?: any; errors?: Array<{ message: string }> };
        if (result.errors) throw new Error(result.errors.map((e) => e.message).join(' '));
        return result.data;
      };
      const { devSignIn } = await call({ query: 'mutation($id: ID!) { devSignIn(userId: $id) { token } }', variables: { id: org.users[user].id } });
      return call({ query, variables }, devSignIn.token);
    },
    async close() {
      await browser.close();
      await web.close();
      await api.close();
      await worker.shutdown();
      await db.drop();
      await simulator?.close();
      if (archiveDir) await rm(archiveDir, { recursive: true, force: true });
    },
  };
}
