export * from './roles.js';
export * from './account.js';
export * from './activity-plan.js';
export * from './provisioning.js';
export * from './opening.js';
export * from './authorization.js';
export * from './audit.js';
export * from './policy/index.js';
