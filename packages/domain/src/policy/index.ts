// The policy model, the five seed presets and the check a new version must pass before it is published.
export * from './policy.js';
export * from './presets.js';
export * from './validation.js';
export * from './versioning.js';
