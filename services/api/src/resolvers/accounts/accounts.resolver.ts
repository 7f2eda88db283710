import {
  Account,
  AccountAdministrator,
  ActivityPlan,
  Administration,
  ApprovalStep,
  AuditEvent,
  ProvisioningItem,
  Unit,
  plainRows,
} from '@smg/db';
import { PLAN_CHECKLIST, auditActionLabel, provisioningItemLabel, type Permission } from '@smg/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { actingRole, awaitsDecisionBy, openingActionsFor } from '../../auth/authorization.js';
import type { ApiContext } from '../../context.js';
import { evidenceOf } from '../files/file.types.js';
import { AdministrationType, UnitType } from '../organisation/organisation.types.js';
import { AccountFilter } from './account-filter.input.js';
import { MAX_PAGE_SIZE, PageInput, pageOf, pageWindow } from '../pagination.js';
import {
  AccountAdministratorType,
  AccountPage,
  AccountType,
  ActivityPlanType,
  ApprovalStepType,
  AuditEventType,
  ChecklistAnswerType,
  ChecklistQuestionType,
  ProvisioningItemType,
} from './account.types.js';
import { openingStateOf, scopeOf } from './opening-state.js';
import { isId } from '../../validation.js';

const questionByKey = new Map<string, string>(PLAN_CHECKLIST.map((q) => [q.key, q.question]));

/** The account if it exists and the actor may read it; otherwise null (an account of another municipality does not exist for them). */
export async function findVisibleAccount(ctx: ApiContext, id: string): Promise<Account | null> {
  if (!ctx.actor || !isId(id)) return null;
  const account = await ctx.loaders.account.load(id);
  if (!account || !actingRole(ctx.actor, 'ACCOUNT_READ', scopeOf(account))) return null;
  return account;
}

@Resolver(() => AccountType)
export class AccountsResolver {
  @Authorized<Permission>('ACCOUNT_READ')
  @Query(() => AccountPage, { description: 'Accounts of my municipality, most recently changed first.' })
  async accounts(
    @Arg('filter', () => AccountFilter, { nullable: true }) filter: AccountFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: ApiContext,
  ): Promise<{ items: Account[]; total: number }> {
    const actor = ctx.actor!;
    const window = pageWindow(page);
    // Plain statements (no query builder): this is the most read list of the API (benchmark P1).
    const params: unknown[] = [actor.municipalityId];
    const where = ['"municipalityId" = $1'];
    const and = (condition: (parameter: string) => string, value: unknown) => where.push(condition(`$${params.push(value)}`));
    if (filter?.status?.length) and((p) => `status = any(${p})`, filter.status);
    if (filter?.unitId) and((p) => `"unitId" = ${p}`, filter.unitId);
    if (filter?.awaitingMyDecision) {
      // Who may take a pending step is decided by the one authorization function, not re-expressed in SQL; the
      // accounts in review of one municipality are few, so they are read and filtered here.
      const inReview = await plainRows(ctx.dataSource, Account).select(`where ${where.join(' and ')} and status = 'IN_REVIEW'`, params);
      const ids = inReview.filter((a) => awaitsDecisionBy(actor, a)).map((a) => a.id);
      if (ids.length === 0) return { items: [], total: 0 };
      and((p) => `id = any(${p})`, ids);
    }
    const matching = `from account where ${where.join(' and ')}`;
    // The page's ids come from an index-only scan of the list index (IDX_account_list_order) however deep the page
    // (selecting whole rows there made PostgreSQL sort every account of the municipality), and its rows are read by
    // primary key in the same statement: `id = any(array(…))` looks up just those ids, where a join to the ids made
    // PostgreSQL hash-join them against a scan of the whole table. The count runs beside it.
    const order = 'order by "updatedAt" desc, id asc';
    const [items, [{ total }]] = await Promise.all([
      plainRows(ctx.dataSource, Account).select(
        `where id = any(array(select id ${matching} ${order} offset $${params.length + 1} limit $${params.length + 2})) ${order}`,
        [...params, window.offset, window.limit],
      ),
      ctx.dataSource.query<{ total: number }[]>(`select count(*)::int as total ${matching}`, params),
    ]);
    for (const account of items) ctx.loaders.account.prime(account.id, account);
    return { items, total };
  }

