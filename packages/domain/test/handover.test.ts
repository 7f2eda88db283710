import { describe, expect, it } from 'vitest';
import {
  accountBusyRefusal,
  accountStatusDuringHandover,
  applyHandoverCommand,
  boardDecisionCitation,
  can,
  handoverCommandRefusal,
  handoverProposalRefusal,
  initialHandoverState,
  missingHandoverItems,
  requiredHandoverItems,
  responsibleBoardRefusal,
  validateBoardDecision,
  validateHandoverEvidence,
  validateHandoverProposal,
  type HandoverCommand,
  type HandoverState,
  type LinkedBoardDecision,
  type Signature,
} from '../src/index.js';
import { actor, scope } from './fixtures.js';

const at = '2026-05-20T08:30:00Z';
const by: Signature = { actorId: 'u', actorName: 'Ulf', role: 'UNIT_MANAGER', at };
const file = { id: 'f1', fileName: 'protokollsutdrag.pdf', mimeType: 'application/pdf', size: 1234, sha256: 'a'.repeat(64) };
const decision = (overrides: Partial<LinkedBoardDecision> = {}): LinkedBoardDecision => ({
  decisionId: 'd1',
  boardId: 'board-culture',
  boardName: 'Kultur- och fritidsnämnden',
  meetingDate: '2026-05-12',
  paragraph: '§ 45',
  diaryNumber: 'KFN 2026/123',
  outcome: 'APPROVE',
  minutesFile: file,
  ...overrides,
});
const handover = (credentialsDeposited = true): HandoverState =>
  initialHandoverState({ handoverId: 'h1', accountId: 'a1', ...scope, boardId: 'board-culture', platform: 'INSTAGRAM' }, credentialsDeposited);
const run = (state: HandoverState, ...commands: HandoverCommand[]) => commands.reduce((s, c) => applyHandoverCommand(s, c, by), state);
const evidence = { url: 'https://www.instagram.com/bokcirkeln' };
const allConditions: HandoverCommand[] = [
  { type: 'RECORD_ITEM', key: 'PROFILE_SHOWS_NEW_OWNER', evidence },
  { type: 'RECORD_ITEM', key: 'LOGO_REMOVED', evidence },
  { type: 'RECORD_ITEM', key: 'ANNOUNCEMENT_PUBLISHED', evidence: { url: 'https://www.instagram.com/p/abc' } },
  { type: 'RECORD_ITEM', key: 'RESPONSIBILITY_ACCEPTED', evidence: { file } },
  { type: 'RECORD_ITEM', key: 'RENAMED', evidence: {}, declineReason: 'Föreningen behåller namnet som följarna känner igen.' },
];

