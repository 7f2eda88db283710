import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPENING_RULES,
  POLICY_PRESETS,
  applyOpeningCommand,
  openingRulesFrom,
  provisioningItemRefusalFor,
  missingProvisioningItems,
  openingCommandRefusal,
  pendingApprovalStep,
  requiredProvisioningItems,
  validateProvisioningEvidence,
  type OpeningCommand,
  type OpeningState,
  type Signature,
} from '../src/index.js';
import { opening } from './fixtures.js';

const by = (role: Signature['role']): Signature => ({ actorId: 'u', actorName: 'N', role, at: '2026-11-23T09:00:00Z' });
const run = (state: OpeningState, ...commands: Array<[OpeningCommand, Signature['role']]>) =>
  commands.reduce((s, [command, role]) => applyOpeningCommand(s, command, by(role), DEFAULT_OPENING_RULES), state);

const approvedToProvisioning = (platform: OpeningState['platform'] = 'INSTAGRAM') =>
  run(
    opening(platform),
    [{ type: 'SUBMIT_PLAN' }, 'EDITOR'],
    [{ type: 'RECORD_CONSULTATION', opinion: 'Lämplig kanal.' }, 'COMMUNICATIONS'],
    [{ type: 'DECIDE', step: 'UNIT_MANAGER', decision: 'APPROVE' }, 'UNIT_MANAGER'],
    [{ type: 'DECIDE', step: 'HEAD_OF_ADMINISTRATION', decision: 'APPROVE' }, 'HEAD_OF_ADMINISTRATION'],
    [{ type: 'START_PROVISIONING' }, 'SYSTEM'],
  );

describe('account opening rules (DOMAIN.md "1. Opening")', () => {
  it('goes DRAFT → IN_REVIEW → APPROVED → PROVISIONING → ACTIVE through the chain in order', () => {
    let state = run(opening(), [{ type: 'SUBMIT_PLAN' }, 'EDITOR']);
    expect(state.status).toBe('IN_REVIEW');
    expect(pendingApprovalStep(state)?.kind).toBe('CONSULTATION');
    state = run(state, [{ type: 'RECORD_CONSULTATION', opinion: 'ok' }, 'COMMUNICATIONS']);
    expect(pendingApprovalStep(state)?.kind).toBe('UNIT_MANAGER');
    state = run(state, [{ type: 'DECIDE', step: 'UNIT_MANAGER', decision: 'APPROVE' }, 'UNIT_MANAGER']);
    state = run(state, [{ type: 'DECIDE', step: 'HEAD_OF_ADMINISTRATION', decision: 'APPROVE' }, 'HEAD_OF_ADMINISTRATION']);
    expect(state.status).toBe('APPROVED');
    state = run(state, [{ type: 'START_PROVISIONING' }, 'SYSTEM']);
    expect(state.status).toBe('PROVISIONING');
    for (const key of missingProvisioningItems(state)) {
      state = run(state, [{ type: 'COMPLETE_PROVISIONING_ITEM', key, evidence: {} }, 'EDITOR']);
    }
    expect(state.status).toBe('ACTIVE');
  });

  it('refuses steps out of turn and twice, with a reason, without changing state', () => {
    const inReview = run(opening(), [{ type: 'SUBMIT_PLAN' }, 'EDITOR']);
    expect(openingCommandRefusal(inReview, { type: 'DECIDE', step: 'UNIT_MANAGER', decision: 'APPROVE' })).toMatch(/tur/);
    const afterManager = run(
      inReview,
      [{ type: 'RECORD_CONSULTATION', opinion: 'ok' }, 'COMMUNICATIONS'],
      [{ type: 'DECIDE', step: 'UNIT_MANAGER', decision: 'APPROVE' }, 'UNIT_MANAGER'],
    );
    expect(openingCommandRefusal(afterManager, { type: 'DECIDE', step: 'UNIT_MANAGER', decision: 'APPROVE' })).toMatch(/redan beslutat/);
    expect(() => applyOpeningCommand(afterManager, { type: 'SUBMIT_PLAN' }, by('EDITOR'), DEFAULT_OPENING_RULES)).toThrow(/utkast/);
    expect(openingCommandRefusal(inReview, { type: 'COMPLETE_PROVISIONING_ITEM', key: 'LOGO_APPLIED', evidence: {} })).toMatch(/Upprättandet/);
  });

  it('reject and send back require a reason; send back returns the plan to the applicant as a draft', () => {
    const ready = run(opening(), [{ type: 'SUBMIT_PLAN' }, 'EDITOR'], [{ type: 'RECORD_CONSULTATION', opinion: 'ok' }, 'COMMUNICATIONS']);
    expect(openingCommandRefusal(ready, { type: 'DECIDE', step: 'UNIT_MANAGER', decision: 'REJECT' })).toMatch(/skäl/);
    const sentBack = run(ready, [{ type: 'DECIDE', step: 'UNIT_MANAGER', decision: 'SEND_BACK', reason: 'Ange mätbara mål.' }, 'UNIT_MANAGER']);
    expect(sentBack).toMatchObject({ status: 'DRAFT', lastReason: 'Ange mätbara mål.' });
    const resubmitted = run(sentBack, [{ type: 'SUBMIT_PLAN' }, 'EDITOR']);
    expect(resubmitted.planRevision).toBe(2);
    expect(resubmitted.approvals.every((s) => s.outcome === 'PENDING')).toBe(true);
    const rejected = run(ready, [{ type: 'DECIDE', step: 'UNIT_MANAGER', decision: 'REJECT', reason: 'Centrala kanalen räcker.' }, 'UNIT_MANAGER']);
    expect(rejected.status).toBe('REJECTED');
    expect(openingCommandRefusal(rejected, { type: 'WITHDRAW', reason: 'x' })).not.toBeNull();
  });

  it('seed 001 §3: Facebook credentials are not deposited; other platforms must deposit them', () => {
    expect(requiredProvisioningItems('FACEBOOK')).not.toContain('CREDENTIALS_DEPOSITED');
    expect(requiredProvisioningItems('INSTAGRAM')).toContain('CREDENTIALS_DEPOSITED');
    expect(missingProvisioningItems(approvedToProvisioning('FACEBOOK'))).not.toContain('CREDENTIALS_DEPOSITED');
  });

  it('activation needs two administrators each with two-factor authentication confirmed', () => {
    const rules = { platform: 'INSTAGRAM' as const, minAdministrators: 2, twoFactorRequired: true, personalEmails: [] };
    const errors = validateProvisioningEvidence(
      'ADMINISTRATORS_TWO_FACTOR',
      { administrators: [{ name: 'A', email: 'a@k.se', twoFactorConfirmed: true }, { name: 'B', email: 'b@k.se', twoFactorConfirmed: false }] },
      rules,
    );
    expect(errors.map((e) => e.field)).toEqual(['administrators.1.twoFactorConfirmed']);
    expect(validateProvisioningEvidence('ACCOUNT_CREATED', { url: 'inte en länk' }, rules).map((e) => e.field)).toEqual(['url']);
    expect(
      validateProvisioningEvidence('FUNCTIONAL_EMAIL', { functionalEmail: 'a@k.se' }, { ...rules, personalEmails: ['A@k.se'] }).map((e) => e.field),
    ).toEqual(['functionalEmail']);
  });
});

