import { Account, PolicyVersion, policyInForce } from '@smg/db';
import { DEFAULT_OPENING_RULES, openingRulesFrom, type OpeningRules, type Platform } from '@smg/domain';
import type { ApiContext } from '../../context.js';

/** What an opening runs on: the rules and the policy version they come from. */
export interface OpeningPolicy {
  rules: OpeningRules;
  policyVersionId: string | null;
}

/**
 * The rules for an opening starting now: the municipality's policy version in force, with the communications unit
 * consulted first when the municipality is not yet on the platform and the policy asks for that (seed 000).
 */
export async function policyForNewOpening(ctx: ApiContext, municipalityId: string, platform: Platform): Promise<OpeningPolicy> {
  const policy = await policyInForce(ctx.dataSource.manager, municipalityId);
  if (!policy) return { rules: DEFAULT_OPENING_RULES, policyVersionId: null };
  const platformAlreadyInUse = await ctx.dataSource.getRepository(Account).existsBy({ municipalityId, platform, status: 'ACTIVE' });
  return { rules: openingRulesFrom(policy.parameters, { platformAlreadyInUse }), policyVersionId: policy.id };
}

/**
 * The rules of the policy version an account's opening started under, for checking the content of its later
 * steps. Publishing a new version never changes them.
 */
export async function rulesOfAccount(ctx: ApiContext, account: Account): Promise<Pick<OpeningRules, 'minAdministrators' | 'twoFactorRequired' | 'accountCreator'>> {
  if (!account.policyVersionId) return DEFAULT_OPENING_RULES;
  const { parameters } = await ctx.dataSource.getRepository(PolicyVersion).findOneByOrFail({ id: account.policyVersionId });
  return parameters;
}
