import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';

export interface Retention {
  /** Stops after the round in progress and deletes what is left closed; answers how many workflows it deleted. */
  stop(): Promise<number>;
}

/**
 * The namespace's retention, in fast-forward, for one no-op fan-out run.
 *
 * A Temporal server on a real database deletes a closed workflow once the namespace's retention has passed (days).
 * The dev server the benchmark starts keeps every closed workflow in its in-memory SQLite store until it stops; past
 * about 70,000 closed snapshot workflows that store slows down until the server's own timer and child-completion
 * calls time out ("Namespace default is not found"). So while the run goes on, each account's snapshot workflow is
 * deleted once it has closed, as retention would do later. Only closed workflows are deleted (each is described
 * first), so the run itself sees exactly what it would see without this; `keep` is left for the benchmark to read.
 */
export function startRetention(client: Client, dataSource: DataSource, snapshotKey: string, keep: string, everyMs = 5000): Retention {
  const handled = new Set<string>([keep]);
  let waiting: string[] = [];
  let since = '-infinity';
  let deleted = 0;
  let stopping = false;

  const deleteClosed = async (workflowIds: string[]) => {
    const stillOpen: string[] = [];
    for (const workflowId of workflowIds) {
      const { status } = await client.workflow.getHandle(workflowId).describe();
      if (status.name === 'RUNNING') {
        stillOpen.push(workflowId);
        continue;
      }
      await client.workflowService.deleteWorkflowExecution({ namespace: client.options.namespace, workflowExecution: { workflowId } });
      deleted++;
    }
    return stillOpen;
  };

  const round = async () => {
    // Archived since the last round, with a margin for transactions that committed after a later one's now().
    const rows: Array<{ workflowId: string; capturedAt: string }> = await dataSource.query(
      `select "workflowId", "capturedAt"::text as "capturedAt" from snapshot
        where "snapshotKey" = $1 and status = 'ARCHIVED' and "capturedAt" > $2::timestamptz - interval '30 seconds'`,
      [snapshotKey, since],
    );
    const fresh = rows.filter((row) => !handled.has(row.workflowId));
    for (const row of fresh) handled.add(row.workflowId);
    if (rows.length > 0) since = rows.reduce((latest, row) => (row.capturedAt > latest ? row.capturedAt : latest), since);
    waiting = await deleteClosed([...waiting, ...fresh.map((row) => row.workflowId)]);
  };

  const loop = (async () => {
    while (!stopping) {
      await round();
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    await round();
  })();
  loop.catch(() => undefined); // its failure is stop()'s to report, not an unhandled rejection meanwhile

  return {
    async stop() {
      stopping = true;
      await loop;
      return deleted;
    },
  };
}
