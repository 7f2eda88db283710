import { randomUUID } from 'node:crypto';
import { Account, ActivityPlan, ApprovalStep, AuditEvent, ProvisioningItem, type DemoOrganisation } from '@smg/db';
import {
  DEFAULT_OPENING_RULES,
  requiredProvisioningItems,
  type AccountStatus,
  type ApprovalOutcome,
  type ApprovalStepKind,
} from '@smg/domain';
import type { DataSource } from 'typeorm';
import { validPlan } from './support.js';

type UnitKey = keyof DemoOrganisation['units'];

/**
 * Rows as the opening workflow's activities would have written them, for tests of the read side that should not
 * need a lifecycle run per account. The mutation tests go through the real workflow instead.
 */
export async function insertAccount(
  dataSource: DataSource,
  org: DemoOrganisation,
  options: { unit: UnitKey; status: AccountStatus; name: string; pendingStep?: ApprovalStepKind; updatedAt: Date },
): Promise<Account> {
  const unit = org.units[options.unit];
  const id = randomUUID();
  const submitted = options.status !== 'DRAFT';
  const plan = validPlan({ displayName: options.name });
  const account = await dataSource.getRepository(Account).save(
    dataSource.getRepository(Account).create({
      id,
      municipalityId: unit.municipalityId,
      unitId: unit.id,
      administrationId: unit.administrationId,
      platform: plan.platform,
      scope: 'UNIT',
      displayName: options.name,
      handle: plan.handle ?? null,
      webAddress: `https://www.instagram.com/${id}`,
      functionalEmail: plan.functionalEmail,
      status: options.status,
      planRevision: submitted ? 1 : 0,
      pendingStep: options.pendingStep ?? null,
      lastReason: null,
      workflowId: `account-opening/${id}`,
      createdById: org.users.editor.id,
      activatedAt: options.status === 'ACTIVE' ? options.updatedAt : null,
    }),
  );
  await dataSource.getRepository(ActivityPlan).insert({
    ...plan,
    accountId: id,
    revision: 1,
    handle: plan.handle ?? null,
    other: null,
    submittedAt: submitted ? options.updatedAt : null,
    submittedById: submitted ? org.users.editor.id : null,
  });
  if (submitted) {
    const pendingAt = options.pendingStep ? DEFAULT_OPENING_RULES.approvalChain.indexOf(options.pendingStep) : DEFAULT_OPENING_RULES.approvalChain.length;
    await dataSource.getRepository(ApprovalStep).insert(
      DEFAULT_OPENING_RULES.approvalChain.map((kind, position) => {
        const done = position < pendingAt;
        const outcome: ApprovalOutcome = done ? (kind === 'CONSULTATION' ? 'CONSULTED' : 'APPROVED') : 'PENDING';
        return {
          accountId: id,
          planRevision: 1,
          kind,
          position,
          outcome,
          decidedByName: done ? 'Någon' : null,
          decidedRole: done ? kind : null,
          decidedAt: done ? options.updatedAt : null,
        };
      }),
    );
  }
  if (['PROVISIONING', 'ACTIVE'].includes(options.status)) {
    await dataSource.getRepository(ProvisioningItem).insert(
      requiredProvisioningItems(plan.platform).map((key, position) => ({
        accountId: id,
        key,
        position,
        completedAt: options.status === 'ACTIVE' ? options.updatedAt : null,
        completedByName: options.status === 'ACTIVE' ? 'Elin Redaktör' : null,
      })),
    );
  }
  await dataSource.getRepository(AuditEvent).insert({
    idempotencyKey: `${account.workflowId}:started`,
    municipalityId: unit.municipalityId,
    accountId: id,
    actorId: org.users.editor.id,
    actorName: org.users.editor.name,
    actorRole: 'EDITOR',
    occurredAt: options.updatedAt,
    action: 'OPENING_STARTED',
    fromStatus: null,
    toStatus: 'DRAFT',
  });
  // updatedAt is maintained by TypeORM on save; set it afterwards so the tests control the list order.
  await dataSource.getRepository(Account).update(id, { updatedAt: options.updatedAt });
  return { ...account, updatedAt: options.updatedAt };
}
