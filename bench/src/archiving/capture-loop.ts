/**
 * P3's baselines, in a process of their own (child.ts role `capture-loop`), at the same concurrency as the run:
 *
 * - `capture`: the production capture activity (render → PDF/A → veraPDF → export → E-ARK SIP → commons-ip → store →
 *   record) called directly in a plain loop, no Temporal: what the run would cost with no orchestration at all;
 * - `render-pdfa`: only the render → PDF/A steps, the narrowest loop, to show how much of a capture they are.
 */
import { join } from 'node:path';
import { convertToPdfA, renderPageToPdf } from '@smg/archive';
import { createDataSource } from '@smg/db';
import { connectorFor } from '@smg/platform';
import { createActivities } from '@smg/workflows';
import { archivingDeps } from '@smg/workflows/worker';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { ChildMessage } from '../lib/children.js';
import type { ChildRole } from '../child.js';
import { stopwatch } from '../lib/stats.js';

export interface CaptureLoopOptions {
  databaseUrl: string;
  archiveDir: string;
  simulatorUrl: string;
}

/** Runs `work` over `items`, at most `concurrency` at a time (the same sliding window the run keeps). */
export async function slidingWindow<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) await work(items[i]);
    }),
  );
}

export async function startCaptureLoop(options: CaptureLoopOptions): Promise<ChildRole> {
  const dataSource = await createDataSource(options.databaseUrl, { poolSize: 5 }).initialize();
  const connectors = { simulatorUrl: options.simulatorUrl };
  const deps = archivingDeps({ archiveDir: options.archiveDir, connectors });
  const activities = createActivities({ dataSource, archiving: deps });

  /** Snapshots as the run would make them (same period, same key), captured by the activity function itself. */
  async function captureLoop(accountIds: string[], period: string, concurrency: number): Promise<number> {
    const rows: Array<{ id: string }> = await dataSource.query(
      `insert into snapshot ("municipalityId", "accountId", reason, "snapshotKey", "workflowId", status, attempts, "requestedAt")
       select a."municipalityId", a.id, 'PERIOD_END', $2::varchar, 'account-snapshot/' || a.id || '/' || $2::varchar, 'CAPTURING', 1, now()
         from account a where a.id = any($1::uuid[])
       returning id`,
      [accountIds, period],
    );
    const took = stopwatch();
    await slidingWindow(rows, concurrency, async ({ id }) => {
      await new MockActivityEnvironment().run(activities.captureSnapshot, { snapshotId: id });
    });
    return took();
  }

  async function renderLoop(accountIds: string[], concurrency: number): Promise<number> {
    const accounts: Array<{ id: string; platform: any; handle: string; webAddress: string; displayName: string }> = await dataSource.query(
      `select id, platform, handle, "webAddress", "displayName" from account where id = any($1::uuid[])`,
      [accountIds],
    );
    const browser = await deps.captureBrowser.get();
    const took = stopwatch();
    await slidingWindow(accounts, concurrency, async (account) => {
      const work = join(options.archiveDir, 'render-loop', account.id);
      const url = connectorFor(account.platform, connectors).publicPageUrl({ platform: account.platform, handle: account.handle, webAddress: account.webAddress });
      const rendered = await renderPageToPdf({ url, outFile: join(work, 'rendered.pdf'), browser });
      await convertToPdfA({ inFile: rendered.outFile, outFile: join(work, 'page.pdf'), title: account.displayName });
    });
    return took();
  }

  return {
    ready: {},
    handlers: {
      capture: async (message: ChildMessage) => ({
        elapsedMs: await captureLoop(message.accountIds as string[], message.period as string, message.concurrency as number),
      }),
      renderPdfA: async (message: ChildMessage) => ({
        elapsedMs: await renderLoop(message.accountIds as string[], message.concurrency as number),
      }),
    },
    async stop() {
      await deps.captureBrowser.close();
      await dataSource.destroy();
    },
  };
}
