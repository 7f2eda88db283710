import type { KeyObject } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createAuditCheckpointActivities } from './audit-checkpoint/activities.js';
import { createOpeningActivities } from './account-opening/activities.js';
import { createArchivingActivities, type ArchivingDeps } from './archiving/activities.js';
import { createHandoverActivities } from './account-handover/activities.js';
import { createClosureActivities } from './account-closure/activities.js';

/** Every activity the worker runs, built on real clients (tests pass their own). */
export function createActivities(deps: { dataSource: DataSource; archiving: Omit<ArchivingDeps, 'dataSource'>; auditSigningKey?: KeyObject }) {
  return {
    ...createOpeningActivities(deps),
    ...createArchivingActivities({ ...deps.archiving, dataSource: deps.dataSource }),
    ...createHandoverActivities(deps),
    ...createClosureActivities({ dataSource: deps.dataSource, connectors: deps.archiving.connectors }),
    ...createAuditCheckpointActivities({ dataSource: deps.dataSource, signingKey: deps.auditSigningKey }),
  };
}
