import { randomUUID } from 'node:crypto';
import { Account, User } from '@smg/db';
import {
  accountBusyRefusal,
  provisioningItemRefusalFor,
  validateActivityPlan,
  validateProvisioningEvidence,
  type Actor,
  type Decision as DecisionValue,
  type FieldError,
  type OpeningRules,
  type Permission,
  type ProvisioningItemKey as ProvisioningItemKeyValue,
  type Role,
} from '@smg/domain';
import { StepNotAllowedError, type ActingAs } from '@smg/workflows/client';
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { OPENING_ACTIONS, authorize } from '../../auth/authorization.js';
import type { ApiContext } from '../../context.js';
import { badUserInput, forbidden, notFound, stepNotAllowed } from '../../errors.js';
import { findVisibleAccount } from '../accounts/accounts.resolver.js';
import { AccountType } from '../accounts/account.types.js';
import { scopeOf } from '../accounts/opening-state.js';
import { Decision, ProvisioningItemKey } from '../enums.js';
import { ActivityPlanInput, planContentOf } from './activity-plan.input.js';
import { policyForNewOpening, rulesOfAccount } from './opening-rules.js';
import { ProvisioningEvidenceInput, evidenceOf } from './provisioning-evidence.input.js';
import { TextArg, TEXT_LIMIT } from '../../validation.js';

/**
 * One mutation per step of the opening lifecycle. Each: authorizes against the account's unit/administration,
 * checks the content with the domain's validators, sends the step to the workflow as a Temporal Update (whose
 * validator decides whether the lifecycle allows it now), and returns the account as the projection shows it
 * after the workflow has written it. The API itself writes nothing.
 */
@Resolver()
export class OpeningResolver {
  @Authorized<Permission>('OPENING_APPLY')
  @Mutation(() => AccountType, { description: 'Creates the account as a draft and starts its opening workflow.' })
  async applyForAccount(@Arg('input', () => ActivityPlanInput) input: ActivityPlanInput, @Ctx() ctx: ApiContext): Promise<Account> {
    const actor = ctx.actor!;
    const unit = await ctx.loaders.unit.load(input.unitId);
    if (!unit || unit.municipalityId !== actor.municipalityId) {
      throw badUserInput([{ field: 'unitId', message: 'Verksamheten finns inte i din kommun.' }]);
    }
    const target = { municipalityId: unit.municipalityId, administrationId: unit.administrationId, unitId: unit.id };
    const role = authorize(actor, 'OPENING_APPLY', target);
    const plan = planContentOf(input);
    const { rules, policyVersionId } = await policyForNewOpening(ctx, unit.municipalityId, plan.platform);
    await refuseInvalid(validateActivityPlan(plan, await planRules(ctx.dataSource, rules, [plan.functionalEmail])));

    const accountId = randomUUID();
    await inWorkflow(() =>
      ctx.opening.apply({ accountId, ...target, scope: input.scope, plan, by: actingAs(actor, role), rules, policyVersionId }),
    );
    return reread(ctx, accountId);
  }

