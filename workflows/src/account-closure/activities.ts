import {
  Account,
  AccountActivity,
  AccountClosure,
  appendAuditEvent,
  AuditEvent,
  credentialsDeposited as hasDepositedCredentials,
  InactivityEpisode,
  type NewAuditEvent,
  Notification,
  policyInForce,
  shredDepositedCredentials,
  User,
} from '@smg/db';
import {
  POLICY_DEFAULTS,
  SYSTEM_ROLE,
  activitySourceLabel,
  closureReasonLabel,
  graceEndsAt,
  roleFor,
  type AccountStatus,
  type ActivitySource,
  type Actor,
  type AuditAction,
  type ClosureCommand,
  type ClosureState,
  type InactivityCommand,
  type InactivityEpisodeState,
  type Permission,
  type PlatformCheck,
  type Role,
  type Signature,
} from '@smg/domain';
import { addWorkingDays } from '@smg/domain/calendar';
import { PlatformApiError, connectorFor, type ConnectorConfig } from '@smg/platform';
import { ApplicationFailure } from '@temporalio/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { ActingAs } from '../account-opening/messages.js';
import { CLOSURE_NOT_ALLOWED, type ClosureInput } from './messages.js';

export interface ClosureDeps {
  dataSource: DataSource;
  /** The platforms (or the simulator) the watch reads the last activity from. */
  connectors: ConnectorConfig;
}

/** The parameters of the policy in force that the watch and an episode run on. */
export interface InactivityPolicy {
  policyVersionId: string | null;
  thresholdDays: number;
  graceDays: number;
  decisionWorkingDays: number;
}

export interface ActivityCheck {
  accountStatus: AccountStatus;
  activatedAt: string | null;
  /** The newest of the platform's last post or comment and the last editor's report. */
  lastActivityAt: string | null;
  /** Where `lastActivityAt` comes from. */
  lastActivitySource: ActivitySource | null;
  policy: InactivityPolicy;
  /** An episode left open by an earlier run of the watch (a restart picks it up). */
  openEpisode: InactivityEpisodeState | null;
  reviewAt: string | null;
}

const SYSTEM = { actorId: 'system', actorName: 'Systemet', actorRole: SYSTEM_ROLE } as const;

const swedishDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'long' });
const day = (iso: string | Date) => swedishDate.format(new Date(iso));
const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);
const later = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a.getTime() >= b.getTime() ? a : b);

async function audit(
  em: EntityManager,
  event: Omit<NewAuditEvent, 'actorId' | 'actorName' | 'actorRole'> & Partial<Pick<AuditEvent, 'actorId' | 'actorName' | 'actorRole'>>,
) {
  await appendAuditEvent(em, { ...SYSTEM, ...event });
}

const signedBy = (signature: Signature) => ({ actorId: signature.actorId, actorName: signature.actorName, actorRole: signature.role });

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

/** Who gets a message about an account: those holding the permission through the given role (the authorization table decides reach). */
async function recipients(em: EntityManager, account: Account, wanted: Array<{ permission: Permission; role: Role }>) {
  const actors = await actorsOf(em, account.municipalityId);
  return actors.flatMap((actor) => {
    const match = wanted.find((w) => roleFor(actor, w.permission, account) === w.role);
    return match ? [{ actor, role: match.role }] : [];
  });
}

async function notify(
  em: EntityManager,
  account: Account,
  key: string,
  to: Array<{ actor: Actor; role: Role }>,
  kind: string,
  message: string,
  at: Date,
): Promise<string[]> {
  if (to.length === 0) return [];
  await em
    .createQueryBuilder()
    .insert()
    .into(Notification)
    .values(
      to.map(({ actor, role }) => ({
        idempotencyKey: `${key}:${actor.userId}`,
        municipalityId: account.municipalityId,
        accountId: account.id,
        recipientUserId: actor.userId,
        recipientRole: role,
        kind,
        message,
        createdAt: at,
        readAt: null,
      })),
    )
    .orIgnore()
    .execute();
  return to.map(({ actor }) => actor.name);
}

