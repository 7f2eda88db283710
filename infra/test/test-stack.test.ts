import { execFile } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_ATTRIBUTES } from '../src/lib/temporal.js';

const run = promisify(execFile);

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with bash infra/test.sh`);
  return value;
}

describe('the test stack', () => {
  it('provides PostgreSQL 18 with a UTF-8 cluster, as superuser', async () => {
    const client = new pg.Client({ connectionString: requiredEnv('DATABASE_URL') });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: string; encoding: string; superuser: boolean }>(
        `select version() as version, current_setting('server_encoding') as encoding,
                (select rolsuper from pg_roles where rolname = current_user) as superuser`,
      );
      expect(rows[0].version).toMatch(/^PostgreSQL 18\./);
      expect(rows[0].encoding).toBe('UTF8');
      // Suites create a database each, which needs the superuser.
      expect(rows[0].superuser).toBe(true);
    } finally {
      await client.end();
    }
  });

  it('points at the executables the tests launch themselves', () => {
    for (const name of ['TEMPORAL_CLI_PATH', 'TEMPORAL_TEST_SERVER_PATH', 'CHROMIUM_PATH']) {
      expect(() => accessSync(requiredEnv(name), constants.X_OK), name).not.toThrow();
    }
  });

  it('gives the tests a temporary folder of the run’s own, open to every user as /tmp is', () => {
    // Removed when the run ends, with whatever a SIGKILLed process left in it.
    expect(basename(tmpdir())).toMatch(/^smg-test-\d+-/);
    expect(statSync(tmpdir()).mode & 0o7777).toBe(0o1777);
  });

  describe('Temporal', () => {
    let connection: Connection;
    let client: Client;
    const namespace = process.env.TEMPORAL_NAMESPACE ?? 'default';

    beforeAll(async () => {
      connection = await Connection.connect({ address: requiredEnv('TEMPORAL_ADDRESS') });
      client = new Client({ connection, namespace });
    });

    afterAll(async () => {
      await connection?.close();
    });

    it('answers health checks', async () => {
      const { status } = await connection.healthService.check({});
      expect(status).toBe(1); // SERVING
    });

    it('has the four custom search attributes registered as Keyword', async () => {
      const { stdout } = await run(requiredEnv('TEMPORAL_CLI_PATH'), [
        'operator', 'search-attribute', 'list',
        '--address', requiredEnv('TEMPORAL_ADDRESS'), '--namespace', namespace, '--output', 'json',
      ]);
      const { customAttributes } = JSON.parse(stdout) as { customAttributes: Record<string, string> };
      for (const name of SEARCH_ATTRIBUTES) {
        expect(customAttributes[name], name).toBe('INDEXED_VALUE_TYPE_KEYWORD');
      }
    });

    it('finds a workflow by its search attributes, as operations would in the UI', async () => {
      const accountId = randomUUID();
      // No worker polls this task queue: the execution only needs to exist to be found.
      const handle = await client.workflow.start('accountOpening', {
        taskQueue: `infra-test-${accountId}`,
        workflowId: `infra-test/${accountId}`,
        typedSearchAttributes: [
          { key: { name: 'AccountId', type: 'KEYWORD' }, value: accountId },
          { key: { name: 'UnitId', type: 'KEYWORD' }, value: 'unit-1' },
          { key: { name: 'MunicipalityId', type: 'KEYWORD' }, value: 'municipality-1' },
          { key: { name: 'LifecycleStage', type: 'KEYWORD' }, value: 'IN_REVIEW' },
        ],
      });
      try {
        const query = `AccountId = '${accountId}' AND UnitId = 'unit-1' AND LifecycleStage = 'IN_REVIEW'`;
        // Visibility is eventually consistent; the dev server usually catches up within a second.
        await expect
          .poll(
            async () => {
              const found: string[] = [];
              for await (const execution of client.workflow.list({ query })) found.push(execution.workflowId);
              return found;
            },
            { timeout: 15_000, interval: 250 },
          )
          .toEqual([handle.workflowId]);
      } finally {
        await handle.terminate('infra test done');
      }
    });
  });
});
