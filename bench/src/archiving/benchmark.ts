import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startPlatformSimulator } from '@smg/platform-simulator';
import { bundleWorkflows } from '@smg/workflows';
import { ArchivingClient, archivingRunWorkflowId, snapshotWorkflowId } from '@smg/workflows/client';
import { Client, Connection } from '@temporalio/client';
import { BenchChild } from '../lib/children.js';
import type { BenchContext } from '../lib/context.js';
import { createBenchDatabase, type BenchDatabase } from '../lib/database.js';
import { meets, type Figure, type Section } from '../lib/report.js';
import { seedAccounts } from '../lib/seed.js';
import { repeat, stopwatch } from '../lib/stats.js';

export interface ArchivingOptions {
  /** Accounts documented for real (render, PDF/A, validation, packing) in each repetition. */
  accounts: number;
  /** The run's sliding window, and the baselines' (the run's default is 2). */
  concurrency: number;
  repetitions: number;
  /**
   * Accounts the two loops document (the first ones of the run's); 0 for all of them. The ratios compare time per
   * account, so a sample lets a 1,000-account run be measured without two more runs of its length.
   */
  baselineAccounts: number;
  /** Account counts of the runs with the capture replaced by a no-op, smallest first; the last is the fan-out run. */
  noopAccounts: number[];
  /** The sliding window of the no-op runs. */
  noopConcurrency: number;
  /** One capture before anything is timed (Chromium started, the validators' files cached); off in --quick. */
  warmUp: boolean;
}

/** Temporal's history limits (server defaults): it warns at the first figures and terminates the workflow at the second. */
const HISTORY_EVENTS_WARN = 10_240;
const HISTORY_EVENTS_LIMIT = 51_200;
const HISTORY_BYTES_WARN = 10 * 2 ** 20;

const PERIODS = ['2026-H1', '2025-H2', '2025-H1', '2024-H2', '2024-H1', '2023-H2', '2023-H1', '2022-H2', '2022-H1', '2021-H2'];

/**
 * P3: a half-yearly archiving run over simulated accounts against the same captures in a plain loop at the same
 * concurrency (the orchestration's overhead), the worker's peak memory at several account counts, and a run with the
 * capture replaced by a no-op over the largest count, to show the fan-out stays inside Temporal's history limits.
 */