const EDITORS_AND_MANAGER = [
  { permission: 'INACTIVITY_REPORT_ACTIVITY' as const, role: 'EDITOR' as const },
  { permission: 'CLOSURE_DECIDE' as const, role: 'UNIT_MANAGER' as const },
];
const MANAGER = [{ permission: 'CLOSURE_DECIDE' as const, role: 'UNIT_MANAGER' as const }];
const COMMUNICATIONS = [{ permission: 'CLOSURE_CONSULT' as const, role: 'COMMUNICATIONS' as const }];

export function episodeStateOf(row: InactivityEpisode): InactivityEpisodeState {
  const signature = (id: string | null, name: string | null, role: Signature['role'], at: Date | null): Signature | null =>
    at && name ? { actorId: id ?? '', actorName: name, role, at: at.toISOString() } : null;
  const opinionBy = signature(null, row.opinionByName, 'COMMUNICATIONS', row.opinionAt);
  const decidedBy = signature(row.decidedById, row.decidedByName, 'UNIT_MANAGER', row.decidedAt);
  return {
    episodeId: row.id,
    number: row.number,
    stage: row.stage,
    warnedAt: row.warnedAt.toISOString(),
    lastActivityAt: iso(row.lastActivityAt),
    graceEndsAt: row.graceEndsAt.toISOString(),
    decisionDueAt: iso(row.decisionDueAt),
    escalatedAt: iso(row.escalatedAt),
    opinion: row.opinion && opinionBy ? { text: row.opinion, by: opinionBy } : null,
    decision:
      row.decision && decidedBy
        ? { decision: row.decision, revivalPlan: row.revivalPlan, reviewAt: iso(row.reviewAt), comment: row.decisionComment, by: decidedBy }
        : null,
    revivedAt: iso(row.revivedAt),
  };
}

const episodeKey = (episodeId: string, suffix: string) => `inactivity/${episodeId}#${suffix}`;

