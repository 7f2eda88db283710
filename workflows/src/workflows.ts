/** Every workflow the worker runs; the bundler starts here. No Node imports below this file. */
export { accountOpening } from './account-opening/workflows.js';
export { accountSnapshot, archivingRun, scheduledArchiving } from './archiving/workflows.js';
export { accountHandover } from './account-handover/workflows.js';
export { accountClosure, activityWatch, ensureActivityWatches } from './account-closure/workflows.js';
export { auditCheckpoint } from './audit-checkpoint/workflows.js';
