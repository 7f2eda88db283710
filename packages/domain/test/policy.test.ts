import { describe, expect, it } from 'vitest';
import { PLATFORMS, applyOpeningCommand, pendingApprovalStep, type OpeningCommand, type OpeningState, type Signature } from '../src/index.js';
import {
  POLICY_DEFAULTS,
  POLICY_PRESETS,
  POLICY_PRESET_KEYS,
  openingRulesFrom,
  parametersFromPreset,
  policyParameterLabel,
  policyPresetByKey,
  renderProfileText,
  validatePolicyParameters,
  type PolicyParameters,
  type PolicyPreset,
  type PolicyPresetKey,
} from '../src/policy/index.js';
import { opening } from './fixtures.js';

const preset = (key: PolicyPresetKey): PolicyPreset => {
  const found = policyPresetByKey(key);
  if (!found) throw new Error(`no preset ${key}`);
  return found;
};
const params = (key: PolicyPresetKey) => preset(key).parameters;
const sources = (key: PolicyPresetKey) => preset(key).sources;
const inUse = { platformAlreadyInUse: true };
const newPlatform = { platformAlreadyInUse: false };

/** Runs one opening through the chain a policy gives it, approving every step, and lists the steps taken. */
function stepsTaken(parameters: PolicyParameters, context = inUse): string[] {
  const rules = openingRulesFrom(parameters, context);
  const by = (role: Signature['role']): Signature => ({ actorId: 'u', actorName: 'N', role, at: '2026-11-23T09:00:00Z' });
  let state: OpeningState = applyOpeningCommand(opening(), { type: 'SUBMIT_PLAN' }, by('EDITOR'), rules);
  const taken: string[] = [];
  for (let step = pendingApprovalStep(state); step; step = pendingApprovalStep(state)) {
    const command: OpeningCommand =
      step.kind === 'CONSULTATION'
        ? { type: 'RECORD_CONSULTATION', opinion: 'Lämplig kanal.' }
        : { type: 'DECIDE', step: step.kind, decision: 'APPROVE' };
    state = applyOpeningCommand(state, command, by(step.kind === 'CONSULTATION' ? 'COMMUNICATIONS' : step.kind), rules);
    taken.push(step.kind);
  }
  expect(state.status).toBe('APPROVED');
  return taken;
}

describe('seed 000 Trelleborg', () => {
  it('seed 000 "Krav för att få starta ett konto": the unit manager, then the head of administration approve; no communications-unit step', () => {
    expect(stepsTaken(params('trelleborg'))).toEqual(['UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION']);
    expect(sources('trelleborg').approvalChain).toContain('ledningsgruppen');
  });

  it('seed 000 "Samordning": the communications unit is consulted first when the municipality is not yet on the platform', () => {
    expect(params('trelleborg').consultationOnNewPlatform).toBe(true);
    expect(stepsTaken(params('trelleborg'), newPlatform)).toEqual(['CONSULTATION', 'UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION']);
  });

  it('seed 000 "Krav för att få starta ett konto": at least two administrators', () => {
    expect(params('trelleborg').minAdministrators).toBe(2);
  });

  it('seed 000 "Krav för att få starta ett konto": credentials are deposited "när det är möjligt", so not for Facebook\'s personal logins', () => {
    expect(params('trelleborg').credentialDepositPlatforms).not.toContain('FACEBOOK');
    expect(params('trelleborg').credentialDepositPlatforms).toEqual(PLATFORMS.filter((p) => p !== 'FACEBOOK'));
  });

  it('seed 000 Bilaga 2: the unit creates the account and hands in the credentials once it has started', () => {
    expect(params('trelleborg').accountCreator).toBe('UNIT');
  });

  it('seed 000 "Att sköta ett konto": accounts are watched at least weekly, never less often', () => {
    expect(params('trelleborg').monitoringFrequency).toBe('WEEKLY');
  });

  it('seed 000 "Svarstider": questions are answered within a day of working time', () => {
    expect(params('trelleborg').answerDeadlineWorkingDays).toBe(1);
  });

  it('seed 000 "Dokumentering": a snapshot at every year end and half-year end and on major changes', () => {
    expect(params('trelleborg').snapshotCadence).toBe('HALF_YEARLY');
    expect(params('trelleborg').snapshotOccasions).toContain('MAJOR_CHANGE');
  });

  it('seed 000 "Uppföljning": a follow-up report at least once a year', () => {
    expect(params('trelleborg').followUpReport.cadence).toBe('YEARLY');
  });

  it('seed 000 "Hur ska kontot se ut?": the profile text says it is an official account of the municipality and links to www.trelleborg.se', () => {
    const text = params('trelleborg').profileTextTemplate;
    expect(text).toContain('ett officiellt konto för {kommun}');
    expect(text).toContain('www.trelleborg.se');
  });
});

