import {
  policyPresetByKey,
  sourcesForNewVersion,
  validatePolicyParameters,
  type FieldError,
  type PolicyParameters,
  type PolicySources,
} from '@smg/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from './entities/audit.js';
import { PolicyVersion } from './entities/policy.js';

/** The version in force for a municipality at a moment: the latest published one whose effective date has come. */
export async function policyInForce(em: EntityManager, municipalityId: string, at: Date = new Date()): Promise<PolicyVersion | null> {
  return em
    .getRepository(PolicyVersion)
    .createQueryBuilder('p')
    .where('p."municipalityId" = :municipalityId and p."effectiveFrom" <= :at', { municipalityId, at })
    .orderBy('p."effectiveFrom"', 'DESC')
    .addOrderBy('p.version', 'DESC')
    .getOne();
}

export class PolicyValidationError extends Error {
  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
}

export interface PublishPolicy {
  municipalityId: string;
  parameters: PolicyParameters;
  effectiveFrom: Date;
  changeNote: string;
  /** Start from a seed preset: its sources are used as they are. */
  presetKey?: string | null;
  publishedBy: { id: string; name: string; role: string };
  publishedAt?: Date;
}

/**
 * Publishes the next version (append-only; earlier versions are never changed). Refuses parameters that break a
 * rule of the policy model, naming each field.
 */
export async function publishPolicyVersion(dataSource: DataSource, input: PublishPolicy): Promise<PolicyVersion> {
  const errors = validatePolicyParameters(input.parameters);
  if (!input.changeNote.trim()) errors.push({ field: 'changeNote', message: 'Ange varför policyn ändras.' });
  const preset = input.presetKey ? policyPresetByKey(input.presetKey) : undefined;
  if (input.presetKey && !preset) errors.push({ field: 'presetKey', message: `Det finns ingen förinställning som heter ${input.presetKey}.` });
  if (errors.length > 0) throw new PolicyValidationError(errors);

  return dataSource.transaction(async (em) => {
    // One publisher at a time per municipality, so version numbers never collide.
    await em.query('select pg_advisory_xact_lock(hashtext($1))', [input.municipalityId]);
    const latest = await em.getRepository(PolicyVersion).findOne({
      where: { municipalityId: input.municipalityId },
      order: { version: 'DESC' },
    });
    const version = (latest?.version ?? 0) + 1;
    const sources: PolicySources =
      preset && JSON.stringify(preset.parameters) === JSON.stringify(input.parameters)
        ? { ...preset.sources }
        : sourcesForNewVersion(latest ?? (preset ? { parameters: preset.parameters, sources: preset.sources } : null), input.parameters, {
            version,
            note: input.changeNote.trim(),
          });
    const saved = await em.save(
      em.create(PolicyVersion, {
        municipalityId: input.municipalityId,
        version,
        effectiveFrom: input.effectiveFrom,
        presetKey: input.presetKey ?? null,
        parameters: input.parameters,
        sources,
        changeNote: input.changeNote.trim(),
        publishedAt: input.publishedAt ?? new Date(),
        publishedById: input.publishedBy.id,
        publishedByName: input.publishedBy.name,
      }),
    );
    await em.save(
      em.create(AuditEvent, {
        idempotencyKey: `policy/${input.municipalityId}#${version}`,
        municipalityId: input.municipalityId,
        accountId: null,
        actorId: input.publishedBy.id,
        actorName: input.publishedBy.name,
        actorRole: input.publishedBy.role,
        occurredAt: saved.publishedAt,
        action: 'POLICY_PUBLISHED',
        reason: saved.changeNote,
        data: { version, effectiveFrom: saved.effectiveFrom.toISOString(), presetKey: saved.presetKey },
      }),
    );
    return saved;
  });
}
