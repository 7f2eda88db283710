import { describe, expect, it } from 'vitest';
import {
  applyClosureCommand,
  applyInactivityCommand,
  can,
  closureCommandRefusal,
  graceEndsAt,
  inactiveFrom,
  inactivityCommandRefusal,
  initialClosureState,
  isRevival,
  validateClosureDecision,
  validatePlatformRemovalEvidence,
  type InactivityEpisodeState,
  type Signature,
} from '../src/index.js';
import { actor, scope } from './fixtures.js';

const at = '2027-03-01T09:00:00.000Z';
const manager: Signature = { actorId: 'u-manager', actorName: 'Ulf Enhetschef', role: 'UNIT_MANAGER', at };
const communications: Signature = { actorId: 'u-comm', actorName: 'Klara Kommunikatör', role: 'COMMUNICATIONS', at };

const episode = (stage: InactivityEpisodeState['stage']): InactivityEpisodeState => ({
  episodeId: 'e1',
  number: 1,
  stage,
  warnedAt: '2027-01-01T09:00:00.000Z',
  lastActivityAt: '2026-10-01T09:00:00.000Z',
  graceEndsAt: '2027-01-31T09:00:00.000Z',
  decisionDueAt: null,
  escalatedAt: null,
  opinion: null,
  decision: null,
  revivedAt: null,
});

describe('inactivity episodes (seed 003 "Avsluta ett konto", seed 004 "Stänga ned ett konto")', () => {
  it('counts days from the last activity to the threshold and from the warning to the end of the grace period', () => {
    expect(inactiveFrom(new Date('2026-10-01T09:00:00Z'), 90).toISOString()).toBe('2026-12-30T09:00:00.000Z');
    expect(graceEndsAt(new Date('2027-01-01T09:00:00Z'), 30).toISOString()).toBe('2027-01-31T09:00:00.000Z');
  });

  it('activity after the warning revives the account; activity from before it does not', () => {
    expect(isRevival(episode('WARNED'), new Date('2027-01-02T00:00:00Z'))).toBe(true);
    expect(isRevival(episode('WARNED'), new Date('2026-12-31T00:00:00Z'))).toBe(false);
    expect(isRevival(episode('WARNED'), null)).toBe(false);
  });

  it('the communications unit gives its opinion only after the grace period, and once', () => {
    expect(inactivityCommandRefusal(null, { type: 'RECORD_OPINION', opinion: 'x' })).toBe('Kontot har inget pågående ärende om inaktivitet.');
    expect(inactivityCommandRefusal(episode('WARNED'), { type: 'RECORD_OPINION', opinion: 'x' })).toMatch(/Fristen/);
    expect(inactivityCommandRefusal(episode('AWAITING_OPINION'), { type: 'RECORD_OPINION', opinion: '  ' })).toMatch(/måste anges/);
    expect(inactivityCommandRefusal(episode('AWAITING_OPINION'), { type: 'RECORD_OPINION', opinion: 'Stäng.' })).toBeNull();
    expect(inactivityCommandRefusal(episode('AWAITING_DECISION'), { type: 'RECORD_OPINION', opinion: 'x' })).toMatch(/redan yttrat/);
  });

  it('the unit manager decides only after the communications unit has given its opinion', () => {
    expect(inactivityCommandRefusal(episode('AWAITING_OPINION'), { type: 'DECIDE', decision: 'CLOSE' })).toMatch(/inte yttrat sig/);
    const consulted = applyInactivityCommand(episode('AWAITING_OPINION'), { type: 'RECORD_OPINION', opinion: ' Kanalen behövs inte. ' }, communications);
    expect(consulted.stage).toBe('AWAITING_DECISION');
    expect(consulted.opinion).toEqual({ text: 'Kanalen behövs inte.', by: communications });
    const closed = applyInactivityCommand(consulted, { type: 'DECIDE', decision: 'CLOSE', comment: 'Enligt samrådet.' }, manager);
    expect(closed.stage).toBe('CLOSE_DECIDED');
    expect(closed.decision).toMatchObject({ decision: 'CLOSE', revivalPlan: null, reviewAt: null, comment: 'Enligt samrådet.' });
    expect(() => applyInactivityCommand(closed, { type: 'DECIDE', decision: 'KEEP' }, manager)).toThrow('Kontot har inget pågående ärende om inaktivitet.');
  });

  it('keeping an account needs a short plan and a review date ahead, at most a year away', () => {
    const now = new Date(at);
    expect(validateClosureDecision({ decision: 'CLOSE' }, now)).toEqual([]);
    expect(validateClosureDecision({ decision: 'KEEP', revivalPlan: ' ', reviewAt: null }, now).map((e) => e.field)).toEqual(['revivalPlan', 'reviewAt']);
    expect(validateClosureDecision({ decision: 'KEEP', revivalPlan: 'Två inlägg i veckan.', reviewAt: '2027-02-01T00:00:00Z' }, now)).toEqual([
      { field: 'reviewAt', message: 'Datumet för uppföljning måste ligga fram i tiden.' },
    ]);
    expect(validateClosureDecision({ decision: 'KEEP', revivalPlan: 'Två inlägg i veckan.', reviewAt: '2028-06-01T00:00:00Z' }, now)[0].field).toBe('reviewAt');
    expect(validateClosureDecision({ decision: 'KEEP', revivalPlan: 'Två inlägg i veckan.', reviewAt: '2027-06-01T00:00:00Z' }, now)).toEqual([]);
    const kept = applyInactivityCommand(
      { ...episode('AWAITING_DECISION'), opinion: { text: 'Ge det en chans.', by: communications } },
      { type: 'DECIDE', decision: 'KEEP', revivalPlan: 'Två inlägg i veckan.', reviewAt: '2027-06-01T00:00:00Z' },
      manager,
    );
    expect(kept.decision).toMatchObject({ decision: 'KEEP', revivalPlan: 'Två inlägg i veckan.', reviewAt: '2027-06-01T00:00:00.000Z' });
  });

  it('only the unit manager of the account’s own unit decides; only the communications unit gives the opinion', () => {
    expect(can(actor([{ role: 'UNIT_MANAGER', unitId: 'unit-library' }]), 'CLOSURE_DECIDE', scope)).toBe(true);
    expect(can(actor([{ role: 'UNIT_MANAGER', unitId: 'unit-youth' }]), 'CLOSURE_DECIDE', scope)).toBe(false);
    expect(can(actor([{ role: 'HEAD_OF_ADMINISTRATION', administrationId: 'adm-culture' }]), 'CLOSURE_DECIDE', scope)).toBe(false);
    expect(can(actor([{ role: 'COMMUNICATIONS' }]), 'CLOSURE_CONSULT', scope)).toBe(true);
    expect(can(actor([{ role: 'UNIT_MANAGER', unitId: 'unit-library' }]), 'CLOSURE_CONSULT', scope)).toBe(false);
    expect(can(actor([{ role: 'EDITOR', unitId: 'unit-library' }]), 'INACTIVITY_REPORT_ACTIVITY', scope)).toBe(true);
    expect(can(actor([{ role: 'EDITOR', unitId: 'unit-youth' }]), 'INACTIVITY_REPORT_ACTIVITY', scope)).toBe(false);
    expect(can(actor([{ role: 'EDITOR', unitId: 'unit-library' }]), 'CLOSURE_DESTROY_CREDENTIALS', scope)).toBe(false);
  });
});