describe('seed 001 Torsby', () => {
  it('seed 001 §3.2: the department is consulted, then the unit manager and the head of administration approve', () => {
    expect(stepsTaken(params('torsby'))).toEqual(['CONSULTATION', 'UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION']);
  });

  it('seed 001 §3: Facebook credentials are not deposited', () => {
    expect(params('torsby').credentialDepositPlatforms).not.toContain('FACEBOOK');
    expect(params('torsby').credentialDepositPlatforms).toEqual(expect.arrayContaining(['INSTAGRAM', 'YOUTUBE', 'BLOG']));
  });

  it('seed 001 §3: at least two administrators', () => {
    expect(params('torsby').minAdministrators).toBe(2);
  });

  it('seed 001 §3.2: the unit creates the account and hands its credentials over in a sealed envelope', () => {
    expect(params('torsby').accountCreator).toBe('UNIT');
  });

  it('seed 001 §4: posts and comments are checked at least twice a week', () => {
    expect(params('torsby').monitoringFrequency).toBe('TWICE_A_WEEK');
  });

  it('seed 001 §4.1.3: an answer takes from a few hours to a day', () => {
    expect(params('torsby').answerDeadlineWorkingDays).toBe(1);
  });

  it('seed 001 §4.3: the yearly report is compiled in the third quarter (due in September)', () => {
    expect(params('torsby').followUpReport).toEqual({ cadence: 'YEARLY', month: 9 });
  });

  it('seed 001 §4.4: a snapshot at every year end and half-year end and on major changes', () => {
    expect(params('torsby').snapshotCadence).toBe('HALF_YEARLY');
    expect(params('torsby').snapshotOccasions).toContain('MAJOR_CHANGE');
  });

  it('seed 001 §4.1.2: the profile text lists what posts may not contain', () => {
    expect(params('torsby').profileTextTemplate).toContain('svordomar eller obscena ord');
    expect(params('torsby').profileTextTemplate).toContain('www.torsby.se');
  });
});