/** Activities of the closure-after-inactivity lifecycle: the watch, its episodes and the closure. */
export function createClosureActivities({ dataSource, connectors }: ClosureDeps) {
  async function policyAt(em: EntityManager, municipalityId: string, at: Date): Promise<InactivityPolicy> {
    const policy = await policyInForce(em, municipalityId, at);
    const p = policy?.parameters;
    return {
      policyVersionId: policy?.id ?? null,
      thresholdDays: p?.inactivityThresholdDays ?? POLICY_DEFAULTS.inactivityThresholdDays,
      graceDays: p?.inactivityGracePeriodDays ?? POLICY_DEFAULTS.inactivityGracePeriodDays,
      decisionWorkingDays: p?.closureDecisionWorkingDays ?? POLICY_DEFAULTS.closureDecisionWorkingDays,
    };
  }

  /** The platform's newest post or comment, or why it could not be read. */
  async function platformActivity(account: Account): Promise<{ at: Date | null; problem: string | null }> {
    if (!account.handle) return { at: null, problem: 'Kontot saknar användarnamn på plattformen; den kan inte tillfrågas.' };
    try {
      const connector = connectorFor(account.platform, connectors);
      const at = await connector.lastActivityAt({ platform: account.platform, handle: account.handle, webAddress: account.webAddress });
      return { at, problem: null };
    } catch (error) {
      // Worth another try (rate limit, outage): fail the activity so Temporal retries it.
      if (error instanceof PlatformApiError && error.retryable) throw error;
      return { at: null, problem: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    /**
     * Reads the account's last activity (the platform through its connector, and editors' reports), records what was
     * seen, and returns it with the parameters of the policy in force at `at` and any episode left open.
     */
    async checkActivity(input: { accountId: string; workflowId: string; at: string; nextCheckAt?: string | null }): Promise<ActivityCheck> {
      const at = new Date(input.at);
      const account = await dataSource.getRepository(Account).findOneByOrFail({ id: input.accountId });
      const watched = account.status === 'ACTIVE';
      const platform = watched ? await platformActivity(account) : { at: null, problem: null };
      return dataSource.transaction(async (em) => {
        await em
          .createQueryBuilder()
          .insert()
          .into(AccountActivity)
          .values({ accountId: account.id, municipalityId: account.municipalityId, watchWorkflowId: input.workflowId })
          .orIgnore()
          .execute();
        const seen = await em.findOneByOrFail(AccountActivity, { accountId: account.id });
        const lastPlatformActivityAt = later(seen.lastPlatformActivityAt, platform.at);
        if (watched) {
          await em.update(AccountActivity, { accountId: account.id }, { lastPlatformActivityAt, checkedAt: at, checkProblem: platform.problem, watchWorkflowId: input.workflowId });
        }
        const open = await em
          .getRepository(InactivityEpisode)
          .createQueryBuilder('e')
          .where('e."accountId" = :accountId', { accountId: account.id })
          .andWhere(`e.stage in ('WARNED', 'AWAITING_OPINION', 'AWAITING_DECISION')`)
          .orderBy('e.number', 'DESC')
          .getOne();
        const last = later(lastPlatformActivityAt, seen.lastReportedActivityAt);
        return {
          accountStatus: account.status,
          activatedAt: iso(account.activatedAt),
          lastActivityAt: iso(last),
          lastActivitySource: !last ? null : last === lastPlatformActivityAt ? 'PLATFORM' : 'EDITOR_REPORT',
          policy: await policyAt(em, account.municipalityId, at),
          openEpisode: open ? episodeStateOf(open) : null,
          reviewAt: iso(seen.reviewAt),
        };
      });
    },

    /** When the watch looks next, for the manager's view. */
    async recordNextCheck(input: { accountId: string; nextCheckAt: string }): Promise<void> {
      await dataSource.getRepository(AccountActivity).update({ accountId: input.accountId }, { nextCheckAt: new Date(input.nextCheckAt) });
    },

    /** An editor (or the unit manager, or the communications unit) says the account is in use now. */
    async recordReportedActivity(input: { accountId: string; workflowId: string; at: string; by: ActingAs; note: string | null }): Promise<void> {
      const at = new Date(input.at);
      await dataSource.transaction(async (em) => {
        const account = await em.findOneByOrFail(Account, { id: input.accountId });
        // A report may come before the watch's first look at the platform.
        await em
          .createQueryBuilder()
          .insert()
          .into(AccountActivity)
          .values({ accountId: account.id, municipalityId: account.municipalityId, watchWorkflowId: input.workflowId })
          .orIgnore()
          .execute();
        await em
          .createQueryBuilder()
          .update(AccountActivity)
          .set({ lastReportedActivityAt: at, lastReportedByName: input.by.actorName })
          .where('"accountId" = :accountId and ("lastReportedActivityAt" is null or "lastReportedActivityAt" < :at)', { accountId: account.id, at })
          .execute();
        await audit(em, {
          idempotencyKey: `activity-report/${account.id}/${input.at}/${input.by.actorId}`,
          municipalityId: account.municipalityId,
          accountId: account.id,
          actorId: input.by.actorId,
          actorName: input.by.actorName,
          actorRole: input.by.role,
          occurredAt: at,
          action: 'INACTIVITY_ACTIVITY_REPORTED',
          reason: input.note,
          data: { source: 'EDITOR_REPORT' },
        });
      });
    },

    /**
     * Past the threshold: an episode starts (once; a retry or a restarted watch gets the open one back), the editors
     * and the unit manager are warned and the grace period runs from now.
     */
    async startEpisode(input: { accountId: string; workflowId: string; at: string; lastActivityAt: string | null; policy: InactivityPolicy }): Promise<InactivityEpisodeState> {
      const at = new Date(input.at);
      return dataSource.transaction(async (em) => {
        await em.query('select pg_advisory_xact_lock(hashtext($1))', [`inactivity/${input.accountId}`]);
        const account = await em.findOneByOrFail(Account, { id: input.accountId });
        const open = await em
          .getRepository(InactivityEpisode)
          .createQueryBuilder('e')
          .where('e."accountId" = :accountId', { accountId: account.id })
          .andWhere(`e.stage in ('WARNED', 'AWAITING_OPINION', 'AWAITING_DECISION')`)
          .getOne();
        if (open) return episodeStateOf(open);
        const [{ last }] = await em.query(`select coalesce(max(number), 0)::int as last from inactivity_episode where "accountId" = $1`, [account.id]);
        const ends = graceEndsAt(at, input.policy.graceDays);
        const episode = await em.save(
          em.create(InactivityEpisode, {
            accountId: account.id,
            municipalityId: account.municipalityId,
            number: last + 1,
            workflowId: input.workflowId,
            policyVersionId: input.policy.policyVersionId,
            stage: 'WARNED',
            lastActivityAt: input.lastActivityAt ? new Date(input.lastActivityAt) : null,
            warnedAt: at,
            graceEndsAt: ends,
          }),
        );
        const since = input.lastActivityAt ? `sedan ${day(input.lastActivityAt)}` : 'sedan det aktiverades';
        const warned = await notify(
          em,
          account,
          episodeKey(episode.id, 'warned'),
          await recipients(em, account, EDITORS_AND_MANAGER),
          'INACTIVITY_WARNING',
          `Kontot "${account.displayName}" har inte uppdaterats ${since}. Publicera något eller rapportera aktivitet senast ${day(ends)}; ` +
            'annars ska verksamhetsansvarig chef, i samråd med kommunikationsenheten, besluta om kontot ska avslutas.',
          at,
        );
        await audit(em, {
          idempotencyKey: episodeKey(episode.id, 'warned'),
          municipalityId: account.municipalityId,
          accountId: account.id,
          occurredAt: at,
          action: 'INACTIVITY_WARNED',
          reason: `Ingen aktivitet ${since} (gräns ${input.policy.thresholdDays} dagar); frist till ${day(ends)}.`,
          data: { episode: episode.number, recipients: warned, graceEndsAt: ends.toISOString() },
        });
        return episodeStateOf(episode);
      });
    },

    /** Activity during the grace period ends the episode. */
    async endEpisodeRevived(input: { episodeId: string; at: string; activityAt: string; source: ActivitySource }): Promise<void> {
      const at = new Date(input.at);
      await dataSource.transaction(async (em) => {
        const episode = await em.findOneByOrFail(InactivityEpisode, { id: input.episodeId });
        if (episode.stage === 'WARNED') {
          await em.update(InactivityEpisode, { id: episode.id }, { stage: 'REVIVED', revivedAt: new Date(input.activityAt), revivalSource: input.source, endedAt: at });
        }
        await audit(em, {
          idempotencyKey: episodeKey(episode.id, 'revived'),
          municipalityId: episode.municipalityId,
          accountId: episode.accountId,
          occurredAt: at,
          action: 'INACTIVITY_REVIVED',
          reason: `Ny aktivitet ${day(input.activityAt)} (${activitySourceLabel[input.source].toLowerCase()}).`,
          data: { episode: episode.number },
        });
      });
    },

    /** The grace period is over: the communications unit is asked for its opinion, the unit manager for a decision by the deadline. */
    async requestDecision(input: { episodeId: string; at: string }): Promise<{ decisionDueAt: string }> {
      const at = new Date(input.at);
      return dataSource.transaction(async (em) => {
        const episode = await em.findOneByOrFail(InactivityEpisode, { id: input.episodeId });
        const account = await em.findOneByOrFail(Account, { id: episode.accountId });
        if (episode.stage !== 'WARNED') return { decisionDueAt: episode.decisionDueAt!.toISOString() };
        const policy = episode.policyVersionId
          ? (await em.query(`select parameters from policy_version where id = $1`, [episode.policyVersionId]))[0]?.parameters
          : null;
        const workingDays: number = policy?.closureDecisionWorkingDays ?? POLICY_DEFAULTS.closureDecisionWorkingDays;
        const due = addWorkingDays(at, workingDays);
        await em.update(InactivityEpisode, { id: episode.id }, { stage: 'AWAITING_OPINION', decisionRequestedAt: at, decisionDueAt: due });
        const key = episodeKey(episode.id, 'decision-requested');
        const consulted = await notify(
          em,
          account,
          `${key}:opinion`,
          await recipients(em, account, COMMUNICATIONS),
          'CLOSURE_OPINION_REQUESTED',
          `Fristen för det inaktiva kontot "${account.displayName}" har gått ut utan ny aktivitet. Ge kommunikationsenhetens yttrande om kontot ska behållas eller avslutas.`,
          at,
        );
        const managers = await notify(
          em,
          account,
          `${key}:decision`,
          await recipients(em, account, MANAGER),
          'CLOSURE_DECISION_REQUESTED',
          `Fristen för det inaktiva kontot "${account.displayName}" har gått ut utan ny aktivitet. Besluta senast ${day(due)}, efter kommunikationsenhetens yttrande, om kontot ska behållas eller avslutas.`,
          at,
        );
        await audit(em, {
          idempotencyKey: key,
          municipalityId: account.municipalityId,
          accountId: account.id,
          occurredAt: at,
          action: 'INACTIVITY_DECISION_REQUESTED',
          reason: `Beslut senast ${day(due)} (${workingDays} arbetsdagar).`,
          data: { episode: episode.number, recipients: [...consulted, ...managers], decisionDueAt: due.toISOString() },
        });
        return { decisionDueAt: due.toISOString() };
      });
    },

    /** The opinion or the decision, as the episode's state now says. */
    async projectEpisodeStep(input: { accountId: string; episode: InactivityEpisodeState; command: InactivityCommand; signature: Signature }): Promise<void> {
      const { episode, command, signature } = input;
      const at = new Date(signature.at);
      await dataSource.transaction(async (em) => {
        const account = await em.findOneByOrFail(Account, { id: input.accountId });
        const common = { municipalityId: account.municipalityId, accountId: account.id, occurredAt: at, ...signedBy(signature) };
        if (command.type === 'RECORD_OPINION') {
          await em.update(InactivityEpisode, { id: episode.episodeId }, { stage: episode.stage, opinion: episode.opinion!.text, opinionByName: signature.actorName, opinionAt: at });
          await notify(
            em,
            account,
            episodeKey(episode.episodeId, 'opinion'),
            await recipients(em, account, MANAGER),
            'CLOSURE_DECISION_REQUESTED',
            `Kommunikationsenheten har yttrat sig om det inaktiva kontot "${account.displayName}". Ditt beslut väntar.`,
            at,
          );
          await audit(em, { ...common, idempotencyKey: episodeKey(episode.episodeId, 'opinion'), action: 'INACTIVITY_OPINION_RECORDED', reason: episode.opinion!.text, data: { episode: episode.number } });
          return;
        }
        const decision = episode.decision!;
        await em.update(InactivityEpisode, { id: episode.episodeId }, {
          stage: episode.stage,
          decision: decision.decision,
          decisionComment: decision.comment,
          revivalPlan: decision.revivalPlan,
          reviewAt: decision.reviewAt ? new Date(decision.reviewAt) : null,
          decidedById: signature.actorId,
          decidedByName: signature.actorName,
          decidedAt: at,
          endedAt: at,
        });
        const keep = decision.decision === 'KEEP';
        if (keep) await em.update(AccountActivity, { accountId: account.id }, { reviewAt: new Date(decision.reviewAt!) });
        await audit(em, {
          ...common,
          idempotencyKey: episodeKey(episode.episodeId, 'decided'),
          action: keep ? 'INACTIVITY_KEEP_DECIDED' : 'INACTIVITY_CLOSE_DECIDED',
          reason: keep
            ? `${decision.revivalPlan} Ny uppföljning ${day(decision.reviewAt!)}.${decision.comment ? ` ${decision.comment}` : ''}`
            : decision.comment,
          data: { episode: episode.number, decision: decision.decision, reviewAt: decision.reviewAt },
        });
      });
    },

    /** No decision by the deadline: the communications unit is told, once. */
    async escalateEpisode(input: { episodeId: string; at: string }): Promise<void> {
      const at = new Date(input.at);
      await dataSource.transaction(async (em) => {
        const episode = await em.findOneByOrFail(InactivityEpisode, { id: input.episodeId });
        const account = await em.findOneByOrFail(Account, { id: episode.accountId });
        await em.createQueryBuilder().update(InactivityEpisode).set({ escalatedAt: at }).where('id = :id and "escalatedAt" is null', { id: episode.id }).execute();
        const waitingFor = episode.stage === 'AWAITING_OPINION' ? 'kommunikationsenhetens yttrande och chefens beslut' : 'verksamhetsansvarig chefs beslut';
        const told = await notify(
          em,
          account,
          episodeKey(episode.id, 'escalated'),
          await recipients(em, account, COMMUNICATIONS),
          'ESCALATION',
          `Försenat beslut: det inaktiva kontot "${account.displayName}" väntar sedan ${day(episode.decisionDueAt ?? at)} på ${waitingFor}.`,
          at,
        );
        await audit(em, {
          idempotencyKey: episodeKey(episode.id, 'escalated'),
          municipalityId: account.municipalityId,
          accountId: account.id,
          occurredAt: at,
          action: 'ESCALATED',
          reason: `Inget beslut om det inaktiva kontot inom tidsfristen (${day(episode.decisionDueAt ?? at)}).`,
          data: { episode: episode.number, recipients: told },
        });
      });
    },

    /** The account is being closed for another reason: the open episode ends without a decision. */
    async supersedeEpisode(input: { episodeId: string; at: string }): Promise<void> {
      await dataSource
        .createQueryBuilder()
        .update(InactivityEpisode)
        .set({ stage: 'SUPERSEDED', endedAt: new Date(input.at) })
        .where(`id = :id and stage in ('WARNED', 'AWAITING_OPINION', 'AWAITING_DECISION')`, { id: input.episodeId })
        .execute();
    },

    /** Active accounts of the municipality after `after`, for the schedule that makes sure each is watched. */
    async activeAccountsAfter(input: { municipalityId: string; after: string | null; limit: number }): Promise<string[]> {
      const rows: Array<{ id: string }> = await dataSource.query(
        `select id from account where "municipalityId" = $1 and status = 'ACTIVE' and ($2::uuid is null or id > $2::uuid) order by id limit $3`,
        [input.municipalityId, input.after, input.limit],
      );
      return rows.map((r) => r.id);
    },

    /* ---------------------------------------------- the closure ---------------------------------------------- */

    /**
     * ACTIVE → CLOSING and the closure recorded (once). Refuses an account that is not active, so nothing is closed
     * that is being opened, handed over or already closed.
     */
    async beginClosure(input: { workflowId: string; closure: ClosureInput; snapshotKey: string; snapshotWorkflowId: string; at: string }): Promise<{ credentialsDeposited: boolean }> {
      const { closure } = input;
      const at = new Date(input.at);
      return dataSource.transaction(async (em) => {
        await em.query('select pg_advisory_xact_lock(hashtext($1))', [`closure/${closure.accountId}`]);
        const account = await em.findOneByOrFail(Account, { id: closure.accountId });
        const existing = await em.findOneBy(AccountClosure, { accountId: account.id });
        if (existing) {
          if (existing.workflowId === input.workflowId) return { credentialsDeposited: existing.credentialsDeposited };
          throw ApplicationFailure.create({ type: CLOSURE_NOT_ALLOWED, message: 'Kontot avslutas redan.', nonRetryable: true });
        }
        if (account.status !== 'ACTIVE') {
          throw ApplicationFailure.create({ type: CLOSURE_NOT_ALLOWED, message: `Bara ett aktivt konto kan avslutas (kontot är ${account.status}).`, nonRetryable: true });
        }
        const credentialsDeposited = await hasDepositedCredentials(em, account.id);
        await em.update(Account, { id: account.id }, { status: 'CLOSING' });
        await em.save(
          em.create(AccountClosure, {
            accountId: account.id,
            municipalityId: account.municipalityId,
            workflowId: input.workflowId,
            reason: closure.reason,
            explanation: closure.explanation,
            episodeId: closure.episodeId,
            requestedById: closure.by.actorId,
            requestedByName: closure.by.actorName,
            requestedRole: closure.by.role,
            requestedAt: new Date(closure.requestedAt),
            stage: 'FINAL_SNAPSHOT',
            snapshotKey: input.snapshotKey,
            snapshotWorkflowId: input.snapshotWorkflowId,
            snapshotStatus: 'PENDING',
            credentialsDeposited,
          }),
        );
        await audit(em, {
          idempotencyKey: `${input.workflowId}#started`,
          municipalityId: account.municipalityId,
          accountId: account.id,
          actorId: closure.by.actorId,
          actorName: closure.by.actorName,
          actorRole: closure.by.role,
          occurredAt: at,
          action: 'CLOSURE_STARTED',
          fromStatus: 'ACTIVE',
          toStatus: 'CLOSING',
          reason: [closureReasonLabel[closure.reason], closure.explanation].filter(Boolean).join(': '),
          data: { reason: closure.reason, episodeId: closure.episodeId },
        });
        return { credentialsDeposited };
      });
    },

    /** The final snapshot's outcome. Archived: the unit is asked to remove the account from the platform. */
    async recordClosureSnapshot(input: { workflowId: string; accountId: string; outcome: 'ARCHIVED' | 'FAILED'; attempt: number; at: string }): Promise<void> {
      const at = new Date(input.at);
      await dataSource.transaction(async (em) => {
        const account = await em.findOneByOrFail(Account, { id: input.accountId });
        const closure = await em.findOneByOrFail(AccountClosure, { accountId: account.id });
        if (input.outcome === 'ARCHIVED') {
          await em.update(AccountClosure, { id: closure.id }, { snapshotStatus: 'ARCHIVED', snapshotArchivedAt: at, stage: 'AWAITING_PLATFORM_REMOVAL' });
          await notify(
            em,
            account,
            `${input.workflowId}#remove-from-platform`,
            await recipients(em, account, EDITORS_AND_MANAGER),
            'CLOSURE_PLATFORM_REMOVAL_REQUESTED',
            `Den slutliga ögonblicksbilden av "${account.displayName}" är arkiverad. Ta bort eller avpublicera kontot på plattformen och bekräfta det i systemet.`,
            at,
          );
          return;
        }
        const snapshot = await em.query(`select "failureReason" from snapshot where "accountId" = $1 and "snapshotKey" = $2`, [account.id, closure.snapshotKey]);
        await em.update(AccountClosure, { id: closure.id }, { snapshotStatus: 'FAILED' });
        await notify(
          em,
          account,
          `${input.workflowId}#snapshot-failed`,
          await recipients(em, account, COMMUNICATIONS),
          'CLOSURE_SNAPSHOT_FAILED',
          `Den slutliga ögonblicksbilden av "${account.displayName}" misslyckades; avslutet väntar och försöker igen. Kontrollera kontots adress och användarnamn.`,
          at,
        );
        await audit(em, {
          idempotencyKey: `${input.workflowId}#snapshot-failed-${input.attempt}`,
          municipalityId: account.municipalityId,
          accountId: account.id,
          occurredAt: at,
          action: 'CLOSURE_SNAPSHOT_FAILED',
          reason: snapshot[0]?.failureReason ?? null,
          data: { attempt: input.attempt },
        });
      });
    },

    /** Looks for the account on its platform after the unit said it is removed: evidence beside the person's word. */
    async checkPlatformRemoval(input: { accountId: string }): Promise<PlatformCheck> {
      const account = await dataSource.getRepository(Account).findOneByOrFail({ id: input.accountId });
      if (!account.handle) return 'UNKNOWN';
      try {
        await connectorFor(account.platform, connectors).profile({ platform: account.platform, handle: account.handle, webAddress: account.webAddress });
        return 'STILL_PUBLISHED';
      } catch (error) {
        if (error instanceof PlatformApiError && !error.retryable && error.status !== null && [400, 404, 410].includes(error.status)) return 'GONE';
        return 'UNKNOWN';
      }
    },

    /** A confirmed step of the closure, with its evidence. */
    async projectClosureStep(input: { workflowId: string; state: ClosureState; command: ClosureCommand; signature: Signature }): Promise<void> {
      const { state, command, signature } = input;
      const at = new Date(signature.at);
      await dataSource.transaction(async (em) => {
        const account = await em.findOneByOrFail(Account, { id: state.accountId });
        const common = { municipalityId: account.municipalityId, accountId: account.id, occurredAt: at, ...signedBy(signature) };
        if (command.type === 'CONFIRM_PLATFORM_REMOVAL') {
          const removal = state.platformRemoval!;
          await em.update(AccountClosure, { accountId: account.id }, {
            stage: state.stage,
            platformRemovedAt: at,
            platformRemovedByName: signature.actorName,
            platformRemovedRole: signature.role,
            platformRemovalUrl: removal.evidence.url,
            platformRemovalNote: removal.evidence.note,
            platformCheck: removal.platformCheck,
            ...(state.credentialsDeposited ? {} : { credentialsNote: 'Inga inloggningsuppgifter var deponerade för kontot.' }),
          });
          await audit(em, {
            ...common,
            idempotencyKey: `${input.workflowId}#platform-removed`,
            action: 'CLOSURE_PLATFORM_REMOVAL_CONFIRMED',
            reason: removal.evidence.note,
            data: { url: removal.evidence.url, platformCheck: removal.platformCheck },
          });
          if (state.stage === 'AWAITING_CREDENTIALS_DESTROYED') {
            await notify(
              em,
              account,
              `${input.workflowId}#destroy-credentials`,
              await recipients(em, account, COMMUNICATIONS),
              'CLOSURE_CREDENTIALS_REQUESTED',
              `Kontot "${account.displayName}" är borttaget från plattformen. Förstör de deponerade inloggningsuppgifterna och registrera det.`,
              at,
            );
          }
          return;
        }
        const destroyed = state.credentialsDestroyed!;
        await em.update(AccountClosure, { accountId: account.id }, {
          stage: state.stage,
          credentialsDestroyedAt: at,
          credentialsDestroyedByName: signature.actorName,
          credentialsNote: destroyed.note,
        });
        await audit(em, { ...common, idempotencyKey: `${input.workflowId}#credentials-destroyed`, action: 'CLOSURE_CREDENTIALS_DESTROYED', reason: destroyed.note });
        // Confirming the destruction shreds what the vault holds, in the same transaction as the step it records.
        await shredDepositedCredentials(em, {
          accountId: account.id,
          by: { actorId: signature.actorId, actorName: signature.actorName, role: signature.role },
          reason: `Kontot avslutas: ${destroyed.note}`,
          at,
          idempotencyKey: `${input.workflowId}#vault-shredded`,
        });
      });
    },

    /** The account leaves the public register. */
    async delistClosedAccount(input: { workflowId: string; accountId: string; at: string }): Promise<void> {
      const at = new Date(input.at);
      await dataSource.transaction(async (em) => {
        const account = await em.findOneByOrFail(Account, { id: input.accountId });
        await em.createQueryBuilder().update(AccountClosure).set({ delistedAt: at, stage: 'FINISHING' }).where('"accountId" = :id and "delistedAt" is null', { id: account.id }).execute();
        await audit(em, { idempotencyKey: `${input.workflowId}#delisted`, municipalityId: account.municipalityId, accountId: account.id, occurredAt: at, action: 'CLOSURE_REMOVED_FROM_REGISTER' });
      });
    },

    /** Everyone in the communications unit is told the account is closed (it keeps the register and the credentials). */
    async notifyCommunicationsOfClosure(input: { workflowId: string; accountId: string; at: string }): Promise<void> {
      const at = new Date(input.at);
      await dataSource.transaction(async (em) => {
        const account = await em.findOneByOrFail(Account, { id: input.accountId });
        const closure = await em.findOneByOrFail(AccountClosure, { accountId: account.id });
        const told = await notify(
          em,
          account,
          `${input.workflowId}#communications-notified`,
          await recipients(em, account, COMMUNICATIONS),
          'ACCOUNT_CLOSED',
          `Kontot "${account.displayName}" är avslutat (${closureReasonLabel[closure.reason].toLowerCase()}): slutlig ögonblicksbild arkiverad, borttaget från plattformen och ur förteckningen.`,
          at,
        );
        await em.update(AccountClosure, { id: closure.id }, { communicationsNotifiedAt: at });
        await audit(em, {
          idempotencyKey: `${input.workflowId}#communications-notified`,
          municipalityId: account.municipalityId,
          accountId: account.id,
          occurredAt: at,
          action: 'CLOSURE_COMMUNICATIONS_NOTIFIED',
          data: { recipients: told },
        });
      });
    },

    /** CLOSING → CLOSED. */
    async completeClosure(input: { workflowId: string; accountId: string; at: string }): Promise<void> {
      const at = new Date(input.at);
      await dataSource.transaction(async (em) => {
        const account = await em.findOneByOrFail(Account, { id: input.accountId });
        await em.createQueryBuilder().update(Account).set({ status: 'CLOSED' }).where(`id = :id and status = 'CLOSING'`, { id: account.id }).execute();
        await em.update(AccountClosure, { accountId: account.id }, { stage: 'CLOSED', closedAt: at });
        await audit(em, {
          idempotencyKey: `${input.workflowId}#closed`,
          municipalityId: account.municipalityId,
          accountId: account.id,
          occurredAt: at,
          action: 'CLOSED' satisfies AuditAction,
          fromStatus: 'CLOSING',
          toStatus: 'CLOSED',
        });
      });
    },
  };
}