describe('handover to another owner (DOMAIN.md "2. Handover", seed 003 "Överlåta ett konto")', () => {
  it('goes AWAITING_DECISION → FINAL_SNAPSHOT → CONDITIONS → RELEASE → HANDED_OVER on an approving decision', () => {
    let state = run(handover(), { type: 'LINK_DECISION', decision: decision() });
    expect(state.status).toBe('FINAL_SNAPSHOT');
    expect(state.finalSnapshot).toEqual({ snapshotKey: 'BEFORE_HANDOVER-20260520T083000Z', outcome: 'PENDING', attempts: 1 });
    // Nothing changes on the account before the final snapshot is delivered.
    expect(handoverCommandRefusal(state, allConditions[0])).toMatch(/ögonblicksbilden är arkiverad/);
    state = run(state, { type: 'SNAPSHOT_FINISHED', outcome: 'ARCHIVED' });
    expect(state.status).toBe('CONDITIONS');
    // The municipality keeps its rights until every condition is met.
    expect(handoverCommandRefusal(state, { type: 'RECORD_ITEM', key: 'ADMIN_RIGHTS_REMOVED', evidence: { note: 'Borttagna.' } })).toMatch(/alla villkor/);
    state = run(state, ...allConditions);
    expect(state.status).toBe('RELEASE');
    expect(handoverCommandRefusal(state, { type: 'COMPLETE' })).not.toBeNull();
    state = run(
      state,
      { type: 'RECORD_ITEM', key: 'ADMIN_RIGHTS_REMOVED', evidence: { note: 'Kommunens fyra administratörer borttagna i Meta Business Suite.' } },
      { type: 'RECORD_ITEM', key: 'CREDENTIALS_DESTROYED', evidence: { note: 'Kuvertet strimlat i närvaro av två personer.' } },
    );
    expect(missingHandoverItems(state)).toEqual([]);
    state = run(state, { type: 'COMPLETE' });
    expect(state.status).toBe('HANDED_OVER');
    expect(accountStatusDuringHandover(state.status)).toBe('HANDED_OVER');
    expect(state.items.find((i) => i.key === 'RENAMED')).toMatchObject({ declineReason: 'Föreningen behåller namnet som följarna känner igen.', evidence: null });
  });

  it('a refusing decision ends the handover and the account is active again', () => {
    const state = run(handover(), { type: 'LINK_DECISION', decision: decision({ outcome: 'REFUSE' }) });
    expect(state.status).toBe('REFUSED');
    expect(accountStatusDuringHandover(state.status)).toBe('ACTIVE');
    expect(state.lastReason).toContain('Kultur- och fritidsnämnden 2026-05-12 § 45, dnr KFN 2026/123');
    expect(handoverCommandRefusal(state, allConditions[0])).toMatch(/avslutad/);
  });

  it('nothing proceeds without a linked approving decision, and only the responsible board decides', () => {
    const state = handover();
    expect(accountStatusDuringHandover(state.status)).toBe('HANDING_OVER');
    expect(handoverCommandRefusal(state, allConditions[0])).toMatch(/nämnden har godkänt/);
    expect(handoverCommandRefusal(state, { type: 'COMPLETE' })).not.toBeNull();
    expect(handoverCommandRefusal(state, { type: 'LINK_DECISION', decision: decision({ boardId: 'board-education' }) })).toMatch(/ansvarar/);
    expect(responsibleBoardRefusal({ id: 'b2', name: 'Barn- och utbildningsnämnden' }, { id: 'b1', name: 'Kultur- och fritidsnämnden' })).toBe(
      'Barn- och utbildningsnämnden ansvarar inte för kontots verksamhet; bara Kultur- och fritidsnämnden kan besluta om överlåtelsen.',
    );
    const linked = run(state, { type: 'LINK_DECISION', decision: decision() });
    expect(handoverCommandRefusal(linked, { type: 'LINK_DECISION', decision: decision() })).toMatch(/redan kopplat/);
    expect(handoverCommandRefusal(linked, { type: 'WITHDRAW', reason: 'Ångrat' })).toMatch(/innan nämnden/);
  });

  it('a condition without evidence is refused; only the rename may be declined, and then with a reason', () => {
    const state = run(handover(), { type: 'LINK_DECISION', decision: decision() }, { type: 'SNAPSHOT_FINISHED', outcome: 'ARCHIVED' });
    expect(handoverCommandRefusal(state, { type: 'RECORD_ITEM', key: 'LOGO_REMOVED', evidence: {} })).toMatch(/Ange underlag/);
    expect(handoverCommandRefusal(state, { type: 'RECORD_ITEM', key: 'LOGO_REMOVED', evidence: { note: 'Gjort.' } })).toMatch(/Ange underlag/);
    expect(handoverCommandRefusal(state, { type: 'RECORD_ITEM', key: 'LOGO_REMOVED', evidence: { url: 'instagram.com/x' } })).toMatch(/https/);
    expect(handoverCommandRefusal(state, { type: 'RECORD_ITEM', key: 'LOGO_REMOVED', evidence: { file } })).toBeNull();
    expect(handoverCommandRefusal(state, { type: 'RECORD_ITEM', key: 'LOGO_REMOVED', evidence: {}, declineReason: 'Vill inte.' })).toMatch(/Bara namnbytet/);
    expect(handoverCommandRefusal(state, { type: 'RECORD_ITEM', key: 'RENAMED', evidence: {}, declineReason: ' ' })).toMatch(/varför/);
    expect(validateHandoverEvidence('ADMIN_RIGHTS_REMOVED', { note: 'Borttagna 2026-05-21.' })).toEqual([]);
    expect(() => applyHandoverCommand(state, { type: 'RECORD_ITEM', key: 'LOGO_REMOVED', evidence: {} }, by)).toThrow(/Ange underlag/);
  });

  it('a failed final snapshot is retried under the same key, so it never makes a second package', () => {
    let state = run(handover(), { type: 'LINK_DECISION', decision: decision() }, { type: 'SNAPSHOT_FINISHED', outcome: 'FAILED', reason: 'Sidan svarade inte' });
    expect(state.status).toBe('FINAL_SNAPSHOT');
    expect(state.finalSnapshot).toMatchObject({ outcome: 'FAILED', failureReason: 'Sidan svarade inte' });
    const key = state.finalSnapshot!.snapshotKey;
    state = run(state, { type: 'RETRY_SNAPSHOT' });
    expect(state.finalSnapshot).toMatchObject({ snapshotKey: key, outcome: 'PENDING', attempts: 2 });
    expect(handoverCommandRefusal(state, { type: 'RETRY_SNAPSHOT' })).not.toBeNull();
  });

  it('credentials are destroyed only where some were deposited', () => {
    expect(requiredHandoverItems(true)).toContain('CREDENTIALS_DESTROYED');
    expect(requiredHandoverItems(false)).not.toContain('CREDENTIALS_DESTROYED');
    expect(handover(false).items.map((i) => i.key)).toEqual([
      'PROFILE_SHOWS_NEW_OWNER',
      'LOGO_REMOVED',
      'ANNOUNCEMENT_PUBLISHED',
      'RESPONSIBILITY_ACCEPTED',
      'RENAMED',
      'ADMIN_RIGHTS_REMOVED',
    ]);
  });

  it('while an account is being handed over, other lifecycles refuse to act on it; only an active account can be handed over', () => {
    expect(accountBusyRefusal('HANDING_OVER')).toMatch(/överlåtas/);
    expect(accountBusyRefusal('ACTIVE')).toBeNull();
    expect(handoverProposalRefusal('ACTIVE')).toBeNull();
    expect(handoverProposalRefusal('HANDING_OVER')).toMatch(/pågår redan/);
    expect(handoverProposalRefusal('CLOSED')).toMatch(/aktivt/);
  });

  it('checks the proposal and the board decision field by field', () => {
    expect(validateHandoverProposal({ newOwner: { kind: 'ORGANISATION', name: '' }, reason: '' }, { currentUnitId: 'u1' }).map((e) => e.field)).toEqual([
      'reason',
      'newOwner.name',
      'newOwner.email',
      'newOwner.contactName',
    ]);
    expect(validateHandoverProposal({ newOwner: { kind: 'MUNICIPAL_UNIT', name: '', unitId: 'u1' }, reason: 'Flyttas' }, { currentUnitId: 'u1' })).toEqual([
      { field: 'newOwner.unitId', message: 'Kontot ägs redan av den verksamheten.' },
    ]);
    expect(validateHandoverProposal({ newOwner: { kind: 'PERSON', name: 'Per Persson', phone: '070-1' }, reason: 'Grundaren tar över' }, { currentUnitId: 'u1' })).toEqual([]);
    const valid = { meetingDate: '2026-05-12', paragraph: '§ 45', diaryNumber: 'KFN 2026/123', decisionText: 'Nämnden beslutar att överlåta kontot.' };
    expect(validateBoardDecision(valid, '2026-05-20')).toEqual([]);
    expect(validateBoardDecision({ ...valid, meetingDate: '2026-02-30' }, '2026-05-20').map((e) => e.field)).toEqual(['meetingDate']);
    expect(validateBoardDecision({ ...valid, meetingDate: '2026-06-01' }, '2026-05-20')[0].message).toMatch(/framtiden/);
    expect(validateBoardDecision({ meetingDate: '', paragraph: '', diaryNumber: '', decisionText: '' }, '2026-05-20')).toHaveLength(4);
    expect(boardDecisionCitation({ boardName: 'Kommunstyrelsen', meetingDate: '2026-01-02', paragraph: '7', diaryNumber: 'KS 2026/1' })).toBe('Kommunstyrelsen 2026-01-02 § 7, dnr KS 2026/1');
  });

  it('who may do what: the unit manager proposes for their own unit, the board secretary registers decisions', () => {
    expect(can(actor([{ role: 'UNIT_MANAGER', unitId: 'unit-library' }]), 'HANDOVER_PROPOSE', scope)).toBe(true);
    expect(can(actor([{ role: 'UNIT_MANAGER', unitId: 'unit-youth' }]), 'HANDOVER_PROPOSE', scope)).toBe(false);
    expect(can(actor([{ role: 'COMMUNICATIONS' }]), 'HANDOVER_PROPOSE', scope)).toBe(true);
    expect(can(actor([{ role: 'EDITOR', unitId: 'unit-library' }]), 'HANDOVER_PROPOSE', scope)).toBe(false);
    expect(can(actor([{ role: 'BOARD_SECRETARY' }]), 'HANDOVER_RECORD_DECISION', scope)).toBe(true);
    expect(can(actor([{ role: 'BOARD_SECRETARY', administrationId: 'adm-school' }]), 'HANDOVER_RECORD_DECISION', scope)).toBe(false);
    expect(can(actor([{ role: 'UNIT_MANAGER', unitId: 'unit-library' }]), 'HANDOVER_RECORD_DECISION', scope)).toBe(false);
    expect(can(actor([{ role: 'EDITOR', unitId: 'unit-library' }]), 'HANDOVER_RECORD_CONDITION', scope)).toBe(true);
    expect(can(actor([{ role: 'AUDITOR' }]), 'FILE_UPLOAD', scope)).toBe(false);
  });
});

describe('attachments (minutes extracts and evidence)', () => {
  it('tells a file by its first bytes, not by its name', async () => {
    const { sniffAttachmentType, safeFileName, handoverItemRefusalFor } = await import('../src/index.js');
    expect(sniffAttachmentType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffAttachmentType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffAttachmentType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffAttachmentType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(sniffAttachmentType(new Uint8Array())).toBeNull();
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\nora\\Protokoll "§ 45".pdf')).toBe('Protokoll § 45.pdf');
    expect(safeFileName('..')).toBe('bilaga');
    expect(handoverItemRefusalFor('CREDENTIALS_DESTROYED', 'UNIT_MANAGER')).toMatch(/kommunikationsenheten/);
    expect(handoverItemRefusalFor('CREDENTIALS_DESTROYED', 'COMMUNICATIONS')).toBeNull();
    expect(handoverItemRefusalFor('LOGO_REMOVED', 'EDITOR')).toBeNull();
  });
});
