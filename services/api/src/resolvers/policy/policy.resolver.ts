import { PolicyValidationError, PolicyVersion, policyInForce, publishPolicyVersion } from '@smg/db';
import { POLICY_PRESETS, policyParameterLabel, type Permission, type PolicyParameters, type PolicySources } from '@smg/domain';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { authorize } from '../../auth/authorization.js';
import type { ApiContext } from '../../context.js';
import { badUserInput, notFound } from '../../errors.js';
import { MAX_PAGE_SIZE, PageInput, pageWindow } from '../pagination.js';
import { PolicyPresetType, PolicyType, type PolicySourceType } from './policy.types.js';
import { PublishPolicyInput, parametersOf } from './publish-policy.input.js';

function sourcesOf(sources: PolicySources): PolicySourceType[] {
  return (Object.keys(sources) as Array<keyof PolicyParameters>).map((parameter) => ({
    parameter,
    label: policyParameterLabel[parameter],
    source: sources[parameter],
  }));
}

function policyOf(version: PolicyVersion, inForceId: string | null): PolicyType {
  return {
    id: version.id,
    version: version.version,
    effectiveFrom: version.effectiveFrom,
    presetKey: version.presetKey,
    changeNote: version.changeNote,
    publishedAt: version.publishedAt,
    publishedByName: version.publishedByName,
    parameters: version.parameters,
    sources: sourcesOf(version.sources),
    inForce: version.id === inForceId,
  };
}

/** The whole municipality is the scope of its policy. */
const municipalityScope = (ctx: ApiContext) => ({ municipalityId: ctx.actor!.municipalityId, administrationId: '', unitId: '' });

/**
 * The municipality's rules as versioned data (issue "Policy as data"). Versions are read-only; the communications
 * unit publishes a new one, which applies to lifecycles started from its effective date on.
 */
@Resolver()
export class PolicyResolver {
  @Authorized<Permission>('POLICY_READ')
  @Query(() => PolicyType, { description: 'The version in force now for my municipality.' })
  async policyInForce(@Ctx() ctx: ApiContext): Promise<PolicyType> {
    authorize(ctx.actor!, 'POLICY_READ', municipalityScope(ctx));
    const current = await policyInForce(ctx.dataSource.manager, ctx.actor!.municipalityId);
    if (!current) throw notFound('Kommunen har ingen policy i kraft.');
    return policyOf(current, current.id);
  }

  @Authorized<Permission>('POLICY_READ')
  @Query(() => [PolicyType], { description: 'Every version of my municipality’s policy, newest first.' })
  async policyVersions(
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: ApiContext,
  ): Promise<PolicyType[]> {
    authorize(ctx.actor!, 'POLICY_READ', municipalityScope(ctx));
    const municipalityId = ctx.actor!.municipalityId;
    const { offset, limit } = pageWindow(page, MAX_PAGE_SIZE);
    const [versions, current] = await Promise.all([
      ctx.dataSource.getRepository(PolicyVersion).find({ where: { municipalityId }, order: { version: 'DESC' }, skip: offset, take: limit }),
      policyInForce(ctx.dataSource.manager, municipalityId),
    ]);
    return versions.map((v) => policyOf(v, current?.id ?? null));
  }

  @Authorized<Permission>('POLICY_READ')
  @Query(() => [PolicyPresetType], { description: 'The five seed municipalities’ rules, each value with its seed section.' })
  policyPresets(@Ctx() ctx: ApiContext): PolicyPresetType[] {
    authorize(ctx.actor!, 'POLICY_READ', municipalityScope(ctx));
    return POLICY_PRESETS.map((p) => ({
      key: p.key,
      municipalityName: p.municipalityName,
      seedFile: p.seedFile,
      parameters: p.parameters,
      sources: sourcesOf(p.sources),
    }));
  }

  @Authorized<Permission>('POLICY_PUBLISH')
  @Mutation(() => PolicyType, { description: 'Publishes a new version; earlier versions and running lifecycles are not changed.' })
  async publishPolicyVersion(
    @Arg('input', () => PublishPolicyInput) input: PublishPolicyInput,
    @Ctx() ctx: ApiContext,
  ): Promise<PolicyType> {
    const actor = ctx.actor!;
    const role = authorize(actor, 'POLICY_PUBLISH', municipalityScope(ctx));
    try {
      const published = await publishPolicyVersion(ctx.dataSource, {
        municipalityId: actor.municipalityId,
        parameters: parametersOf(input.parameters),
        effectiveFrom: input.effectiveFrom,
        changeNote: input.changeNote,
        presetKey: input.presetKey,
        publishedBy: { id: actor.userId, name: actor.name, role },
      });
      const current = await policyInForce(ctx.dataSource.manager, actor.municipalityId);
      return policyOf(published, current?.id ?? null);
    } catch (error) {
      if (error instanceof PolicyValidationError) {
        throw badUserInput(error.fieldErrors.map((e) => ({ ...e, field: e.field === 'changeNote' || e.field === 'presetKey' ? e.field : `parameters.${e.field}` })));
      }
      throw error;
    }
  }
}

