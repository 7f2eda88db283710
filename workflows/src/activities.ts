import type { DataSource } from 'typeorm';
import { createOpeningActivities } from './account-opening/activities.js';

/** Every activity the worker runs, built on real clients (tests pass their own). */
export function createActivities(deps: { dataSource: DataSource }) {
  return { ...createOpeningActivities(deps) };
}
