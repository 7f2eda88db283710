import type { Client, WorkflowHandle } from '@temporalio/client';

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;

export interface Retention {
  /** Stops after the round in progress, then deletes the children of every run closed by then; answers how many it deleted. */
  stop(): Promise<number>;
}

/**
 * The namespace's retention, in fast-forward, for one no-op fan-out run.
 *
 * A Temporal server on a real database deletes a closed workflow once the namespace's retention has passed (days).
 * The dev server the benchmark starts keeps every closed workflow in its in-memory SQLite store until it stops; past
 * about 70,000 closed snapshot workflows that store slows down until the server's own timer and child-completion
 * calls time out ("Namespace default is not found"). So while the run goes on, the snapshot workflows of each run of
 * its continue-as-new chain are deleted once that run has closed, as retention would do later.
 *
 * Only children whose completion the closed run's history records are deleted: deleting a child the moment it closes
 * can beat the server's own task that tells the parent, which then waits for it for ever. `keep` is left for the
 * benchmark to read.
 */
export function startRetention(client: Client, runWorkflowId: string, keep: string, everyMs = 5000): Retention {
  const handledRuns = new Set<string>();
  let deleted = 0;
  let stopping = false;

  const round = async () => {
    for await (const run of client.workflow.list({ query: `WorkflowId = '${runWorkflowId}' AND ExecutionStatus != 'Running'` })) {
      if (handledRuns.has(run.runId)) continue;
      const history = await client.workflow.getHandle(runWorkflowId, run.runId).fetchHistory();
      for (const workflowId of closedChildren(history)) {
        if (workflowId === keep) continue;
        await client.workflowService.deleteWorkflowExecution({ namespace: client.options.namespace, workflowExecution: { workflowId } });
        deleted++;
      }
      handledRuns.add(run.runId);
    }
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

/** The workflow ids of the children whose end the parent's history records. */
function closedChildren(history: History): string[] {
  return (history.events ?? []).flatMap((event) => {
    const closed =
      event.childWorkflowExecutionCompletedEventAttributes ??
      event.childWorkflowExecutionFailedEventAttributes ??
      event.childWorkflowExecutionCanceledEventAttributes ??
      event.childWorkflowExecutionTerminatedEventAttributes ??
      event.childWorkflowExecutionTimedOutEventAttributes;
    const workflowId = closed?.workflowExecution?.workflowId;
    return workflowId ? [workflowId] : [];
  });
}