  @Authorized()
  @Query(() => AccountType, { nullable: true, description: 'Null when the account does not exist or is not visible to me.' })
  async account(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Account | null> {
    return findVisibleAccount(ctx, id);
  }

  @Query(() => [ChecklistQuestionType], { description: 'The seed 001 §3.1 checklist every plan answers. Public.' })
  checklistQuestions(): ChecklistQuestionType[] {
    return PLAN_CHECKLIST.map((q) => ({ key: q.key, question: q.question }));
  }

  @FieldResolver(() => UnitType)
  async unit(@Root() account: Account, @Ctx() { loaders }: ApiContext): Promise<Unit> {
    return (await loaders.unit.load(account.unitId))!;
  }

  @FieldResolver(() => AdministrationType)
  async administration(@Root() account: Account, @Ctx() { loaders }: ApiContext): Promise<Administration> {
    return (await loaders.administration.load(account.administrationId))!;
  }

  @FieldResolver(() => ActivityPlanType, { nullable: true })
  async plan(@Root() account: Account, @Ctx() { loaders }: ApiContext): Promise<ActivityPlanType | null> {
    const plan: ActivityPlan | null = await loaders.currentPlan.load(account.id);
    if (!plan) return null;
    const checklist: ChecklistAnswerType[] = plan.checklist.map((a) => ({
      key: a.key,
      question: questionByKey.get(a.key) ?? a.key,
      answer: a.answer,
      comment: a.comment ?? null,
    }));
    return { ...plan, checklist };
  }

  @FieldResolver(() => [ApprovalStepType])
  async approvals(@Root() account: Account, @Ctx() { loaders }: ApiContext): Promise<ApprovalStep[]> {
    return loaders.currentApprovals.load(account.id);
  }

  @FieldResolver(() => [ProvisioningItemType])
  async provisioning(@Root() account: Account, @Ctx() { loaders }: ApiContext): Promise<ProvisioningItemType[]> {
    const items: ProvisioningItem[] = await loaders.provisioning.load(account.id);
    return items.map((item) => ({
      key: item.key,
      label: provisioningItemLabel[item.key],
      completedAt: item.completedAt,
      completedByName: item.completedByName,
      evidenceUrl: item.evidence?.url ?? null,
      evidenceNote: item.evidence?.note ?? null,
    }));
  }

  @FieldResolver(() => [AccountAdministratorType])
  async administrators(@Root() account: Account, @Ctx() { loaders }: ApiContext): Promise<AccountAdministrator[]> {
    return loaders.administrators.load(account.id);
  }

  @FieldResolver(() => [AuditEventType], { description: `Oldest first, at most ${MAX_PAGE_SIZE} events a page (the first page when none is asked for).` })
  async history(
    @Root() account: Account,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() { loaders }: ApiContext,
  ): Promise<AuditEventType[]> {
    // One statement for every account of a page (the loader); the window is cut per account from its events.
    const events: AuditEvent[] = pageOf(await loaders.history.load(account.id), pageWindow(page, MAX_PAGE_SIZE));
    return events.map((e) => ({
      ...e,
      label: auditActionLabel[e.action] ?? e.action,
      detail: typeof e.data?.detail === 'string' ? e.data.detail : null,
      evidence: evidenceOf(e.data),
    }));
  }

  @FieldResolver(() => [String])
  async myActions(@Root() account: Account, @Ctx() { actor, loaders }: ApiContext): Promise<string[]> {
    if (!actor) return [];
    const [approvals, provisioning] = await Promise.all([
      loaders.currentApprovals.load(account.id),
      loaders.provisioning.load(account.id),
    ]);
    return openingActionsFor(actor, scopeOf(account), openingStateOf(account, approvals, provisioning));
  }
}
