import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { AuditEvent, type NewAuditEvent } from './entities/audit.js';

/**
 * Appends one event to the audit log, the one writer every lifecycle and the vault use. A repeated
 * `idempotencyKey` writes nothing (a retried activity audits once); the database gives the event its place in the
 * municipality's hash chain.
 */
export async function appendAuditEvent(em: EntityManager, event: NewAuditEvent): Promise<void> {
  await em
    .createQueryBuilder()
    .insert()
    .into(AuditEvent)
    .values({ data: null, reason: null, fromStatus: null, toStatus: null, ...event } as QueryDeepPartialEntity<AuditEvent>)
    .orIgnore()
    .execute();
}