describe('opening rules taken from a policy preset', () => {
  const preset = (key: string) => POLICY_PRESETS.find((p) => p.key === key)!;
  const rulesOf = (key: string) => openingRulesFrom(preset(key).parameters, { platformAlreadyInUse: true });

  it('seed 004 "Central samordning": Norberg deposits the credentials of every account, Facebook included', () => {
    const rules = rulesOf('norberg');
    let next = applyOpeningCommand(opening('FACEBOOK'), { type: 'SUBMIT_PLAN' }, by('EDITOR'), rules);
    for (const kind of rules.approvalChain) {
      const command: OpeningCommand =
        kind === 'CONSULTATION' ? { type: 'RECORD_CONSULTATION', opinion: 'ok' } : { type: 'DECIDE', step: kind, decision: 'APPROVE' };
      next = applyOpeningCommand(next, command, by(kind === 'CONSULTATION' ? 'COMMUNICATIONS' : kind), rules);
    }
    next = applyOpeningCommand(next, { type: 'START_PROVISIONING' }, by('SYSTEM'), rules);
    expect(missingProvisioningItems(next)).toContain('CREDENTIALS_DEPOSITED');
  });

  it('seed 002 §5: where accounts are created centrally only the communications unit confirms the account exists', () => {
    expect(provisioningItemRefusalFor('ACCOUNT_CREATED', 'EDITOR', rulesOf('lekeberg'))).toMatch(/centralt/);
    expect(provisioningItemRefusalFor('ACCOUNT_CREATED', 'COMMUNICATIONS', rulesOf('lekeberg'))).toBeNull();
    expect(provisioningItemRefusalFor('ACCOUNT_CREATED', 'EDITOR', rulesOf('torsby'))).toBeNull();
  });
});
