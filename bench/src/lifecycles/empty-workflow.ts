/**
 * The engine ceiling for benchmark P2: a workflow that does nothing but accept as many Updates as an opening takes.
 * Its throughput is what the Temporal server and one worker can do at all; an opening does the same number of
 * round trips plus its real work (validation, projection writes, GraphQL).
 */
import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const emptyStepUpdate = defineUpdate<number>('step');

export async function emptyLifecycle(steps: number): Promise<number> {
  let taken = 0;
  setHandler(emptyStepUpdate, () => ++taken);
  await condition(() => taken >= steps);
  return taken;
}