  @Authorized<Permission>('OPENING_APPLY')
  @Mutation(() => AccountType, { description: 'Replaces the draft plan (only while the account is a draft).' })
  async savePlan(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('input', () => ActivityPlanInput) input: ActivityPlanInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, OPENING_ACTIONS.savePlan.permission);
    const plan = planContentOf(input);
    const errors = validateActivityPlan(plan, await planRules(ctx.dataSource, await rulesOfAccount(ctx, account), [plan.functionalEmail]));
    if (plan.platform !== account.platform) errors.unshift({ field: 'platform', message: 'Plattformen kan inte bytas i en pågående ansökan.' });
    // The workflow, its id and search attributes are bound to the unit; moving an application means a new one.
    if (input.unitId !== account.unitId) errors.unshift({ field: 'unitId', message: 'Verksamheten kan inte bytas i en pågående ansökan.' });
    if (input.scope !== account.scope) errors.unshift({ field: 'scope', message: 'Kanalens omfattning kan inte bytas i en pågående ansökan.' });
    await refuseInvalid(errors);
    await inWorkflow(() => ctx.opening.savePlan(account.id, plan, actingAs(ctx.actor!, role)));
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('OPENING_APPLY')
  @Mutation(() => AccountType, { description: 'Sends the draft for consultation and approval.' })
  async submitPlan(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: ApiContext): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, OPENING_ACTIONS.submitPlan.permission);
    await inWorkflow(() => ctx.opening.submitPlan(account.id, actingAs(ctx.actor!, role)));
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('OPENING_CONSULT')
  @Mutation(() => AccountType, { description: 'The communications unit records its opinion (samråd).' })
  async recordConsultation(
    @Arg('accountId', () => ID) accountId: string,
    @TextArg('opinion', TEXT_LIMIT) opinion: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, OPENING_ACTIONS.recordConsultation.permission);
    await refuseInvalid(requiredText('opinion', opinion, 'Kommunikationsenhetens synpunkter måste anges.'));
    await inWorkflow(() => ctx.opening.recordConsultation(account.id, opinion.trim(), actingAs(ctx.actor!, role)));
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('OPENING_DECIDE_AS_UNIT_MANAGER')
  @Mutation(() => AccountType, { description: 'The unit manager of the account’s unit approves, rejects or sends back.' })
  async decideAsUnitManager(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('decision', () => Decision) decision: DecisionValue,
    @TextArg('reason', TEXT_LIMIT, { nullable: true }) reason: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, OPENING_ACTIONS.decideAsUnitManager.permission);
    await refuseInvalid(reasonErrors(decision, reason));
    await inWorkflow(() => ctx.opening.decide(account.id, 'UNIT_MANAGER', decision, reason?.trim() || null, actingAs(ctx.actor!, role)));
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('OPENING_DECIDE_AS_HEAD_OF_ADMINISTRATION')
  @Mutation(() => AccountType, { description: 'The head of the account’s administration approves, rejects or sends back.' })
  async decideAsHeadOfAdministration(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('decision', () => Decision) decision: DecisionValue,
    @TextArg('reason', TEXT_LIMIT, { nullable: true }) reason: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, OPENING_ACTIONS.decideAsHeadOfAdministration.permission);
    await refuseInvalid(reasonErrors(decision, reason));
    await inWorkflow(() =>
      ctx.opening.decide(account.id, 'HEAD_OF_ADMINISTRATION', decision, reason?.trim() || null, actingAs(ctx.actor!, role)),
    );
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('OPENING_PROVISION')
  @Mutation(() => AccountType, { description: 'Ticks one item of the provisioning checklist; the last one activates the account.' })
  async completeProvisioningItem(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('key', () => ProvisioningItemKey) key: ProvisioningItemKeyValue,
    @Arg('evidence', () => ProvisioningEvidenceInput) evidenceInput: ProvisioningEvidenceInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, OPENING_ACTIONS.completeProvisioningItem.permission);
    const rules = await rulesOfAccount(ctx, account);
    const refusal = provisioningItemRefusalFor(key, role, rules);
    if (refusal) throw forbidden(refusal);
    const evidence = evidenceOf(evidenceInput);
    const personalEmails = await personalEmailsAmong(ctx.dataSource, [evidence.functionalEmail]);
    await refuseInvalid(
      validateProvisioningEvidence(key, evidence, {
        platform: account.platform,
        minAdministrators: rules.minAdministrators,
        twoFactorRequired: rules.twoFactorRequired,
        personalEmails,
      }),
    );
    await inWorkflow(() => ctx.opening.completeProvisioningItem(account.id, key, evidence, actingAs(ctx.actor!, role)));
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('OPENING_WITHDRAW')
  @Mutation(() => AccountType, { description: 'The applicant withdraws the request, with a reason.' })
  async withdraw(
    @Arg('accountId', () => ID) accountId: string,
    @TextArg('reason', TEXT_LIMIT) reason: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorized(ctx, accountId, OPENING_ACTIONS.withdraw.permission);
    await refuseInvalid(requiredText('reason', reason, 'Ett skäl måste anges.'));
    await inWorkflow(() => ctx.opening.withdraw(account.id, reason.trim(), actingAs(ctx.actor!, role)));
    return reread(ctx, account.id);
  }
}

async function authorized(ctx: ApiContext, accountId: string, permission: Permission): Promise<{ account: Account; role: Role }> {
  const account = await findVisibleAccount(ctx, accountId);
  if (!account) throw notFound('Kontot finns inte.');
  const role = authorize(ctx.actor!, permission, scopeOf(account));
  // While the account is being handed over, the handover is its only lifecycle.
  const busy = accountBusyRefusal(account.status);
  if (busy) throw stepNotAllowed(busy);
  return { account, role };
}

export function actingAs(actor: Actor, role: Role): ActingAs {
  return { actorId: actor.userId, actorName: actor.name, role };
}

export async function refuseInvalid(errors: FieldError[]): Promise<void> {
  if (errors.length > 0) throw badUserInput(errors);
}

export function requiredText(field: string, value: string | null | undefined, message: string): FieldError[] {
  return value?.trim() ? [] : [{ field, message }];
}

function reasonErrors(decision: DecisionValue, reason: string | null): FieldError[] {
  return decision === 'APPROVE' ? [] : requiredText('reason', reason, 'Ett skäl måste anges när planen avslås eller skickas tillbaka.');
}

/**
 * People's own addresses among the given ones. Only the candidates are looked up (not every user's address), which
 * is all the validators need to refuse a personal address as the account's functional e-mail.
 */
async function personalEmailsAmong(dataSource: DataSource, candidates: Array<string | null | undefined>): Promise<string[]> {
  const emails = candidates.map((e) => e?.trim().toLowerCase()).filter((e): e is string => !!e);
  if (emails.length === 0) return [];
  const rows = await dataSource
    .getRepository(User)
    .createQueryBuilder('u')
    .select('lower(u.email)', 'email')
    .where('lower(u.email) IN (:...emails)', { emails })
    .getRawMany<{ email: string }>();
  return rows.map((r) => r.email);
}

async function planRules(dataSource: DataSource, rules: Pick<OpeningRules, 'minAdministrators'>, candidates: string[]) {
  return { minAdministrators: rules.minAdministrators, personalEmails: await personalEmailsAmong(dataSource, candidates) };
}

/** The workflow's validator refused: the lifecycle does not allow this step now, and nothing changed. */
export async function inWorkflow<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof StepNotAllowedError) throw stepNotAllowed(error.message);
    throw error;
  }
}

/** The account as the workflow left it; cached rows of this request are stale after the step. */
export async function reread(ctx: ApiContext, accountId: string): Promise<Account> {
  const { loaders } = ctx;
  for (const loader of [loaders.account, loaders.currentPlan, loaders.currentApprovals, loaders.provisioning, loaders.administrators, loaders.history]) {
    loader.clear(accountId);
  }
  const account = await loaders.account.load(accountId);
  if (!account) throw new Error(`the workflow reported account ${accountId} written, but the projection has no row`);
  return account;
}

