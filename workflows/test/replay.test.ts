import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker, type ReplayResult } from '@temporalio/worker';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as workflows from '../src/workflows.js';
import { HISTORIES_DIR, workflowBundle } from './helpers.js';

/**
 * The determinism guard: every recorded history in test/histories (written by the lifecycle tests with
 * RECORD_HISTORIES=1) is replayed with today's workflow code in one replay worker. A change that would make a running
 * workflow take another path than its history fails here, and so does a new workflow type without a recorded history.
 */
const fixtures = readdirSync(HISTORIES_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(`${HISTORIES_DIR}${file}`, 'utf8')));
    const workflowType = history.events?.[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name;
    if (!workflowType) throw new Error(`${file} does not start with WorkflowExecutionStarted`);
    // The file name stands in for the workflow id, so a failure names the fixture.
    return { file, workflowType, workflowId: file.replace(/\.json$/, ''), history };
  });

describe('recorded histories replay with today\'s workflow code', () => {
  const results = new Map<string, ReplayResult>();

  beforeAll(async () => {
    const started = Date.now();
    const replay = Worker.runReplayHistories(
      { workflowBundle: await workflowBundle(), replayName: 'determinism-guard' },
      fixtures.map(({ workflowId, history }) => ({ workflowId, history })),
    );
    for await (const result of replay) results.set(result.workflowId, result);
    console.log(`replayed ${results.size} histories in ${Date.now() - started} ms`);
  });

  it('every workflow type the worker runs has at least one recorded history', () => {
    const types = Object.keys(workflows).sort();
    expect(types.length).toBeGreaterThanOrEqual(8);
    expect(types.filter((type) => !fixtures.some((f) => f.workflowType === type))).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.file, f.workflowType, f.workflowId] as const))('%s (%s)', (_file, _type, workflowId) => {
    const result = results.get(workflowId);
    expect(result, 'replayed').toBeDefined();
    expect(result!.error).toBeUndefined();
  });
});
