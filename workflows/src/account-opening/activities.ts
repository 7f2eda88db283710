import {
  Account,
  AccountAdministrator,
  ActivityPlan,
  appendAuditEvent,
  ApprovalStep,
  Notification,
  ProvisioningItem,
  User,
} from '@smg/db';
import {
  approvalStepActor,
  approvalStepLabel,
  can,
  SYSTEM_ROLE,
  type AccountStatus,
  type ActivityPlanContent,
  type Actor,
  type ApprovalStepKind,
  type AuditAction,
  type OpeningCommand,
  type OpeningState,
  type Permission,
  type Signature,
} from '@smg/domain';
import { addWorkingDays } from '@smg/domain/calendar';
import type { DataSource, EntityManager } from 'typeorm';
import type { OpeningInput } from './messages.js';

/** When the approver of a pending step is reminded, and when the communications unit is told. */
export interface ApprovalDeadlines {
  revision: number;
  kind: ApprovalStepKind;
  reminderAt: string;
  escalationAt: string;
}

/** Working days an approver has (reminder) and after which the communications unit is told (escalation). */
export interface DeadlineRules {
  reminderAfterWorkingDays: number;
  escalationAfterWorkingDays: number;
}

/** Written when a step is taken; the sequence number makes a retried activity write nothing twice. */
interface StepRecord {
  workflowId: string;
  sequence: number;
  signature: Signature;
}

const auditKey = (workflowId: string, suffix: string | number) => `${workflowId}#${suffix}`;


function actionOf(command: OpeningCommand): AuditAction {
  switch (command.type) {
    case 'SAVE_PLAN':
      return 'PLAN_SAVED';
    case 'SUBMIT_PLAN':
      return 'PLAN_SUBMITTED';
    case 'RECORD_CONSULTATION':
      return 'CONSULTATION_RECORDED';
    case 'DECIDE':
      return command.decision === 'APPROVE' ? 'APPROVED' : command.decision === 'REJECT' ? 'REJECTED' : 'SENT_BACK';
    case 'START_PROVISIONING':
      return 'PROVISIONING_STARTED';
    case 'COMPLETE_PROVISIONING_ITEM':
      return 'PROVISIONING_ITEM_COMPLETED';
    case 'WITHDRAW':
      return 'WITHDRAWN';
  }
}

function planColumns(plan: ActivityPlanContent) {
  return {
    platform: plan.platform,
    webAddress: plan.webAddress,
    handle: plan.handle ?? null,
    displayName: plan.displayName,
    activityDescription: plan.activityDescription,
    purpose: plan.purpose,
    targetAudiences: plan.targetAudiences,
    goals: plan.goals,
    needsAnalysis: plan.needsAnalysis,
    functionalEmail: plan.functionalEmail,
    administrators: plan.administrators,
    dailyOperators: plan.dailyOperators,
    monitoringHours: plan.monitoringHours,
    publishingFrequency: plan.publishingFrequency,
    estimatedWeeklyHours: plan.estimatedWeeklyHours,
    other: plan.other ?? null,
    checklist: plan.checklist,
  };
}

/** Every user of the municipality with their roles, as the authorization table sees them. */
async function actorsOf(em: EntityManager, municipalityId: string): Promise<Actor[]> {
  const users = await em.find(User, { where: { municipalityId }, relations: { roles: true } });
  return users.map((u) => ({
    userId: u.id,
    municipalityId: u.municipalityId,
    name: u.name,
    roles: u.roles.map((r) => ({ role: r.role, unitId: r.unitId, administrationId: r.administrationId })),
  }));
}