describe('seed 002 Lekeberg', () => {
  it('seed 002 §5: accounts are created centrally by the communications unit', () => {
    expect(params('lekeberg').accountCreator).toBe('COMMUNICATIONS');
  });

  it('seed 002 §5: the opening goes through the communicator, then the nearest manager decides; no head of administration', () => {
    expect(stepsTaken(params('lekeberg'))).toEqual(['CONSULTATION', 'UNIT_MANAGER']);
  });

  it('seed 002 §5.2: one page owner and at least one editor, two people per page', () => {
    expect(params('lekeberg').minAdministrators).toBe(2);
  });

  it('seed 002 §5.2: accounts are watched at least once every working day', () => {
    expect(params('lekeberg').monitoringFrequency).toBe('EVERY_WORKING_DAY');
  });

  it('seed 002 §6.1: two-factor authentication is mandatory', () => {
    expect(params('lekeberg').twoFactorRequired).toBe(true);
    expect(openingRulesFrom(params('lekeberg'), inUse).twoFactorRequired).toBe(true);
  });

  it('seed 002 §6.2: questions are answered within one working day, forwarded ones within five', () => {
    expect(params('lekeberg').answerDeadlineWorkingDays).toBe(1);
    expect(params('lekeberg').forwardedQuestionDeadlineWorkingDays).toBe(5);
  });

  it('seed 002 §7: a snapshot once every half year', () => {
    expect(params('lekeberg').snapshotCadence).toBe('HALF_YEARLY');
  });

  it('seed 002 Bilaga 1: the profile text is the appendix text with its blanks as variables', () => {
    const text = params('lekeberg').profileTextTemplate;
    expect(text).toContain('Välkommen till {verksamhet}, en del av {kommun}.');
    expect(text).toContain('Synpunkter och förslag kopierar vi över till vårt synpunktssystem');
    expect(text).toContain('{kontakt}');
    expect(text).not.toMatch(/\[/);
  });
});

describe('seed 003 Hallstahammar', () => {
  it('seed 003 "Verksamheternas egna sociala mediekanaler": the responsible manager alone approves; consulting is only recommended', () => {
    expect(stepsTaken(params('hallstahammar'))).toEqual(['UNIT_MANAGER']);
    expect(stepsTaken(params('hallstahammar'), newPlatform)).toEqual(['UNIT_MANAGER']);
  });

  it('seed 003 "Konto skapas där avsändaren tydligt framgår": at least two administrators from the unit, created by the unit', () => {
    expect(params('hallstahammar').minAdministrators).toBe(2);
    expect(params('hallstahammar').accountCreator).toBe('UNIT');
  });

  it('seed 003 "Håll uppsikt över inlägg och kommentarer": at least once per working day', () => {
    expect(params('hallstahammar').monitoringFrequency).toBe('EVERY_WORKING_DAY');
  });

  it('seed 003 "Hantera synpunkter, frågor och kommentarer på sociala medier": an answer within one working day', () => {
    expect(params('hallstahammar').answerDeadlineWorkingDays).toBe(1);
  });

  it('seed 003 "Arkivering": documented every half year and on major changes, a handover included', () => {
    expect(params('hallstahammar').snapshotCadence).toBe('HALF_YEARLY');
    expect(params('hallstahammar').snapshotOccasions).toEqual(expect.arrayContaining(['MAJOR_CHANGE', 'BEFORE_HANDOVER']));
  });

  it('seed 003 "Överlåta ett konto": the board decision has no time limit in the seed, so the reminder is the documented default', () => {
    expect(params('hallstahammar').handoverDecisionReminderWorkingDays).toBe(POLICY_DEFAULTS.handoverDecisionReminderWorkingDays);
    expect(sources('hallstahammar').handoverDecisionReminderWorkingDays).toMatch(/^not stated: .*"Överlåta ett konto"/);
  });

  it('seed 003 Bilaga 01: the profile text has the municipality\'s contact details filled in', () => {
    const text = params('hallstahammar').profileTextTemplate;
    expect(text).toContain('Telefon: 0220-240 00');
    expect(text).toContain('kundcenter@hallstahammar.se');
    expect(text).toContain('734 80 Hallstahammar');
    expect(text).toContain('Brottsligt material polisanmäls.');
  });
});

describe('seed 004 Norberg', () => {
  it('seed 004 "Närvaro och ansvar": the nearest manager approves in consultation with the communications unit, consulted first', () => {
    expect(stepsTaken(params('norberg'))).toEqual(['CONSULTATION', 'UNIT_MANAGER']);
  });

  it('seed 004 "Central samordning": credentials of every account are held centrally, Facebook included', () => {
    expect(params('norberg').credentialDepositPlatforms).toEqual([...PLATFORMS]);
  });

  it('seed 004 "Uppsikt och moderering": watched daily during office hours', () => {
    expect(params('norberg').monitoringFrequency).toBe('EVERY_WORKING_DAY');
  });

  it('seed 004 "Diarieföring, arkivering och gallring": a yearly snapshot, and one before the account is closed', () => {
    expect(params('norberg').snapshotCadence).toBe('YEARLY');
    expect(params('norberg').snapshotOccasions).toEqual(expect.arrayContaining(['MAJOR_CHANGE', 'BEFORE_CLOSURE']));
  });

  it('seed 004 "Grafisk profil": the unit creates the account', () => {
    expect(params('norberg').accountCreator).toBe('UNIT');
  });

  it('seed 004 is silent on the number of administrators and the answer time: not stated, with the documented defaults', () => {
    expect(params('norberg').minAdministrators).toBe(POLICY_DEFAULTS.minAdministrators);
    expect(sources('norberg').minAdministrators).toMatch(/^not stated: /);
    expect(params('norberg').answerDeadlineWorkingDays).toBe(POLICY_DEFAULTS.answerDeadlineWorkingDays);
    expect(sources('norberg').answerDeadlineWorkingDays).toMatch(/^not stated: /);
  });
});

describe('the five presets', () => {
  // `seed 001 §3.2 "Heading"` or `seed 002 Bilaga 1 "Heading"`, several joined by "; ", optionally " — how it was read".
  const CITATION = /^seed (\d{3})(?: (?:§\d+(?:\.\d+)*|Bilaga \d+))? "[^"]+"$/;

  it('are the five seed municipalities in seed order, found by key', () => {
    expect(POLICY_PRESET_KEYS).toEqual(['trelleborg', 'torsby', 'lekeberg', 'hallstahammar', 'norberg']);
    expect(POLICY_PRESETS.map((p) => p.seedFile.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(policyPresetByKey('torsby')?.municipalityName).toBe('Torsby kommun');
    expect(policyPresetByKey('stockholm')).toBeUndefined();
  });

  it('every preset passes validation', () => {
    for (const p of POLICY_PRESETS) expect(validatePolicyParameters(p.parameters), p.key).toEqual([]);
  });

  it('every parameter has a source that cites the preset\'s own seed, or says "not stated:" and what is used', () => {
    for (const p of POLICY_PRESETS) {
      expect(Object.keys(p.sources).sort(), p.key).toEqual(Object.keys(p.parameters).sort());
      expect(Object.keys(p.parameters).sort(), p.key).toEqual(Object.keys(policyParameterLabel).sort());
      for (const [param, source] of Object.entries(p.sources)) {
        const where = `${p.key}.${param}: ${source}`;
        if (source.startsWith('not stated:')) {
          expect(source.slice('not stated:'.length).trim().length, where).toBeGreaterThan(10);
          continue;
        }
        const citations = source.split(' — ')[0].split('; ');
        for (const citation of citations) {
          const match = CITATION.exec(citation);
          expect(match, where).not.toBeNull();
          expect(match?.[1], where).toBe(p.seedFile.slice(0, 3));
        }
      }
    }
  });

  it('differ where the seeds differ: monitoring, snapshots, who creates the account, whose credentials are deposited', () => {
    const column = <K extends keyof PolicyParameters>(k: K) => POLICY_PRESETS.map((p) => p.parameters[k]);
    expect(column('monitoringFrequency')).toEqual(['WEEKLY', 'TWICE_A_WEEK', 'EVERY_WORKING_DAY', 'EVERY_WORKING_DAY', 'EVERY_WORKING_DAY']);
    expect(column('snapshotCadence')).toEqual(['HALF_YEARLY', 'HALF_YEARLY', 'HALF_YEARLY', 'HALF_YEARLY', 'YEARLY']);
    expect(column('accountCreator')).toEqual(['UNIT', 'UNIT', 'COMMUNICATIONS', 'UNIT', 'UNIT']);
    expect(column('approvalChain').map((c) => c.length)).toEqual([2, 3, 2, 1, 2]);
    expect(POLICY_PRESETS.map((p) => p.parameters.credentialDepositPlatforms.includes('FACEBOOK'))).toEqual([false, false, false, false, true]);
  });

  it('fill in every variable of the profile text', () => {
    const values = { kommun: 'Demokommun', verksamhet: 'Biblioteket', syfte: 'Vi tipsar om böcker.', kontakt: 'biblioteket@demokommun.se' };
    for (const p of POLICY_PRESETS) {
      const text = renderProfileText(p.parameters.profileTextTemplate, values);
      expect(text, p.key).not.toMatch(/\{[a-z]+\}/);
      expect(text, p.key).toContain('biblioteket@demokommun.se');
      expect(text, p.key).toContain('Biblioteket');
    }
  });

  it('cannot be changed in place; a municipality starts its own policy from a copy', () => {
    expect(() => (params('torsby').approvalChain as string[]).push('HEAD_OF_ADMINISTRATION')).toThrow();
    const copy = parametersFromPreset('torsby');
    copy.approvalChain.pop();
    expect(params('torsby').approvalChain).toHaveLength(3);
    expect(() => parametersFromPreset('stockholm' as PolicyPresetKey)).toThrow(/Okänd/);
  });
});

describe('validatePolicyParameters: each refusal names the field', () => {
  const valid = () => parametersFromPreset('lekeberg');
  const refusedFields = (change: Record<string, unknown>) =>
    validatePolicyParameters({ ...valid(), ...change } as unknown as PolicyParameters).map((e) => e.field);

  it.each<[string, Record<string, unknown>, string]>([
    ['an empty approval chain', { approvalChain: [] }, 'approvalChain'],
    ['a step twice', { approvalChain: ['UNIT_MANAGER', 'UNIT_MANAGER'] }, 'approvalChain'],
    ['an unknown step', { approvalChain: ['MAYOR', 'UNIT_MANAGER'] }, 'approvalChain'],
    ['only a consultation, no approver', { approvalChain: ['CONSULTATION'] }, 'approvalChain'],
    ['a consultation after the last approval', { approvalChain: ['UNIT_MANAGER', 'CONSULTATION'] }, 'approvalChain'],
    ['a new-platform consultation that is not yes or no', { consultationOnNewPlatform: 'ja' }, 'consultationOnNewPlatform'],
    ['a zero reminder', { approvalReminderWorkingDays: 0 }, 'approvalReminderWorkingDays'],
    ['a fractional escalation', { approvalEscalationWorkingDays: 4.5 }, 'approvalEscalationWorkingDays'],
    ['an escalation no later than the reminder', { approvalReminderWorkingDays: 5, approvalEscalationWorkingDays: 5 }, 'approvalEscalationWorkingDays'],
    ['a negative answer deadline', { answerDeadlineWorkingDays: -1 }, 'answerDeadlineWorkingDays'],
    ['a forwarded deadline shorter than the answer deadline', { answerDeadlineWorkingDays: 3, forwardedQuestionDeadlineWorkingDays: 2 }, 'forwardedQuestionDeadlineWorkingDays'],
    ['a zero inactivity threshold', { inactivityThresholdDays: 0 }, 'inactivityThresholdDays'],
    ['a missing grace period', { inactivityGracePeriodDays: undefined }, 'inactivityGracePeriodDays'],
    ['a closure decision time given as text', { closureDecisionWorkingDays: '10' }, 'closureDecisionWorkingDays'],
    ['a zero handover reminder', { handoverDecisionReminderWorkingDays: 0 }, 'handoverDecisionReminderWorkingDays'],
    ['an unknown account creator', { accountCreator: 'IT' }, 'accountCreator'],
    ['no administrators', { minAdministrators: 0 }, 'minAdministrators'],
    ['two-factor authentication that is not yes or no', { twoFactorRequired: null }, 'twoFactorRequired'],
    ['an unknown platform', { credentialDepositPlatforms: ['FACEBOOK', 'MYSPACE'] }, 'credentialDepositPlatforms'],
    ['a platform twice', { credentialDepositPlatforms: ['X', 'X'] }, 'credentialDepositPlatforms'],
    ['a monitoring frequency below the weekly floor', { monitoringFrequency: 'MONTHLY' }, 'monitoringFrequency'],
    ['an unknown snapshot cadence', { snapshotCadence: 'QUARTERLY' }, 'snapshotCadence'],
    ['an unknown snapshot occasion', { snapshotOccasions: ['ELECTION'] }, 'snapshotOccasions'],
    ['a follow-up report month 13', { followUpReport: { cadence: 'YEARLY', month: 13 } }, 'followUpReport.month'],
    ['a follow-up report month 0', { followUpReport: { cadence: 'YEARLY', month: 0 } }, 'followUpReport.month'],
    ['a follow-up report that is not yearly', { followUpReport: { cadence: 'MONTHLY', month: 9 } }, 'followUpReport.cadence'],
    ['a profile text without {kontakt}', { profileTextTemplate: 'Välkommen till {verksamhet}.' }, 'profileTextTemplate'],
    ['a profile text with an unknown variable', { profileTextTemplate: 'Kontakt: {kontakt}, {e-post}' }, 'profileTextTemplate'],
    ['an empty profile text', { profileTextTemplate: '  ' }, 'profileTextTemplate'],
  ])('refuses %s', (_, change, field) => {
    expect(refusedFields(change)).toEqual([field]);
  });

  it('says in Swedish why, and that the seeds ask for two administrators', () => {
    const [error] = validatePolicyParameters({ ...valid(), minAdministrators: 0 });
    expect(error.message).toMatch(/minst två/);
    const [floor] = validatePolicyParameters({ ...valid(), monitoringFrequency: 'MONTHLY' } as unknown as PolicyParameters);
    expect(floor.message).toMatch(/uppsikt/i);
  });

  it('returns every problem at once', () => {
    const fields = refusedFields({ approvalChain: [], answerDeadlineWorkingDays: 0, followUpReport: { cadence: 'YEARLY', month: 14 } });
    expect(fields).toEqual(expect.arrayContaining(['approvalChain', 'answerDeadlineWorkingDays', 'followUpReport.month']));
  });
});