describe('the closure (final snapshot before anything is shut)', () => {
  const removal = { type: 'CONFIRM_PLATFORM_REMOVAL' as const, evidence: { url: 'https://www.instagram.com/x', note: 'Kontot raderat.' } };

  it('nothing is confirmed before the final snapshot is archived', () => {
    const state = initialClosureState('a1', 'CHANGED_PURPOSE');
    expect(closureCommandRefusal(state, removal)).toMatch(/ögonblicksbilden är inte arkiverad/);
    expect(closureCommandRefusal(null, removal)).toBe('Kontot håller inte på att avslutas.');
  });

  it('with deposited credentials, the communications unit destroys them after the platform removal', () => {
    const state = { ...initialClosureState('a1', 'INACTIVITY'), stage: 'AWAITING_PLATFORM_REMOVAL' as const, snapshot: 'ARCHIVED' as const, credentialsDeposited: true };
    expect(closureCommandRefusal(state, { type: 'CONFIRM_CREDENTIALS_DESTROYED', note: 'Kuvertet makulerat.' })).toMatch(/Bekräfta först/);
    const removed = applyClosureCommand(state, removal, manager, 'GONE');
    expect(removed.stage).toBe('AWAITING_CREDENTIALS_DESTROYED');
    expect(removed.platformRemoval).toEqual({ evidence: { url: 'https://www.instagram.com/x', note: 'Kontot raderat.' }, platformCheck: 'GONE', by: manager });
    expect(closureCommandRefusal(removed, removal)).toMatch(/redan bekräftat/);
    expect(closureCommandRefusal(removed, { type: 'CONFIRM_CREDENTIALS_DESTROYED', note: ' ' })).toMatch(/Beskriv/);
    const destroyed = applyClosureCommand(removed, { type: 'CONFIRM_CREDENTIALS_DESTROYED', note: 'Kuvertet makulerat.' }, communications);
    expect(destroyed.stage).toBe('FINISHING');
  });

  it('without deposited credentials (personal logins), the removal is the last step before finishing', () => {
    const state = { ...initialClosureState('a1', 'ACTIVITY_ENDED'), stage: 'AWAITING_PLATFORM_REMOVAL' as const, snapshot: 'ARCHIVED' as const };
    expect(applyClosureCommand(state, removal, manager).stage).toBe('FINISHING');
    expect(closureCommandRefusal(state, { type: 'CONFIRM_CREDENTIALS_DESTROYED', note: 'x' })).toBe('Inga inloggningsuppgifter är deponerade för kontot.');
  });

  it('evidence of the removal needs a description; a link must be a web address', () => {
    expect(validatePlatformRemovalEvidence({ url: null, note: '' }).map((e) => e.field)).toEqual(['note']);
    expect(validatePlatformRemovalEvidence({ url: 'instagram.com/x', note: 'Raderat.' }).map((e) => e.field)).toEqual(['url']);
    expect(validatePlatformRemovalEvidence({ url: null, note: 'Avpublicerat.' })).toEqual([]);
  });
});
