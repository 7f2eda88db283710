import { Account, AccountActivity, AccountClosure, InactivityEpisode } from '@smg/db';
import {
  MANUAL_CLOSURE_REASONS,
  OPEN_INACTIVITY_STAGES,
  closureReasonLabel,
  closureStageLabel,
  closureStepLabel,
  inactivityCommandRefusal,
  inactivityStageLabel,
  isOpenEpisode,
  platformCheckLabel,
  validateClosureDecision,
  validatePlatformRemovalEvidence,
  type Actor,
  type FieldError,
  type InactivityEpisodeState,
  type Permission,
  type Role,
} from '@smg/domain';
import { ClosureStepRefusedError, type ActingAs } from '@smg/workflows/client';
import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In, type DataSource } from 'typeorm';
import { actingRole, authorize } from '../../auth/authorization.js';
import type { ApiContext } from '../../context.js';
import { badUserInput, notFound, stepNotAllowed } from '../../errors.js';
import { findVisibleAccount } from '../accounts/accounts.resolver.js';
import { MAX_PAGE_SIZE, PageInput, pageOf, pageWindow } from '../pagination.js';
import { AccountType } from '../accounts/account.types.js';
import { scopeOf } from '../accounts/opening-state.js';
import {
  AccountActivityType,
  AccountClosureRequestInput,
  AccountClosureType,
  ClosureDecisionInputType,
  InactivityEpisodeType,
  PlatformRemovalInput,
} from './closure.types.js';
import { TextArg, TEXT_LIMIT } from '../../validation.js';