export function createOpeningActivities({ dataSource }: { dataSource: DataSource }) {
  return {
    /** The account appears as a DRAFT with its first plan revision being written. */
    async recordOpeningStarted({ workflowId, sequence, input, signature }: StepRecord & { input: OpeningInput }): Promise<void> {
      await dataSource.transaction(async (em) => {
        await em
          .createQueryBuilder()
          .insert()
          .into(Account)
          .values({
            id: input.accountId,
            municipalityId: input.municipalityId,
            unitId: input.unitId,
            administrationId: input.administrationId,
            platform: input.plan.platform,
            scope: input.scope,
            displayName: input.plan.displayName,
            handle: input.plan.handle ?? null,
            webAddress: input.plan.webAddress,
            functionalEmail: input.plan.functionalEmail,
            status: 'DRAFT',
            planRevision: 0,
            pendingStep: null,
            lastReason: null,
            workflowId,
            policyVersionId: input.policyVersionId,
            createdById: input.by.actorId,
            createdAt: new Date(signature.at),
            activatedAt: null,
          })
          .orIgnore()
          .execute();
        await em
          .createQueryBuilder()
          .insert()
          .into(ActivityPlan)
          .values({ accountId: input.accountId, revision: 1, ...planColumns(input.plan), submittedAt: null, submittedById: null })
          .orIgnore()
          .execute();
        await appendAuditEvent(em, {
          idempotencyKey: auditKey(workflowId, sequence),
          municipalityId: input.municipalityId,
          accountId: input.accountId,
          actorId: signature.actorId,
          actorName: signature.actorName,
          actorRole: signature.role,
          occurredAt: new Date(signature.at),
          action: 'OPENING_STARTED',
          toStatus: 'DRAFT',
        });
      });
    },

    /** The draft (the revision after the last submitted one) gets the applicant's latest text. */
    async savePlanDraft({ workflowId, sequence, state, plan, signature }: StepRecord & { state: OpeningState; plan: ActivityPlanContent }) {
      const revision = state.planRevision + 1;
      await dataSource.transaction(async (em) => {
        const columns = planColumns({ ...plan, platform: state.platform });
        await em
          .createQueryBuilder()
          .insert()
          .into(ActivityPlan)
          .values({ accountId: state.accountId, revision, ...columns, submittedAt: null, submittedById: null })
          .orUpdate(Object.keys(columns), ['accountId', 'revision'])
          .execute();
        await em.update(
          Account,
          { id: state.accountId },
          { displayName: plan.displayName, handle: plan.handle ?? null, webAddress: plan.webAddress, functionalEmail: plan.functionalEmail },
        );
        await appendAuditEvent(em, {
          idempotencyKey: auditKey(workflowId, sequence),
          municipalityId: state.municipalityId,
          accountId: state.accountId,
          actorId: signature.actorId,
          actorName: signature.actorName,
          actorRole: signature.role,
          occurredAt: new Date(signature.at),
          action: 'PLAN_SAVED',
          fromStatus: state.status,
          toStatus: state.status,
          data: { revision },
        });
      });
    },

    /**
     * Brings the projection up to the state after one step, and records the step in the audit trail. When the
     * step leaves an approval step waiting, its deadlines are set in the same transaction and returned.
     */
    async projectOpeningStep(
      step: StepRecord & { command: OpeningCommand; fromStatus: AccountStatus; state: OpeningState; reason: string | null; rules: DeadlineRules },
    ): Promise<ApprovalDeadlines | null> {
      const { workflowId, sequence, command, signature, fromStatus, state, reason } = step;
      const at = new Date(signature.at);
      return dataSource.transaction(async (em) => {
        const accountId = state.accountId;
        const becameActive = state.status === 'ACTIVE' && fromStatus !== 'ACTIVE';
        await em.update(Account, { id: accountId }, {
          status: state.status,
          planRevision: state.planRevision,
          pendingStep: state.status === 'IN_REVIEW' ? (state.approvals.find((s) => s.outcome === 'PENDING')?.kind ?? null) : null,
          lastReason: state.lastReason ?? null,
          ...(becameActive ? { activatedAt: at } : {}),
        });

        switch (command.type) {
          case 'SUBMIT_PLAN': {
            const revision = state.planRevision;
            // Sent back and resubmitted unchanged: the new revision is a copy of the one before.
            await em.query(
              `insert into activity_plan ("accountId", revision, platform, "webAddress", handle, "displayName", "activityDescription",
                 purpose, "targetAudiences", goals, "needsAnalysis", "functionalEmail", administrators, "dailyOperators",
                 "monitoringHours", "publishingFrequency", "estimatedWeeklyHours", other, checklist)
               select "accountId", $2, platform, "webAddress", handle, "displayName", "activityDescription",
                 purpose, "targetAudiences", goals, "needsAnalysis", "functionalEmail", administrators, "dailyOperators",
                 "monitoringHours", "publishingFrequency", "estimatedWeeklyHours", other, checklist
               from activity_plan where "accountId" = $1 and revision = $2 - 1
               on conflict ("accountId", revision) do nothing`,
              [accountId, revision],
            );
            await em
              .createQueryBuilder()
              .update(ActivityPlan)
              .set({ submittedAt: at, submittedById: signature.actorId })
              .where('"accountId" = :accountId and revision = :revision and "submittedAt" is null', { accountId, revision })
              .execute();
            await em
              .createQueryBuilder()
              .insert()
              .into(ApprovalStep)
              .values(
                state.approvals.map((s, position) => ({
                  accountId,
                  planRevision: revision,
                  kind: s.kind,
                  position,
                  outcome: s.outcome,
                })),
              )
              .orIgnore()
              .execute();
            break;
          }
          case 'RECORD_CONSULTATION':
          case 'DECIDE': {
            const kind = command.type === 'DECIDE' ? command.step : 'CONSULTATION';
            const decided = state.approvals.find((s) => s.kind === kind)!;
            await em.update(
              ApprovalStep,
              { accountId, planRevision: state.planRevision, kind },
              {
                outcome: decided.outcome,
                decidedById: signature.actorId,
                decidedByName: signature.actorName,
                decidedRole: signature.role,
                decidedAt: at,
                reason: decided.reason ?? null,
              },
            );
            break;
          }
          case 'START_PROVISIONING':
            await em
              .createQueryBuilder()
              .insert()
              .into(ProvisioningItem)
              .values(state.provisioning.map((item, position) => ({ accountId, key: item.key, position })))
              .orIgnore()
              .execute();
            break;
          case 'COMPLETE_PROVISIONING_ITEM': {
            await em.update(
              ProvisioningItem,
              { accountId, key: command.key },
              { completedAt: at, completedById: signature.actorId, completedByName: signature.actorName, evidence: command.evidence },
            );
            if (command.key === 'ADMINISTRATORS_TWO_FACTOR') {
              await em
                .createQueryBuilder()
                .insert()
                .into(AccountAdministrator)
                .values((command.evidence.administrators ?? []).map((a) => ({ accountId, name: a.name, email: a.email.trim().toLowerCase(), twoFactorConfirmed: a.twoFactorConfirmed })))
                .orUpdate(['name', 'twoFactorConfirmed'], ['accountId', 'email'])
                .execute();
            }
            if (command.key === 'FUNCTIONAL_EMAIL' && command.evidence.functionalEmail) {
              await em.update(Account, { id: accountId }, { functionalEmail: command.evidence.functionalEmail.trim().toLowerCase() });
            }
            if (command.key === 'ACCOUNT_CREATED' && command.evidence.url) {
              await em.update(Account, { id: accountId }, { webAddress: command.evidence.url.trim() });
            }
            break;
          }
          case 'SAVE_PLAN':
          case 'WITHDRAW':
            break;
        }

        const common = {
          municipalityId: state.municipalityId,
          accountId,
          actorId: signature.actorId,
          actorName: signature.actorName,
          actorRole: signature.role,
          occurredAt: at,
        };
        await appendAuditEvent(em, {
          ...common,
          idempotencyKey: auditKey(workflowId, sequence),
          action: actionOf(command),
          fromStatus,
          toStatus: state.status,
          reason,
          data: command.type === 'COMPLETE_PROVISIONING_ITEM' ? { item: command.key } : command.type === 'DECIDE' ? { step: command.step } : null,
        });
        if (becameActive) {
          await appendAuditEvent(em, { ...common, idempotencyKey: auditKey(workflowId, `${sequence}.activated`), action: 'ACTIVATED', fromStatus: state.status, toStatus: 'ACTIVE' });
        }

        const pending = state.status === 'IN_REVIEW' ? state.approvals.find((s) => s.outcome === 'PENDING') : undefined;
        if (!pending) return null;
        const reminderAt = addWorkingDays(at, step.rules.reminderAfterWorkingDays);
        const escalationAt = addWorkingDays(at, step.rules.escalationAfterWorkingDays);
        await em.update(ApprovalStep, { accountId, planRevision: state.planRevision, kind: pending.kind }, { dueAt: reminderAt });
        return { revision: state.planRevision, kind: pending.kind, reminderAt: reminderAt.toISOString(), escalationAt: escalationAt.toISOString() };
      });
    },

    /**
     * A step has waited past its deadline: remind everyone who may decide it, or (escalation) tell the
     * communications unit. Each recipient gets one notification however often this runs.
     */
    async notifyOverdueApproval(input: {
      workflowId: string;
      accountId: string;
      revision: number;
      kind: ApprovalStepKind;
      level: 'REMINDER' | 'ESCALATION';
      at: string;
    }): Promise<{ notified: number }> {
      const at = new Date(input.at);
      return dataSource.transaction(async (em) => {
        const account = await em.findOneByOrFail(Account, { id: input.accountId });
        const permission: Permission = input.level === 'REMINDER' ? approvalStepActor[input.kind].permission : 'OPENING_CONSULT';
        const recipients = (await actorsOf(em, account.municipalityId)).filter((actor) => can(actor, permission, account));
        const recipientRole = input.level === 'REMINDER' ? approvalStepActor[input.kind].role : 'COMMUNICATIONS';
        const key = `${input.level}:${input.revision}:${input.kind}`;
        const message =
          input.level === 'REMINDER'
            ? `Påminnelse: ${approvalStepLabel[input.kind].toLowerCase()} väntar för kontot "${account.displayName}".`
            : `Försenat beslut: ${approvalStepLabel[input.kind].toLowerCase()} för kontot "${account.displayName}" har inte fattats inom tidsfristen.`;
        if (recipients.length > 0) {
          await em
            .createQueryBuilder()
            .insert()
            .into(Notification)
            .values(
              recipients.map((r) => ({
                idempotencyKey: auditKey(input.workflowId, `${key}:${r.userId}`),
                municipalityId: account.municipalityId,
                accountId: account.id,
                recipientUserId: r.userId,
                recipientRole,
                kind: input.level,
                message,
                createdAt: at,
                readAt: null,
              })),
            )
            .orIgnore()
            .execute();
        }
        await em.update(
          ApprovalStep,
          { accountId: account.id, planRevision: input.revision, kind: input.kind },
          input.level === 'REMINDER' ? { remindedAt: at } : { escalatedAt: at },
        );
        await appendAuditEvent(em, {
          idempotencyKey: auditKey(input.workflowId, key),
          municipalityId: account.municipalityId,
          accountId: account.id,
          actorId: 'system',
          actorName: 'Systemet',
          actorRole: SYSTEM_ROLE,
          occurredAt: at,
          action: input.level === 'REMINDER' ? 'REMINDER_SENT' : 'ESCALATED',
          fromStatus: account.status,
          toStatus: account.status,
          data: { step: input.kind, recipients: recipients.map((r) => r.name) },
        });
        return { notified: recipients.length };
      });
    },
  };
}