export async function benchmarkArchiving(ctx: BenchContext, options: ArchivingOptions): Promise<Section> {
  const simulator = await startPlatformSimulator({ port: 0, host: '127.0.0.1' });
  const connection = await Connection.connect({ address: ctx.temporalAddress });
  const client = new Client({ connection });
  const children: BenchChild[] = [];
  const databases: BenchDatabase[] = [];
  const figures: Figure[] = [];
  const sizes: string[] = [];
  const notes: string[] = [];
  try {
    ctx.log('P3: bundling the workflows once for every worker');
    const bundleFile = join(ctx.workDir, 'workflow-bundle.js');
    await writeFile(bundleFile, (await bundleWorkflows()).code);

    // --- Real captures: the run against the capture loop and the render → PDF/A loop.
    if (options.accounts > 0) {
      const db = await createBenchDatabase(ctx.databaseServerUrl, 'archiving');
      databases.push(db);
      await seedAccounts(db.dataSource, db.org, { accounts: options.accounts, allActive: true });
      const accountIds: string[] = (await db.dataSource.query(`select id from account order by id`)).map((r: { id: string }) => r.id);
      const loopAccountIds = options.baselineAccounts > 0 ? accountIds.slice(0, options.baselineAccounts) : accountIds;
      const taskQueue = `bench-archiving-${randomBytes(4).toString('hex')}`;
      const archiveDir = (name: string) => join(ctx.workDir, name);
      await Promise.all([mkdir(archiveDir('archive-run'), { recursive: true }), mkdir(archiveDir('archive-loop'), { recursive: true })]);
      ctx.log('P3: starting the worker and the capture loop');
      const [worker, loop] = await Promise.all([
        BenchChild.start('worker', { databaseUrl: db.url, temporalAddress: ctx.temporalAddress, taskQueue, archiveDir: archiveDir('archive-run'), simulatorUrl: simulator.url, workflowBundleFile: bundleFile }),
        BenchChild.start('capture-loop', { databaseUrl: db.url, archiveDir: archiveDir('archive-loop'), simulatorUrl: simulator.url }),
      ]);
      children.push(worker, loop);
      const archiving = new ArchivingClient(client, { taskQueue });

      /** What one period's captures left, so the next measurement of the same period starts from nothing. */
      const forget = async (period: string) => {
        await db.dataSource.query(`delete from archived_item where "snapshotId" in (select id from snapshot where "snapshotKey" = $1)`, [period]);
        // The audit log is append-only (a trigger refuses deletes); the next capture's event has the same idempotency
        // key and is simply not written again, which costs the same one insert.
        await db.dataSource.query(`delete from snapshot where "snapshotKey" = $1`, [period]);
      };
      const archived = async (period: string) =>
        Number((await db.dataSource.query(`select count(*)::int as n from snapshot where "snapshotKey" = $1 and status = 'ARCHIVED'`, [period]))[0].n);

      const runPipeline = async (period: string) => {
        await worker.request('resetMemory');
        const took = stopwatch();
        await archiving.startRun({ municipalityId: db.org.municipality.id, period: period as never, startedByName: 'Bänkmätning', concurrency: options.concurrency });
        await archiving.runResult(db.org.municipality.id, period as never);
        const elapsed = took();
        const done = await archived(period);
        if (done !== accountIds.length) throw new Error(`P3: the run archived ${done} of ${accountIds.length} accounts`);
        return {
          elapsed,
          memory: await worker.request<{ peakRssMB: number; peakHeapMB: number; peakJavaServersRssMB: number; liveHeapAtResetMB: number; liveHeapNowMB: number }>('memory'),
        };
      };
      const runLoop = async (period: string) => {
        const { elapsedMs } = await loop.request<{ elapsedMs: number }>('capture', { accountIds: loopAccountIds, period, concurrency: options.concurrency });
        const done = await archived(period);
        if (done !== loopAccountIds.length) throw new Error(`P3: the capture loop archived ${done} of ${loopAccountIds.length} accounts`);
        await forget(period);
        return elapsedMs;
      };

      // One capture first: Chromium starts, the JVMs' files are in the page cache, the simulator has made its pages.
      if (options.warmUp) {
        await loop.request('capture', { accountIds: accountIds.slice(0, 1), period: '2020-H1', concurrency: 1 });
        await forget('2020-H1');
      }

      const perMinute = (elapsedMs: number, accounts = accountIds.length) => (accounts / elapsedMs) * 60_000;
      const real = await repeat(options.repetitions, async (repetition) => {
        const period = PERIODS[repetition % PERIODS.length];
        ctx.log(`P3: repetition ${repetition + 1}/${options.repetitions}: ${accountIds.length} accounts through the run, ${loopAccountIds.length} through the capture loop and the render → PDF/A loop`);
        let pipeline: Awaited<ReturnType<typeof runPipeline>>;
        let loopMs: number;
        // The loop leaves nothing behind (forget), so it can go first or second; the order alternates.
        if (repetition % 2 === 0) {
          loopMs = await runLoop(period);
          pipeline = await runPipeline(period);
        } else {
          pipeline = await runPipeline(period);
          await forget(period);
          loopMs = await runLoop(period);
        }
        const { elapsedMs: renderMs } = await loop.request<{ elapsedMs: number }>('renderPdfA', { accountIds: loopAccountIds, concurrency: options.concurrency });
        const [run, captureLoop, renderLoop] = [perMinute(pipeline.elapsed), perMinute(loopMs, loopAccountIds.length), perMinute(renderMs, loopAccountIds.length)];
        return {
          pipeline: run,
          loop: captureLoop,
          render: renderLoop,
          // Time per account against time per account: the loops may have documented fewer accounts than the run.
          overhead: captureLoop / run,
          vsRender: renderLoop / run,
          rss: pipeline.memory.peakRssMB,
          heap: pipeline.memory.peakHeapMB,
          javaServers: pipeline.memory.peakJavaServersRssMB,
          liveHeapBefore: pipeline.memory.liveHeapAtResetMB,
          liveHeapAfter: pipeline.memory.liveHeapNowMB,
        };
      });
      sizes.push(
        `${accountIds.length} simulated accounts documented for real, ${options.concurrency} at a time, ${options.repetitions} repetitions` +
          (loopAccountIds.length < accountIds.length ? `; the loops over the first ${loopAccountIds.length} of them` : ''),
      );
      figures.push(
        { name: 'run: accounts per minute', value: real.pipeline, unit: 'accounts/min' },
        { name: 'capture loop without Temporal: accounts per minute', value: real.loop, unit: 'accounts/min' },
        { name: 'render → PDF/A loop: accounts per minute', value: real.render, unit: 'accounts/min' },
        { name: 'ratio: run time / capture loop time (orchestration)', value: real.overhead, unit: 'x', target: '≤ 1.2', met: meets(real.overhead, '<=', 1.2) },
        // The issue's own measure: the run against the bare render → PDF/A loop, everything else a capture does included.
        { name: 'ratio: run time / render → PDF/A loop time', value: real.vsRender, unit: 'x', target: '≤ 1.2', met: meets(real.vsRender, '<=', 1.2) },
        { name: `worker peak RSS, ${accountIds.length} real captures`, value: real.rss, unit: 'MB' },
        { name: `worker peak V8 heap, ${accountIds.length} real captures`, value: real.heap, unit: 'MB' },
        { name: 'worker live heap (after GC) before the run', value: real.liveHeapBefore, unit: 'MB' },
        { name: `worker live heap (after GC) after ${accountIds.length} real captures`, value: real.liveHeapAfter, unit: 'MB' },
        { name: `worker's Java validators (veraPDF and commons-ip servers) peak RSS, ${accountIds.length} real captures`, value: real.javaServers, unit: 'MB' },
      );
      const minutesFor = (accounts: number) => Math.round(accounts / real.pipeline.median);
      if (accountIds.length < 1000) {
        notes.push(
          `The issue asks for 1,000 accounts; at the ${Math.round(real.pipeline.median)} accounts/min measured here that run alone would take about ${minutesFor(1000)} min (and as long again for each baseline), so this run documents ${accountIds.length} (--archive-accounts). For the full size: --archive-accounts 1000 --archive-repetitions 1 --archive-baseline-accounts 100 (the loops over a sample of 100, since the ratios compare time per account).`,
        );
      }
      notes.push(
        'The capture loop calls the production capture activity (render → PDF/A → veraPDF → export → E-ARK SIP → commons-ip → store → record) directly, with no Temporal, no run or snapshot workflows and no bookkeeping activities: the ratio to it is what the orchestration costs. The render → PDF/A loop is the narrowest part of that work.',
        'Chromium, Ghostscript and the Java validators run as processes of their own; the worker’s memory is the Node process alone, and the veraPDF and commons-ip servers it keeps running (one JVM each for all its validations) are measured on their own, together.',
      );
      for (const child of [worker, loop]) await child.stop();
    }

    // --- No-op captures: the fan-out, and the worker's memory as the account count grows.
    if (options.noopAccounts.length > 0) {
      const db = await createBenchDatabase(ctx.databaseServerUrl, 'fanout');
      databases.push(db);
      const archiving = (taskQueue: string) => new ArchivingClient(client, { taskQueue });
      let seeded = 0;
      const rows: Array<{ accounts: number; perMinute: number; rss: number; heap: number; liveHeap: number; runs: number; maxEvents: number; maxBytes: number; childEvents: number }> = [];
      for (const [index, count] of options.noopAccounts.entries()) {
        if (count > seeded) {
          ctx.log(`P3: ${count.toLocaleString('en-GB')} accounts for the no-op run`);
          await seedAccounts(db.dataSource, db.org, { accounts: count - seeded, first: seeded + 1, allActive: true });
          seeded = count;
        }
        const taskQueue = `bench-fanout-${randomBytes(4).toString('hex')}`;
        // A fresh worker for each count: its peak is that run's alone.
        const worker = await BenchChild.start(
          'worker',
          { databaseUrl: db.url, temporalAddress: ctx.temporalAddress, taskQueue, capture: 'noop', workflowBundleFile: bundleFile },
          { BENCH_LIVE_HEAP: '1' },
        );
        children.push(worker);
        const period = PERIODS[index % PERIODS.length];
        await worker.request('resetMemory');
        const took = stopwatch();
        await archiving(taskQueue).startRun({ municipalityId: db.org.municipality.id, period: period as never, startedByName: 'Bänkmätning', concurrency: options.noopConcurrency });
        const workflowId = archivingRunWorkflowId(db.org.municipality.id, period as never);
        await archiving(taskQueue).runResult(db.org.municipality.id, period as never);
        const elapsed = took();
        const memory = await worker.request<{ peakRssMB: number; peakHeapMB: number; peakLiveHeapMB: number }>('memory');
        await worker.stop();
        const [{ n: done }] = await db.dataSource.query(`select count(*)::int as n from snapshot where "snapshotKey" = $1 and status = 'ARCHIVED'`, [period]);
        if (done !== count) throw new Error(`P3: the no-op run archived ${done} of ${count} accounts`);
        // Every run of the continue-as-new chain, each with its own history.
        const runs = [];
        for await (const execution of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) runs.push(execution);
        const [firstAccount] = await db.dataSource.query(`select "accountId" from snapshot where "snapshotKey" = $1 limit 1`, [period]);
        const child = await client.workflow.getHandle(snapshotWorkflowId(firstAccount.accountId, period)).describe();
        rows.push({
          accounts: count,
          perMinute: (count / elapsed) * 60_000,
          rss: memory.peakRssMB,
          heap: memory.peakHeapMB,
          liveHeap: memory.peakLiveHeapMB,
          runs: runs.length,
          maxEvents: Math.max(...runs.map((r) => r.historyLength)),
          maxBytes: Math.max(...runs.map((r) => r.historySize ?? 0)),
          childEvents: child.historyLength,
        });
        ctx.log(`P3: no-op run over ${count.toLocaleString('en-GB')} accounts: ${Math.round(elapsed / 1000)} s, ${runs.length} runs in the chain, peak RSS ${Math.round(memory.peakRssMB)} MB`);
      }
      const largest = rows.at(-1)!;
      const smallest = rows[0];
      sizes.push(
        `no-op captures over ${rows.map((r) => r.accounts.toLocaleString('en-GB')).join(' / ')} accounts, ${options.noopConcurrency} at a time, a fresh worker each`,
      );
      for (const row of rows) {
        const at = `${row.accounts.toLocaleString('en-GB')} accounts`;
        figures.push(
          { name: `no-op run, ${at}: accounts per minute`, value: row.perMinute, unit: 'accounts/min' },
          { name: `no-op run, ${at}: worker peak RSS`, value: row.rss, unit: 'MB' },
          { name: `no-op run, ${at}: worker peak V8 heap`, value: row.heap, unit: 'MB' },
          { name: `no-op run, ${at}: worker peak live heap (after GC)`, value: row.liveHeap, unit: 'MB' },
        );
      }
      if (rows.length > 1) {
        const growth = largest.liveHeap / smallest.liveHeap;
        const rssGrowth = largest.rss / smallest.rss;
        const across = `at ${largest.accounts.toLocaleString('en-GB')} / at ${smallest.accounts.toLocaleString('en-GB')} accounts`;
        figures.push(
          { name: `ratio: worker peak live heap ${across}`, value: growth, unit: 'x', target: '≤ 1.25 (no growth)', met: growth <= 1.25 },
          { name: `ratio: worker peak RSS ${across}`, value: rssGrowth, unit: 'x' },
        );
      }
      figures.push(
        { name: `fan-out over ${largest.accounts.toLocaleString('en-GB')}: runs in the continue-as-new chain`, value: largest.runs, unit: 'count' },
        {
          name: `fan-out over ${largest.accounts.toLocaleString('en-GB')}: largest history of one run`,
          value: largest.maxEvents,
          unit: 'events',
          target: `< ${HISTORY_EVENTS_WARN.toLocaleString('en-GB')} (warning; limit ${HISTORY_EVENTS_LIMIT.toLocaleString('en-GB')})`,
          met: largest.maxEvents < HISTORY_EVENTS_WARN,
        },
        {
          name: `fan-out over ${largest.accounts.toLocaleString('en-GB')}: largest history of one run, size`,
          value: largest.maxBytes / 1024,
          unit: 'KB',
          target: '< 10 MB (warning; limit 50 MB)',
          met: largest.maxBytes < HISTORY_BYTES_WARN,
        },
        { name: 'history of one account’s snapshot workflow', value: largest.childEvents, unit: 'events' },
      );
      if (largest.accounts < 100_000) {
        notes.push(
          `The issue asks for a no-op run over 100,000 accounts; at the ${Math.round(largest.perMinute).toLocaleString('en-GB')} accounts/min measured here it would take about ${Math.round(100_000 / largest.perMinute)} min, so the default stops at ${largest.accounts.toLocaleString('en-GB')}. ` +
            (largest.runs >= 2
              ? 'The run continues as new every 500 children (its accountsPerRun), so no run in the chain ever holds more than 500 of them: the largest history above is already the largest a run over 100,000 accounts would have (it would be a chain of 200 such runs). '
              : 'The run continues as new every 500 children (its accountsPerRun); this run was smaller than that, so it does not yet show the largest history of one run. ') +
            'The full size (--noop-accounts 1000,100000) does not fit the dev server: its in-memory store stops answering in time past about 40,000–70,000 closed snapshot workflows. Add --temporal-on-postgres, which runs the Temporal server itself on the benchmark’s PostgreSQL.',
        );
      }
      notes.push(
        'No-op runs: the worker is the production one with the capture activity swapped for one that only marks the snapshot archived (bench/src/lifecycles/worker.ts); paging, child workflows, bookkeeping activities and continue-as-new are all real.',
        'Memory is sampled every 50 ms in the worker process (RSS and V8 heap used); each count gets a fresh worker, which also collects garbage once a second so that the live heap (what it really holds) can be read. The plain heap peak mostly shows when V8 chose to collect; RSS never shrinks back.',
      );
    }
    return { title: 'P3 Archiving: a half-yearly run over simulated accounts', sizes, figures, notes };
  } finally {
    for (const child of children) await child.stop();
    await connection.close();
    await simulator.close();
    for (const db of databases) await db.drop();
  }
}
