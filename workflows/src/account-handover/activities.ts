import {
  Account,
  AccountAdministrator,
  AccountHandover,
  appendAuditEvent,
  BoardDecision,
  HandoverItem,
  Notification,
  shredDepositedCredentials,
  Snapshot,
  UploadedFile,
  User,
} from '@smg/db';
import {
  accountStatusDuringHandover,
  boardDecisionCitation,
  boardDecisionOutcomeLabel,
  can,
  handoverItemLabel,
  isReleaseStep,
  newOwnerKindLabel,
  snapshotReasonLabel,
  SYSTEM_ROLE,
  type AccountStatus,
  type Actor,
  type AuditAction,
  type HandoverCommand,
  type HandoverEvidence,
  type HandoverState,
  type HandoverStatus,
  type Signature,
} from '@smg/domain';
import { addWorkingDays } from '@smg/domain/calendar';
import type { DataSource, EntityManager } from 'typeorm';
import type { HandoverInput } from './messages.js';

/**
 * Written when a step is taken. `keyPrefix` is `account-handover/<accountId>/<handoverId>`: the workflow id is reused
 * by a later handover of the same account, so the handover's own id keeps their audit keys apart.
 */
interface StepRecord {
  keyPrefix: string;
  sequence: number;
  signature: Signature;
}

/** The evidence as the audit trail keeps it: a link, a file by id, name and checksum, a note. */
function evidenceData(evidence: HandoverEvidence | null | undefined) {
  if (!evidence) return null;
  return {
    url: evidence.url?.trim() || null,
    note: evidence.note?.trim() || null,
    file: evidence.file ? { id: evidence.file.id, fileName: evidence.file.fileName, sha256: evidence.file.sha256, size: evidence.file.size, mimeType: evidence.file.mimeType } : null,
  };
}

async function actorsOf(em: EntityManager, municipalityId: string): Promise<Actor[]> {
  const users = await em.find(User, { where: { municipalityId }, relations: { roles: true } });
  return users.map((u) => ({
    userId: u.id,
    municipalityId: u.municipalityId,
    name: u.name,
    roles: u.roles.map((r) => ({ role: r.role, unitId: r.unitId, administrationId: r.administrationId })),
  }));
}

function actionOf(command: HandoverCommand): AuditAction {
  switch (command.type) {
    case 'LINK_DECISION':
      return 'BOARD_DECISION_LINKED';
    case 'WITHDRAW':
      return 'HANDOVER_WITHDRAWN';
    case 'SNAPSHOT_FINISHED':
      return command.outcome === 'ARCHIVED' ? 'FINAL_SNAPSHOT_ARCHIVED' : 'FINAL_SNAPSHOT_FAILED';
    case 'RETRY_SNAPSHOT':
      return 'FINAL_SNAPSHOT_RETRIED';
    case 'RECORD_ITEM':
      return isReleaseStep(command.key) ? 'HANDOVER_RELEASE_RECORDED' : 'HANDOVER_CONDITION_RECORDED';
    case 'COMPLETE':
      return 'HANDED_OVER';
  }
}

