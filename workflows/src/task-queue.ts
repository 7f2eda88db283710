/** The task queue of the account lifecycles' worker. Tests pass their own to stay apart. */
export const TASK_QUEUE = 'account-lifecycles';
