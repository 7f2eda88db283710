import type { Account, ApprovalStep, ProvisioningItem } from '@smg/db';
import type { OpeningState, OrganisationScope, Signature } from '@smg/domain';

/** Where the account belongs, as the authorization function wants it. */
export function scopeOf(account: Account): OrganisationScope {
  return { municipalityId: account.municipalityId, administrationId: account.administrationId, unitId: account.unitId };
}

/**
 * The lifecycle state as the projection shows it, so `myActions` can ask the same refusal function the workflow's
 * validators use. Only what that function reads is filled in.
 */
export function openingStateOf(account: Account, approvals: ApprovalStep[], provisioning: ProvisioningItem[]): OpeningState {
  const signature = (id: string | null, name: string | null, role: string | null, at: Date | null): Signature | null =>
    at ? ({ actorId: id ?? '', actorName: name ?? '', role: (role ?? 'SYSTEM') as Signature['role'], at: at.toISOString() }) : null;
  return {
    accountId: account.id,
    municipalityId: account.municipalityId,
    administrationId: account.administrationId,
    unitId: account.unitId,
    platform: account.platform,
    status: account.status,
    planRevision: account.planRevision,
    lastReason: account.lastReason,
    approvals: approvals.map((s) => ({
      kind: s.kind,
      outcome: s.outcome,
      reason: s.reason,
      decidedBy: signature(s.decidedById, s.decidedByName, s.decidedRole, s.decidedAt),
    })),
    provisioning: provisioning.map((i) => ({
      key: i.key,
      evidence: i.evidence,
      completedBy: signature(i.completedById, i.completedByName, null, i.completedAt),
    })),
  };
}