/** The closure lifecycle's rows, loaded per request and batched like the account's own loaders. */
function createClosureLoaders(dataSource: DataSource) {
  const byAccount = <T extends { accountId: string }>(load: (ids: string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await load([...ids]);
      const found = new Map(rows.map((r) => [r.accountId, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
  return {
    /** The account's latest episode, open or ended. */
    latestEpisode: byAccount((ids) =>
      dataSource
        .getRepository(InactivityEpisode)
        .createQueryBuilder('e')
        .distinctOn(['e.accountId'])
        .where('e.accountId IN (:...ids)', { ids })
        .orderBy('e.accountId')
        .addOrderBy('e.number', 'DESC')
        .getMany(),
    ),
    closure: byAccount((ids) => dataSource.getRepository(AccountClosure).findBy({ accountId: In(ids) })),
    activity: byAccount((ids) => dataSource.getRepository(AccountActivity).findBy({ accountId: In(ids) })),
  };
}
type ClosureLoaders = ReturnType<typeof createClosureLoaders>;

/** One set per request: the cache lives exactly as long as the request's context. */
const loadersByRequest = new WeakMap<ApiContext, ClosureLoaders>();
function closureLoaders(ctx: ApiContext): ClosureLoaders {
  let loaders = loadersByRequest.get(ctx);
  if (!loaders) loadersByRequest.set(ctx, (loaders = createClosureLoaders(ctx.dataSource)));
  return loaders;
}

/** The mutations of the closure lifecycle, by their GraphQL names (`Account.closureActions`). */
export type ClosureAction =
  | 'reportAccountActivity'
  | 'recordClosureOpinion'
  | 'decideOnInactiveAccount'
  | 'requestAccountClosure'
  | 'confirmPlatformRemoval'
  | 'confirmCredentialsDestroyed';

/** The episode as the projection shows it, for the same refusal function the watch's validators use. */
function episodeStateOf(row: InactivityEpisode | null): InactivityEpisodeState | null {
  if (!row) return null;
  return {
    episodeId: row.id,
    number: row.number,
    stage: row.stage,
    warnedAt: row.warnedAt.toISOString(),
    lastActivityAt: row.lastActivityAt?.toISOString() ?? null,
    graceEndsAt: row.graceEndsAt.toISOString(),
    decisionDueAt: row.decisionDueAt?.toISOString() ?? null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    opinion: null,
    decision: null,
    revivedAt: row.revivedAt?.toISOString() ?? null,
  };
}

/** For each mutation: the permission it needs and whether the lifecycle allows it now. */
const CLOSURE_ACTIONS: Record<
  ClosureAction,
  { permission: Permission; allowed(account: Account, episode: InactivityEpisodeState | null, closure: AccountClosure | null): boolean }
> = {
  reportAccountActivity: { permission: 'INACTIVITY_REPORT_ACTIVITY', allowed: (account) => account.status === 'ACTIVE' },
  recordClosureOpinion: {
    permission: 'CLOSURE_CONSULT',
    allowed: (account, episode) => account.status === 'ACTIVE' && inactivityCommandRefusal(episode, { type: 'RECORD_OPINION', opinion: 'yttrande' }) === null,
  },
  decideOnInactiveAccount: {
    permission: 'CLOSURE_DECIDE',
    allowed: (account, episode) => account.status === 'ACTIVE' && inactivityCommandRefusal(episode, { type: 'DECIDE', decision: 'CLOSE' }) === null,
  },
  requestAccountClosure: { permission: 'CLOSURE_REQUEST', allowed: (account, _episode, closure) => account.status === 'ACTIVE' && !closure },
  confirmPlatformRemoval: { permission: 'CLOSURE_CONFIRM_PLATFORM_REMOVAL', allowed: (_account, _episode, closure) => closure?.stage === 'AWAITING_PLATFORM_REMOVAL' },
  confirmCredentialsDestroyed: {
    permission: 'CLOSURE_DESTROY_CREDENTIALS',
    allowed: (_account, _episode, closure) => closure?.stage === 'AWAITING_CREDENTIALS_DESTROYED',
  },
};

/** The steps that wait for someone (not the ones anyone may take at any time, such as reporting activity). */
const WAITING_ACTIONS: readonly ClosureAction[] = ['recordClosureOpinion', 'decideOnInactiveAccount', 'confirmPlatformRemoval', 'confirmCredentialsDestroyed'];

function closureActionsFor(actor: Actor, account: Account, episode: InactivityEpisode | null, closure: AccountClosure | null): ClosureAction[] {
  const state = episodeStateOf(episode);
  return (Object.keys(CLOSURE_ACTIONS) as ClosureAction[]).filter((action) => {
    const { permission, allowed } = CLOSURE_ACTIONS[action];
    return actingRole(actor, permission, scopeOf(account)) !== null && allowed(account, state, closure);
  });
}

/** Cases read before the authorization filter and the ordering by who waits; the page is cut from these. */
const CASE_LIMIT = 500;

/**
 * Closure after inactivity (DOMAIN.md "3."): the watch's episodes and the closure, read from the projection and
 * steered through their workflows as Temporal Updates. Each mutation authorizes against the account's unit, checks
 * content with the domain's validators, lets the workflow's validator decide whether the step is allowed now, and
 * returns the account as the projection shows it afterwards.
 */
@Resolver()
export class ClosureResolver {
  @Authorized()
  @Query(() => [AccountType], {
    description:
      'Accounts of my municipality with an inactivity episode under way or being closed, that I may act on in that lifecycle; those waiting for me first.',
  })
  async closureCases(
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Account[]> {
    const actor = ctx.actor!;
    const accounts = await ctx.dataSource
      .getRepository(Account)
      .createQueryBuilder('a')
      .where('a.municipalityId = :municipalityId', { municipalityId: actor.municipalityId })
      .andWhere(
        `(a.status = 'CLOSING' or exists (select 1 from inactivity_episode e where e."accountId" = a.id and e.stage in (:...open)))`,
        { open: OPEN_INACTIVITY_STAGES },
      )
      .orderBy('a.updatedAt', 'DESC')
      .limit(CASE_LIMIT)
      .getMany();
    const loaders = closureLoaders(ctx);
    const relevant: Array<{ account: Account; waiting: boolean }> = [];
    for (const account of accounts) {
      const permissions: Permission[] = ['CLOSURE_DECIDE', 'CLOSURE_CONSULT', 'CLOSURE_CONFIRM_PLATFORM_REMOVAL', 'CLOSURE_DESTROY_CREDENTIALS'];
      if (!permissions.some((p) => actingRole(actor, p, scopeOf(account)))) continue;
      const [episode, closure] = await Promise.all([loaders.latestEpisode.load(account.id), loaders.closure.load(account.id)]);
      const actions = closureActionsFor(actor, account, episode, closure);
      relevant.push({ account, waiting: actions.some((a) => WAITING_ACTIONS.includes(a)) });
      ctx.loaders.account.prime(account.id, account);
    }
    // Ordered by who waits in memory, so the page is cut here from the (CASE_LIMIT) cases read.
    const ordered = [...relevant.filter((r) => r.waiting), ...relevant.filter((r) => !r.waiting)].map((r) => r.account);
    return pageOf(ordered, pageWindow(page, MAX_PAGE_SIZE));
  }

  @Authorized<Permission>('INACTIVITY_REPORT_ACTIVITY')
  @Mutation(() => AccountType, { description: 'An editor says the account is in use now; during a grace period this ends the episode.' })
  async reportAccountActivity(
    @Arg('accountId', () => ID) accountId: string,
    @TextArg('note', TEXT_LIMIT, { nullable: true }) note: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, 'INACTIVITY_REPORT_ACTIVITY');
    if (account.status !== 'ACTIVE') throw stepNotAllowed(`Bara ett aktivt konto bevakas (kontot är ${account.status}).`);
    if ((note?.length ?? 0) > 2_000) throw badUserInput([{ field: 'note', message: 'Texten får vara högst 2000 tecken.' }]);
    await inWorkflow(() => ctx.closure.reportActivity({ accountId: account.id, municipalityId: account.municipalityId }, note?.trim() || null, actingAs(ctx.actor!, role)));
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('CLOSURE_CONSULT')
  @Mutation(() => AccountType, { description: 'The communications unit’s opinion on closing an inactive account (samråd).' })
  async recordClosureOpinion(
    @Arg('accountId', () => ID) accountId: string,
    @TextArg('opinion', TEXT_LIMIT) opinion: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, 'CLOSURE_CONSULT');
    refuseInvalid(opinion?.trim() ? [] : [{ field: 'opinion', message: 'Kommunikationsenhetens yttrande måste anges.' }]);
    await inWorkflow(() => ctx.closure.recordOpinion(account.id, opinion.trim(), actingAs(ctx.actor!, role)));
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('CLOSURE_DECIDE')
  @Mutation(() => AccountType, {
    description: 'The unit manager keeps the inactive account (with a plan and a review date) or closes it, after the communications unit’s opinion.',
  })
  async decideOnInactiveAccount(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('input', () => ClosureDecisionInputType) input: ClosureDecisionInputType,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, 'CLOSURE_DECIDE');
    const reviewAt = input.reviewAt ? input.reviewAt.toISOString() : null;
    refuseInvalid(validateClosureDecision({ decision: input.decision, revivalPlan: input.revivalPlan, reviewAt }, new Date()));
    const keep = input.decision === 'KEEP';
    await inWorkflow(() =>
      ctx.closure.decide(
        account.id,
        { decision: input.decision, revivalPlan: keep ? input.revivalPlan!.trim() : null, reviewAt: keep ? reviewAt : null, comment: input.comment?.trim() || null },
        actingAs(ctx.actor!, role),
      ),
    );
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('CLOSURE_REQUEST')
  @Mutation(() => AccountType, { description: 'The unit manager closes the account for a changed purpose or because the activity ended (seed 004).' })
  async requestAccountClosure(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('input', () => AccountClosureRequestInput) input: AccountClosureRequestInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, 'CLOSURE_REQUEST');
    const errors: FieldError[] = [];
    if (!MANUAL_CLOSURE_REASONS.includes(input.reason)) errors.push({ field: 'reason', message: 'Välj varför kontot ska avslutas.' });
    if (!input.explanation?.trim()) errors.push({ field: 'explanation', message: 'Beskriv varför kontot ska avslutas.' });
    refuseInvalid(errors);
    if (account.status !== 'ACTIVE') throw stepNotAllowed(`Bara ett aktivt konto kan avslutas (kontot är ${account.status}).`);
    await inWorkflow(() =>
      ctx.closure.requestClosure({
        accountId: account.id,
        municipalityId: account.municipalityId,
        reason: input.reason,
        explanation: input.explanation.trim(),
        by: actingAs(ctx.actor!, role),
      }),
    );
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('CLOSURE_CONFIRM_PLATFORM_REMOVAL')
  @Mutation(() => AccountType, { description: 'The account was deleted or unpublished on the platform; the system also asks the platform.' })
  async confirmPlatformRemoval(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('input', () => PlatformRemovalInput) input: PlatformRemovalInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, 'CLOSURE_CONFIRM_PLATFORM_REMOVAL');
    refuseInvalid(validatePlatformRemovalEvidence(input));
    await inWorkflow(() =>
      ctx.closure.confirmPlatformRemoval(account.id, { url: input.url?.trim() || null, note: input.note.trim() }, actingAs(ctx.actor!, role)),
    );
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('CLOSURE_DESTROY_CREDENTIALS')
  @Mutation(() => AccountType, { description: 'The communications unit records that the deposited credentials were destroyed.' })
  async confirmCredentialsDestroyed(
    @Arg('accountId', () => ID) accountId: string,
    @TextArg('note', TEXT_LIMIT) note: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, 'CLOSURE_DESTROY_CREDENTIALS');
    refuseInvalid(note?.trim() ? (note.length > 2_000 ? [{ field: 'note', message: 'Texten får vara högst 2000 tecken.' }] : []) : [{ field: 'note', message: 'Beskriv hur inloggningsuppgifterna förstördes.' }]);
    await inWorkflow(() => ctx.closure.confirmCredentialsDestroyed(account.id, note.trim(), actingAs(ctx.actor!, role)));
    return reread(ctx, account.id);
  }
}

/** The closure lifecycle's fields on Account, declared here beside the lifecycle. */
@Resolver(() => AccountType)
export class ClosureAccountFieldsResolver {
  @FieldResolver(() => AccountActivityType, { nullable: true, description: 'What the activity watch last saw; null before it first looked.' })
  async activity(@Root() account: Account, @Ctx() ctx: ApiContext): Promise<AccountActivityType | null> {
    const seen = await closureLoaders(ctx).activity.load(account.id);
    if (!seen) return null;
    const last = [seen.lastPlatformActivityAt, seen.lastReportedActivityAt].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
    return { ...seen, lastActivityAt: last };
  }

  @FieldResolver(() => InactivityEpisodeType, { nullable: true, description: 'The latest inactivity episode, open or ended.' })
  async inactivity(@Root() account: Account, @Ctx() ctx: ApiContext): Promise<InactivityEpisodeType | null> {
    const episode = await closureLoaders(ctx).latestEpisode.load(account.id);
    if (!episode) return null;
    return { ...episode, stageLabel: inactivityStageLabel[episode.stage], open: isOpenEpisode(episode) };
  }

  @FieldResolver(() => AccountClosureType, { nullable: true })
  async closure(@Root() account: Account, @Ctx() ctx: ApiContext): Promise<AccountClosureType | null> {
    const c = await closureLoaders(ctx).closure.load(account.id);
    if (!c) return null;
    return {
      ...c,
      reasonLabel: closureReasonLabel[c.reason],
      stageLabel: closureStageLabel[c.stage],
      platformCheckLabel: c.platformCheck ? platformCheckLabel[c.platformCheck] : null,
      steps: [
        {
          key: 'FINAL_SNAPSHOT',
          label: closureStepLabel.FINAL_SNAPSHOT,
          doneAt: c.snapshotArchivedAt,
          doneByName: null,
          note: c.snapshotStatus === 'FAILED' ? 'Misslyckades; försöks igen.' : null,
        },
        {
          key: 'PLATFORM_REMOVED',
          label: closureStepLabel.PLATFORM_REMOVED,
          doneAt: c.platformRemovedAt,
          doneByName: c.platformRemovedByName,
          note: c.platformRemovalNote ? [c.platformRemovalNote, c.platformCheck ? platformCheckLabel[c.platformCheck] : null].filter(Boolean).join(' – ') : null,
        },
        {
          key: 'CREDENTIALS_DESTROYED',
          label: closureStepLabel.CREDENTIALS_DESTROYED,
          doneAt: c.credentialsDestroyedAt,
          doneByName: c.credentialsDestroyedByName,
          note: c.credentialsDeposited ? c.credentialsNote : 'Gäller inte: inga inloggningsuppgifter var deponerade för kontot.',
        },
        { key: 'REMOVED_FROM_REGISTER', label: closureStepLabel.REMOVED_FROM_REGISTER, doneAt: c.delistedAt, doneByName: null, note: null },
        { key: 'COMMUNICATIONS_NOTIFIED', label: closureStepLabel.COMMUNICATIONS_NOTIFIED, doneAt: c.communicationsNotifiedAt, doneByName: null, note: null },
      ],
    };
  }

  @FieldResolver(() => [String], {
    description:
      'The closure lifecycle’s mutations the signed-in user may take now: reportAccountActivity, recordClosureOpinion, decideOnInactiveAccount, requestAccountClosure, confirmPlatformRemoval, confirmCredentialsDestroyed.',
  })
  async closureActions(@Root() account: Account, @Ctx() ctx: ApiContext): Promise<string[]> {
    if (!ctx.actor) return [];
    const loaders = closureLoaders(ctx);
    const [episode, closure] = await Promise.all([loaders.latestEpisode.load(account.id), loaders.closure.load(account.id)]);
    return closureActionsFor(ctx.actor, account, episode, closure);
  }
}

async function authorized(ctx: ApiContext, accountId: string, permission: Permission): Promise<{ account: Account; role: Role }> {
  const account = await findVisibleAccount(ctx, accountId);
  if (!account) throw notFound('Kontot finns inte.');
  return { account, role: authorize(ctx.actor!, permission, scopeOf(account)) };
}

function actingAs(actor: Actor, role: Role): ActingAs {
  return { actorId: actor.userId, actorName: actor.name, role };
}

function refuseInvalid(errors: FieldError[]): void {
  if (errors.length > 0) throw badUserInput(errors);
}

/** The lifecycle refused: the step is not allowed now, and nothing changed. */
async function inWorkflow<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ClosureStepRefusedError) throw stepNotAllowed(error.message);
    throw error;
  }
}

/** The account as the workflows left it; this request's cached rows are stale after the step. */
async function reread(ctx: ApiContext, accountId: string): Promise<Account> {
  ctx.loaders.account.clear(accountId);
  ctx.loaders.history.clear(accountId);
  loadersByRequest.delete(ctx);
  const account = await ctx.loaders.account.load(accountId);
  if (!account) throw new Error(`the workflow reported account ${accountId} written, but the projection has no row`);
  return account;
}