export function createHandoverActivities({ dataSource }: { dataSource: DataSource }) {
  return {
    /**
     * The account becomes HANDING_OVER and the handover with its items is recorded, in one transaction; refused
     * (with the reason) when the account is no longer active. Returns when the board secretary is first reminded.
     */
    async recordHandoverProposed({
      keyPrefix,
      sequence,
      signature,
      input,
      state,
      workflowId,
    }: StepRecord & { input: HandoverInput; state: HandoverState; workflowId: string }): Promise<{ refusal: string | null; reminderAt: string | null }> {
      const at = new Date(signature.at);
      return dataSource.transaction(async (em) => {
        const existing = await em.findOneBy(AccountHandover, { id: input.handoverId });
        if (existing) return { refusal: null, reminderAt: existing.decisionDueAt?.toISOString() ?? null };
        // Locked, so a closure or another handover starting at the same moment cannot both take the account.
        const [account] = await em.query(`select status from account where id = $1 for update`, [input.accountId]);
        if (!account) return { refusal: 'Kontot finns inte.', reminderAt: null };
        if (account.status !== 'ACTIVE') return { refusal: 'Bara ett aktivt konto kan överlåtas.', reminderAt: null };
        const reminderAt = addWorkingDays(at, input.rules.decisionReminderWorkingDays);
        await em.update(Account, { id: input.accountId }, { status: 'HANDING_OVER' });
        await em.insert(AccountHandover, {
          id: input.handoverId,
          municipalityId: input.municipalityId,
          accountId: input.accountId,
          workflowId,
          status: state.status,
          boardId: input.boardId,
          newOwnerKind: input.newOwner.kind,
          newOwnerUnitId: input.newOwner.unitId ?? null,
          newOwnerName: input.newOwner.name.trim(),
          newOwnerContactName: input.newOwner.contactName?.trim() || null,
          newOwnerEmail: input.newOwner.email?.trim().toLowerCase() || null,
          newOwnerPhone: input.newOwner.phone?.trim() || null,
          reason: input.reason.trim(),
          policyVersionId: input.policyVersionId,
          proposedAt: at,
          proposedById: signature.actorId,
          proposedByName: signature.actorName,
          proposedRole: signature.role,
          decisionDueAt: reminderAt,
          remindedAt: null,
          decisionId: null,
          finalSnapshotKey: null,
          finalSnapshotStatus: null,
          lastReason: null,
          endedAt: null,
        });
        await em.insert(
          HandoverItem,
          state.items.map((item, position) => ({ handoverId: input.handoverId, key: item.key, position })),
        );
        await appendAuditEvent(em, {
          idempotencyKey: `${keyPrefix}#${sequence}`,
          municipalityId: input.municipalityId,
          accountId: input.accountId,
          actorId: signature.actorId,
          actorName: signature.actorName,
          actorRole: signature.role,
          occurredAt: at,
          action: 'HANDOVER_PROPOSED',
          fromStatus: 'ACTIVE',
          toStatus: 'HANDING_OVER',
          reason: input.reason.trim(),
          data: {
            handoverId: input.handoverId,
            detail: `Ny ägare: ${input.newOwner.name.trim()} (${newOwnerKindLabel[input.newOwner.kind].toLowerCase()})`,
          },
        });
        return { refusal: null, reminderAt: reminderAt.toISOString() };
      });
    },

    /** Brings the projection up to the state after one step and records it in the audit trail, in one transaction. */
    async projectHandoverStep(
      step: StepRecord & { command: HandoverCommand; fromStatus: HandoverStatus; state: HandoverState },
    ): Promise<void> {
      const { keyPrefix, sequence, command, signature, fromStatus, state } = step;
      const at = new Date(signature.at);
      const handoverId = state.handoverId;
      const accountFrom: AccountStatus = accountStatusDuringHandover(fromStatus);
      const accountTo: AccountStatus = accountStatusDuringHandover(state.status);
      const ended = state.status === 'HANDED_OVER' || state.status === 'REFUSED' || state.status === 'WITHDRAWN';
      await dataSource.transaction(async (em) => {
        await em.update(AccountHandover, { id: handoverId }, { status: state.status, lastReason: state.lastReason ?? null, ...(ended ? { endedAt: at } : {}) });
        if (accountFrom !== accountTo) {
          await em.update(Account, { id: state.accountId, status: accountFrom }, { status: accountTo });
        }
        const common = {
          municipalityId: state.municipalityId,
          accountId: state.accountId,
          actorId: signature.actorId,
          actorName: signature.actorName,
          actorRole: signature.role,
          occurredAt: at,
          fromStatus: accountFrom,
          toStatus: accountTo,
        };
        let reason: string | null = null;
        let data: Record<string, unknown> = { handoverId };

        switch (command.type) {
          case 'LINK_DECISION': {
            const decision = command.decision;
            await em.update(AccountHandover, { id: handoverId }, { decisionId: decision.decisionId, finalSnapshotKey: state.finalSnapshot?.snapshotKey ?? null, finalSnapshotStatus: state.finalSnapshot ? 'CAPTURING' : null });
            await em.update(BoardDecision, { id: decision.decisionId }, { handoverId, linkedAt: at });
            data = {
              ...data,
              decisionId: decision.decisionId,
              outcome: decision.outcome,
              detail: `${boardDecisionCitation(decision)}: ${boardDecisionOutcomeLabel[decision.outcome]}`,
              evidence: evidenceData({ file: decision.minutesFile }),
            };
            break;
          }
          case 'WITHDRAW':
            reason = command.reason.trim();
            break;
          case 'SNAPSHOT_FINISHED': {
            const snapshot = await em.findOneBy(Snapshot, { accountId: state.accountId, snapshotKey: state.finalSnapshot!.snapshotKey });
            await em.update(AccountHandover, { id: handoverId }, { finalSnapshotStatus: command.outcome === 'ARCHIVED' ? 'ARCHIVED' : 'FAILED' });
            reason = command.outcome === 'FAILED' ? (command.reason ?? snapshot?.failureReason ?? null) : null;
            data = {
              ...data,
              snapshotId: snapshot?.id ?? null,
              packageId: snapshot?.packageId ?? null,
              detail: snapshot?.packageId
                ? `${snapshotReasonLabel.BEFORE_HANDOVER}: paket ${snapshot.packageId}`
                : `${snapshotReasonLabel.BEFORE_HANDOVER}: ${state.finalSnapshot!.snapshotKey}`,
            };
            break;
          }
          case 'RETRY_SNAPSHOT':
            await em.update(AccountHandover, { id: handoverId }, { finalSnapshotStatus: 'CAPTURING' });
            data = { ...data, attempt: state.finalSnapshot!.attempts };
            break;
          case 'RECORD_ITEM': {
            const item = state.items.find((i) => i.key === command.key)!;
            const file = item.evidence?.file ?? null;
            await em.update(
              HandoverItem,
              { handoverId, key: command.key },
              {
                completedAt: at,
                completedById: signature.actorId,
                completedByName: signature.actorName,
                completedRole: signature.role,
                evidenceUrl: item.evidence?.url?.trim() || null,
                evidenceNote: item.evidence?.note?.trim() || null,
                evidenceFileId: file?.id ?? null,
                declineReason: item.declineReason ?? null,
              },
            );
            if (file) await em.update(UploadedFile, { id: file.id }, { attachedTo: `handover/${handoverId}/${command.key}`, accountId: state.accountId });
            if (command.key === 'CREDENTIALS_DESTROYED') {
              // The release step shreds what the vault holds, in the same transaction as the step it records.
              await shredDepositedCredentials(em, {
                accountId: state.accountId,
                by: { actorId: signature.actorId, actorName: signature.actorName, role: signature.role },
                reason: `Kontot överlåts: ${item.evidence?.note?.trim() || handoverItemLabel.CREDENTIALS_DESTROYED}`,
                at,
                idempotencyKey: `${keyPrefix}#${sequence}.vault-shredded`,
              });
            }
            // A note is part of the evidence (shown with it); the reason is for a declined rename.
            reason = item.declineReason ? `Avstått: ${item.declineReason}` : null;
            data = { ...data, item: command.key, detail: handoverItemLabel[command.key], evidence: evidenceData(item.evidence) };
            break;
          }
          case 'COMPLETE': {
            // Leaving the register and becoming HANDED_OVER are one write: the account is never listed as the
            // municipality's once handed over, nor delisted while it still is the municipality's.
            const administrators = await em.find(AccountAdministrator, { where: { accountId: state.accountId }, order: { name: 'ASC' } });
            await em.delete(AccountAdministrator, { accountId: state.accountId });
            await appendAuditEvent(em, {
              ...common,
              idempotencyKey: `${keyPrefix}#${sequence}.delisted`,
              action: 'REMOVED_FROM_REGISTER',
              data: { handoverId, detail: 'Kontot är inte längre kommunens och visas inte i förteckningen.', administratorsRemoved: administrators.map((a) => a.name) },
            });
            const handover = await em.findOneByOrFail(AccountHandover, { id: handoverId });
            data = { ...data, detail: `Ny ägare: ${handover.newOwnerName}` };
            break;
          }
        }

        await appendAuditEvent(em, { ...common, idempotencyKey: `${keyPrefix}#${sequence}`, action: actionOf(command), reason, data });
        if (command.type === 'LINK_DECISION' && state.status === 'REFUSED') {
          await appendAuditEvent(em, { ...common, idempotencyKey: `${keyPrefix}#${sequence}.refused`, action: 'HANDOVER_REFUSED', reason: state.lastReason ?? null, data: { handoverId } });
        }
      });
    },

    /** How the final snapshot ended, as the archiving lifecycle recorded it. */
    async finalSnapshotOutcome(input: { accountId: string; snapshotKey: string }): Promise<{ status: string | null; failureReason: string | null }> {
      const snapshot = await dataSource.getRepository(Snapshot).findOneBy({ accountId: input.accountId, snapshotKey: input.snapshotKey });
      return { status: snapshot?.status ?? null, failureReason: snapshot?.failureReason ?? null };
    },

    /**
     * The board has not decided within the policy's deadline: remind every board secretary who may register the
     * decision for this account, once per deadline period. Returns when to remind next.
     */
    async remindBoardSecretaries(input: {
      keyPrefix: string;
      handoverId: string;
      accountId: string;
      count: number;
      at: string;
      reminderWorkingDays: number;
    }): Promise<{ notified: number; nextReminderAt: string }> {
      const at = new Date(input.at);
      const next = addWorkingDays(at, input.reminderWorkingDays);
      return dataSource.transaction(async (em) => {
        const account = await em.findOneByOrFail(Account, { id: input.accountId });
        const handover = await em.findOneByOrFail(AccountHandover, { id: input.handoverId });
        const recipients = (await actorsOf(em, account.municipalityId)).filter((actor) => can(actor, 'HANDOVER_RECORD_DECISION', account));
        const message = `Påminnelse: nämnden har ännu inte beslutat om överlåtelsen av kontot "${account.displayName}" till ${handover.newOwnerName}.`;
        if (recipients.length > 0) {
          await em
            .createQueryBuilder()
            .insert()
            .into(Notification)
            .values(
              recipients.map((r) => ({
                idempotencyKey: `${input.keyPrefix}#reminder-${input.count}:${r.userId}`,
                municipalityId: account.municipalityId,
                accountId: account.id,
                recipientUserId: r.userId,
                recipientRole: 'BOARD_SECRETARY',
                kind: 'HANDOVER_DECISION_REMINDER',
                message,
                createdAt: at,
                readAt: null,
              })),
            )
            .orIgnore()
            .execute();
        }
        await em.update(AccountHandover, { id: input.handoverId }, { remindedAt: at, decisionDueAt: next });
        await appendAuditEvent(em, {
          idempotencyKey: `${input.keyPrefix}#reminder-${input.count}`,
          municipalityId: account.municipalityId,
          accountId: account.id,
          actorId: 'system',
          actorName: 'Systemet',
          actorRole: SYSTEM_ROLE,
          occurredAt: at,
          action: 'REMINDER_SENT',
          fromStatus: account.status,
          toStatus: account.status,
          data: { handoverId: input.handoverId, detail: 'Påminnelse till nämndsekreteraren om nämndbeslut', recipients: recipients.map((r) => r.name) },
        });
        return { notified: recipients.length, nextReminderAt: next.toISOString() };
      });
    },
  };
}
