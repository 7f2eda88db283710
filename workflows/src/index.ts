export { TASK_QUEUE } from './task-queue.js';
export { startWorker, bundleWorkflows, type WorkerOptions } from './worker.js';
export { OpeningClient, StepNotAllowedError, type ActingAs, type OpeningInput } from './client.js';
export { createActivities } from './activities.js';
export * from './search-attributes.js';
export { loadDemoData } from './demo/load-demo-data.js';
export { HandoverClient, type HandoverInput } from './account-handover/client.js';
export { ClosureClient, ClosureStepRefusedError } from './account-closure/client.js';
