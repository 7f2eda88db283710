import 'reflect-metadata';
export * from './entities/index.js';
export * from './data-source.js';
export * from './demo-organisation.js';
export * from './policy-store.js';
export * from './archive-store.js';
export * from './audit-chain.js';
export * from './audit-checkpoint.js';
export * from './app-role.js';
