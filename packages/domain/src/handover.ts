import type { AccountStatus, Platform } from './account.js';
import type { FieldError } from './activity-plan.js';
import { snapshotKey } from './archiving.js';
import type { Signature } from './opening.js';
import type { PolicyParameters } from './policy/policy.js';
import { POLICY_DEFAULTS } from './policy/presets.js';

/**
 * Handover of an account to another owner (DOMAIN.md "2. Handover"; seed 003 "Överlåta ett konto"): only by a
 * decision of the responsible board, a final snapshot archived first, each condition confirmed with evidence, then
 * the municipality lets go of the account and it leaves the register. The workflow keeps this state durably and
 * asks these functions; nothing else decides.
 */

/** Who takes the account over: another unit of the municipality, or an outside organisation or person. */
export const NewOwnerKind = { MUNICIPAL_UNIT: 'MUNICIPAL_UNIT', ORGANISATION: 'ORGANISATION', PERSON: 'PERSON' } as const;
export type NewOwnerKind = (typeof NewOwnerKind)[keyof typeof NewOwnerKind];
export const NEW_OWNER_KINDS = Object.values(NewOwnerKind);
export const newOwnerKindLabel: Record<NewOwnerKind, string> = {
  MUNICIPAL_UNIT: 'En annan verksamhet i kommunen',
  ORGANISATION: 'En organisation utanför kommunen',
  PERSON: 'En privatperson',
};

export interface NewOwner {
  kind: NewOwnerKind;
  /** MUNICIPAL_UNIT: the unit taking over. */
  unitId?: string | null;
  /** The organisation's or person's name (the unit's name for MUNICIPAL_UNIT). */
  name: string;
  /** Who to contact at an organisation. */
  contactName?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** The board's decision: the handover is approved (bifall) or refused (avslag). */
export const BoardDecisionOutcome = { APPROVE: 'APPROVE', REFUSE: 'REFUSE' } as const;
export type BoardDecisionOutcome = (typeof BoardDecisionOutcome)[keyof typeof BoardDecisionOutcome];
export const boardDecisionOutcomeLabel: Record<BoardDecisionOutcome, string> = {
  APPROVE: 'Bifall – kontot får överlåtas',
  REFUSE: 'Avslag – kontot ska inte överlåtas',
};

/**
 * What must be done and recorded once the board has approved. The conditions are seed 003's; the release steps are
 * how the municipality lets go (DOMAIN.md "2. Handover": admin rights, deposited credentials).
 */
export const HandoverItemKey = {
  PROFILE_SHOWS_NEW_OWNER: 'PROFILE_SHOWS_NEW_OWNER',
  LOGO_REMOVED: 'LOGO_REMOVED',
  ANNOUNCEMENT_PUBLISHED: 'ANNOUNCEMENT_PUBLISHED',
  RESPONSIBILITY_ACCEPTED: 'RESPONSIBILITY_ACCEPTED',
  RENAMED: 'RENAMED',
  ADMIN_RIGHTS_REMOVED: 'ADMIN_RIGHTS_REMOVED',
  CREDENTIALS_DESTROYED: 'CREDENTIALS_DESTROYED',
} as const;
export type HandoverItemKey = (typeof HandoverItemKey)[keyof typeof HandoverItemKey];

/** Seed 003's conditions, in the order the seed gives them. */
export const HANDOVER_CONDITIONS: readonly HandoverItemKey[] = [
  'PROFILE_SHOWS_NEW_OWNER',
  'LOGO_REMOVED',
  'ANNOUNCEMENT_PUBLISHED',
  'RESPONSIBILITY_ACCEPTED',
  'RENAMED',
];
/** Taken only after every condition is met: without admin rights the municipality could no longer meet them. */
export const HANDOVER_RELEASE_STEPS: readonly HandoverItemKey[] = ['ADMIN_RIGHTS_REMOVED', 'CREDENTIALS_DESTROYED'];

export const handoverItemLabel: Record<HandoverItemKey, string> = {
  PROFILE_SHOWS_NEW_OWNER: 'Profilinformationen är ändrad så att det tydligt framgår vem som äger kontot',
  LOGO_REMOVED: 'Kommunens logotyp syns inte längre i profil- eller omslagsbilder',
  ANNOUNCEMENT_PUBLISHED: 'Ett inlägg som förklarar överlåtelsen för följarna är publicerat',
  RESPONSIBILITY_ACCEPTED: 'Den nya ägaren har skriftligen tagit över ansvaret för allt innehåll, historiskt och framåt',
  RENAMED: 'Kontot har bytt namn (rekommenderas)',
  ADMIN_RIGHTS_REMOVED: 'Kommunens administratörer och kommunikationsenhetens administratörsbehörighet är borttagna',
  CREDENTIALS_DESTROYED: 'Deponerade inloggningsuppgifter är förstörda',
};

/** Where each condition comes from, shown beside it. */
export const handoverItemSource: Record<HandoverItemKey, string> = {
  PROFILE_SHOWS_NEW_OWNER: 'seed 003 "Överlåta ett konto"',
  LOGO_REMOVED: 'seed 003 "Överlåta ett konto"',
  ANNOUNCEMENT_PUBLISHED: 'seed 003 "Överlåta ett konto"',
  RESPONSIBILITY_ACCEPTED: 'seed 003 "Överlåta ett konto"',
  RENAMED: 'seed 003 "Överlåta ett konto" ("ser gärna")',
  ADMIN_RIGHTS_REMOVED: 'seed 003 "Skapa konto" (kommunikationsenheten är administratör)',
  CREDENTIALS_DESTROYED: 'seed 001 §3 (inloggningsuppgifter i förseglat kuvert)',
};

export const isReleaseStep = (key: HandoverItemKey) => HANDOVER_RELEASE_STEPS.includes(key);
/** Recommended, not required: it may be declined with a reason (seed 003: "ser gärna"). */
export const isOptionalHandoverItem = (key: HandoverItemKey) => key === 'RENAMED';

/** An attached file as records keep it: never the bytes, always the checksum. */
export interface AttachedFileRef {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/** What shows a condition is met: a link, or a file (a screenshot, the new owner's signed letter), and a note. */
export interface HandoverEvidence {
  url?: string | null;
  file?: AttachedFileRef | null;
  note?: string | null;
}

/**
 * A board decision as the handover records it when it is linked (nämndbeslut: board, meeting date, paragraph, diary
 * number; the signed minutes extract).
 */
export interface LinkedBoardDecision {
  decisionId: string;
  boardId: string;
  boardName: string;
  /** YYYY-MM-DD, the meeting's date. */
  meetingDate: string;
  paragraph: string;
  diaryNumber: string;
  outcome: BoardDecisionOutcome;
  minutesFile: AttachedFileRef;
}

/** "Kultur- och fritidsnämnden 2026-05-12 § 45, dnr KFN 2026/123" – a decision as the minutes cite it. */
export function boardDecisionCitation(decision: Pick<LinkedBoardDecision, 'boardName' | 'meetingDate' | 'paragraph' | 'diaryNumber'>): string {
  const paragraph = decision.paragraph.trim().startsWith('§') ? decision.paragraph.trim() : `§ ${decision.paragraph.trim()}`;
  return `${decision.boardName} ${decision.meetingDate} ${paragraph}, dnr ${decision.diaryNumber}`;
}

/** Where a handover stands (also its LifecycleStage search attribute). */
export const HandoverStatus = {
  AWAITING_DECISION: 'AWAITING_DECISION',
  FINAL_SNAPSHOT: 'FINAL_SNAPSHOT',
  CONDITIONS: 'CONDITIONS',
  RELEASE: 'RELEASE',
  HANDED_OVER: 'HANDED_OVER',
  REFUSED: 'REFUSED',
  WITHDRAWN: 'WITHDRAWN',
} as const;
export type HandoverStatus = (typeof HandoverStatus)[keyof typeof HandoverStatus];
export const HANDOVER_STATUSES = Object.values(HandoverStatus);
export const handoverStatusLabel: Record<HandoverStatus, string> = {
  AWAITING_DECISION: 'Väntar på nämndens beslut',
  FINAL_SNAPSHOT: 'Slutlig ögonblicksbild arkiveras',
  CONDITIONS: 'Villkoren för överlåtelsen ska uppfyllas',
  RELEASE: 'Kommunens behörigheter ska tas bort',
  HANDED_OVER: 'Överlåten',
  REFUSED: 'Nämnden avslog överlåtelsen',
  WITHDRAWN: 'Förslaget återkallat',
};
export const TERMINAL_HANDOVER_STATUSES: readonly HandoverStatus[] = ['HANDED_OVER', 'REFUSED', 'WITHDRAWN'];

/** The account's status while the handover stands here. */
export function accountStatusDuringHandover(status: HandoverStatus): AccountStatus {
  if (status === 'HANDED_OVER') return 'HANDED_OVER';
  if (status === 'REFUSED' || status === 'WITHDRAWN') return 'ACTIVE';
  return 'HANDING_OVER';
}

/**
 * Why no other lifecycle may act on the account now, or null. While it is being handed over, the handover is the
 * account's only lifecycle (opening steps, closure and period snapshots wait or refuse).
 */
export function accountBusyRefusal(status: AccountStatus): string | null {
  return status === 'HANDING_OVER'
    ? 'Kontot håller på att överlåtas till en ny ägare. Inget annat kan göras med kontot förrän överlåtelsen är klar eller avbruten.'
    : null;
}

/** Whether a handover may be proposed for an account with this status (DOMAIN.md: ACTIVE → HANDING_OVER). */
export function handoverProposalRefusal(status: AccountStatus): string | null {
  if (status === 'HANDING_OVER') return 'En överlåtelse av kontot pågår redan.';
  return status === 'ACTIVE' ? null : 'Bara ett aktivt konto kan överlåtas.';
}

/** The rules a handover runs on, from the policy version in force when it was proposed. */
export interface HandoverRules {
  /** Working days the board secretary has before being reminded (and again after each further period). */
  decisionReminderWorkingDays: number;
}

export interface HandoverItemState {
  key: HandoverItemKey;
  completedBy?: Signature | null;
  evidence?: HandoverEvidence | null;
  /** RENAMED only: not done, with the reason (seed 003 recommends, does not require). */
  declineReason?: string | null;
}

export interface FinalSnapshotState {
  /** `BEFORE_HANDOVER-<moment the decision was linked>`: the same key on every retry, so one package only. */
  snapshotKey: string;
  outcome: 'PENDING' | 'ARCHIVED' | 'FAILED';
  attempts: number;
  failureReason?: string | null;
}

export interface HandoverState {
  handoverId: string;
  accountId: string;
  municipalityId: string;
  administrationId: string;
  unitId: string;
  /** The board responsible for the account's unit when the handover was proposed: the only one that may decide. */
  boardId: string;
  platform: Platform;
  status: HandoverStatus;
  decision: LinkedBoardDecision | null;
  finalSnapshot: FinalSnapshotState | null;
  items: HandoverItemState[];
  /** Why it ended without a handover (refusal, withdrawal). */
  lastReason?: string | null;
}

export type HandoverCommand =
  | { type: 'LINK_DECISION'; decision: LinkedBoardDecision }
  | { type: 'WITHDRAW'; reason: string }
  | { type: 'SNAPSHOT_FINISHED'; outcome: 'ARCHIVED' | 'FAILED'; reason?: string | null }
  | { type: 'RETRY_SNAPSHOT' }
  | { type: 'RECORD_ITEM'; key: HandoverItemKey; evidence: HandoverEvidence; declineReason?: string | null }
  | { type: 'COMPLETE' };

/** Items this handover goes through: every condition, then the release steps (credentials only if any were deposited). */
export function requiredHandoverItems(credentialsDeposited: boolean): HandoverItemKey[] {
  return [...HANDOVER_CONDITIONS, ...HANDOVER_RELEASE_STEPS.filter((k) => k !== 'CREDENTIALS_DESTROYED' || credentialsDeposited)];
}

export function initialHandoverState(
  scope: Pick<HandoverState, 'handoverId' | 'accountId' | 'municipalityId' | 'administrationId' | 'unitId' | 'boardId' | 'platform'>,
  credentialsDeposited: boolean,
): HandoverState {
  return {
    ...scope,
    status: 'AWAITING_DECISION',
    decision: null,
    finalSnapshot: null,
    items: requiredHandoverItems(credentialsDeposited).map((key) => ({ key })),
  };
}

const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TEXT = 4000;

const isDone = (item: HandoverItemState) => !!item.completedBy;
export const missingHandoverConditions = (state: HandoverState) =>
  state.items.filter((i) => !isReleaseStep(i.key) && !isDone(i)).map((i) => i.key);
export const missingHandoverItems = (state: HandoverState) => state.items.filter((i) => !isDone(i)).map((i) => i.key);

/**
 * The evidence one item needs: a link or a file for every condition (a declined rename needs its reason instead);
 * the release steps, which often leave nothing to link to (an envelope shredded), may be shown by a note.
 */
export function validateHandoverEvidence(key: HandoverItemKey, evidence: HandoverEvidence, declineReason?: string | null): FieldError[] {
  const url = evidence.url?.trim() ?? '';
  const note = evidence.note?.trim() ?? '';
  const errors: FieldError[] = [];
  if (url && !URL_PATTERN.test(url)) errors.push({ field: 'url', message: 'Länken måste börja med https:// eller http://.' });
  if (url.length > 2000) errors.push({ field: 'url', message: 'Länken är för lång.' });
  if (note.length > MAX_TEXT) errors.push({ field: 'note', message: `Anteckningen får vara högst ${MAX_TEXT} tecken.` });
  if (declineReason != null) {
    if (!isOptionalHandoverItem(key)) errors.push({ field: 'declineReason', message: 'Bara namnbytet kan avstås; villkoret måste uppfyllas.' });
    else if (!declineReason.trim()) errors.push({ field: 'declineReason', message: 'Ange varför kontot inte byter namn.' });
    else if (declineReason.trim().length > MAX_TEXT) errors.push({ field: 'declineReason', message: `Skälet får vara högst ${MAX_TEXT} tecken.` });
    return errors;
  }
  const hasEvidence = !!url || !!evidence.file || (isReleaseStep(key) && !!note);
  if (!hasEvidence) {
    errors.push({
      field: 'evidence',
      message: isReleaseStep(key)
        ? 'Ange underlag: en länk, en fil eller en anteckning om hur och när det gjordes.'
        : 'Ange underlag: en länk (https://…) eller en fil som visar att villkoret är uppfyllt.',
    });
  }
  return errors;
}

/** Checks the proposal; an empty list means the handover may be proposed. */
export function validateHandoverProposal(input: { newOwner: NewOwner; reason: string }, context: { currentUnitId: string }): FieldError[] {
  const errors: FieldError[] = [];
  const owner = input.newOwner;
  if (!input.reason?.trim()) errors.push({ field: 'reason', message: 'Ange varför kontot ska överlåtas.' });
  else if (input.reason.trim().length > MAX_TEXT) errors.push({ field: 'reason', message: `Skälet får vara högst ${MAX_TEXT} tecken.` });
  if (owner.kind === 'MUNICIPAL_UNIT') {
    if (!owner.unitId) errors.push({ field: 'newOwner.unitId', message: 'Välj vilken verksamhet som tar över kontot.' });
    else if (owner.unitId === context.currentUnitId) errors.push({ field: 'newOwner.unitId', message: 'Kontot ägs redan av den verksamheten.' });
    return errors;
  }
  if (!owner.name?.trim()) {
    errors.push({ field: 'newOwner.name', message: owner.kind === 'PERSON' ? 'Ange personens namn.' : 'Ange organisationens namn.' });
  }
  const email = owner.email?.trim() ?? '';
  const phone = owner.phone?.trim() ?? '';
  if (!email && !phone) errors.push({ field: 'newOwner.email', message: 'Ange kontaktuppgifter till den nya ägaren (e-post eller telefon).' });
  if (email && !EMAIL.test(email)) errors.push({ field: 'newOwner.email', message: 'E-postadressen ser inte ut att stämma.' });
  if (owner.kind === 'ORGANISATION' && !owner.contactName?.trim()) {
    errors.push({ field: 'newOwner.contactName', message: 'Ange en kontaktperson hos organisationen.' });
  }
  return errors;
}

/** Checks a board decision before it is registered; an empty list means it may be. `today` is YYYY-MM-DD, Stockholm. */
export function validateBoardDecision(
  input: { meetingDate: string; paragraph: string; diaryNumber: string; decisionText: string },
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const date = input.meetingDate?.trim() ?? '';
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T12:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    errors.push({ field: 'meetingDate', message: 'Ange sammanträdets datum (ÅÅÅÅ-MM-DD).' });
  } else if (date > today) {
    errors.push({ field: 'meetingDate', message: 'Sammanträdet kan inte ligga i framtiden.' });
  }
  if (!input.paragraph?.trim()) errors.push({ field: 'paragraph', message: 'Ange paragrafen i protokollet (t.ex. § 45).' });
  else if (input.paragraph.trim().length > 20) errors.push({ field: 'paragraph', message: 'Paragrafen får vara högst 20 tecken.' });
  if (!input.diaryNumber?.trim()) errors.push({ field: 'diaryNumber', message: 'Ange diarienumret.' });
  else if (input.diaryNumber.trim().length > 60) errors.push({ field: 'diaryNumber', message: 'Diarienumret får vara högst 60 tecken.' });
  if (!input.decisionText?.trim()) errors.push({ field: 'decisionText', message: 'Ange beslutet som det står i protokollet.' });
  else if (input.decisionText.trim().length > 20000) errors.push({ field: 'decisionText', message: 'Beslutstexten får vara högst 20 000 tecken.' });
  return errors;
}

/** Why a decision by this board cannot decide this handover, or null. */
export function responsibleBoardRefusal(
  decisionBoard: { id: string; name: string },
  responsibleBoard: { id: string; name: string },
): string | null {
  return decisionBoard.id === responsibleBoard.id
    ? null
    : `${decisionBoard.name} ansvarar inte för kontots verksamhet; bara ${responsibleBoard.name} kan besluta om överlåtelsen.`;
}

/**
 * Why the command is not allowed where the handover stands, in Swedish for the person who tried; null when it is.
 * Evidence is checked here too, so the lifecycle can never record a condition without it.
 */
export function handoverCommandRefusal(state: HandoverState, command: HandoverCommand): string | null {
  const status = state.status;
  switch (command.type) {
    case 'LINK_DECISION': {
      if (status !== 'AWAITING_DECISION') {
        return state.decision ? 'Ett nämndbeslut är redan kopplat till överlåtelsen.' : `Överlåtelsen väntar inte på något beslut (${handoverStatusLabel[status].toLowerCase()}).`;
      }
      return command.decision.boardId === state.boardId ? null : 'Beslutet är inte fattat av den nämnd som ansvarar för kontots verksamhet.';
    }
    case 'WITHDRAW':
      if (status !== 'AWAITING_DECISION') return 'Förslaget kan bara återkallas innan nämnden har beslutat.';
      return command.reason?.trim() ? null : 'Ett skäl måste anges.';
    case 'SNAPSHOT_FINISHED':
      return status === 'FINAL_SNAPSHOT' && state.finalSnapshot?.outcome === 'PENDING' ? null : 'Ingen slutlig ögonblicksbild pågår.';
    case 'RETRY_SNAPSHOT':
      return status === 'FINAL_SNAPSHOT' && state.finalSnapshot?.outcome === 'FAILED'
        ? null
        : 'Den slutliga ögonblicksbilden kan bara göras om när den har misslyckats.';
    case 'RECORD_ITEM': {
      const item = state.items.find((i) => i.key === command.key);
      if (!item) return 'Punkten ingår inte i den här överlåtelsen.';
      if (item.completedBy) return 'Punkten är redan registrerad.';
      if (status === 'AWAITING_DECISION' || status === 'FINAL_SNAPSHOT') {
        return status === 'AWAITING_DECISION'
          ? 'Villkoren kan registreras först när nämnden har godkänt överlåtelsen.'
          : 'Villkoren kan registreras först när den slutliga ögonblicksbilden är arkiverad; inget får ändras på kontot innan dess.';
      }
      if (status === 'CONDITIONS' && isReleaseStep(command.key)) {
        return 'Kommunens behörigheter tas bort först när alla villkor för överlåtelsen är uppfyllda.';
      }
      if (status !== 'CONDITIONS' && status !== 'RELEASE') return `Överlåtelsen är avslutad (${handoverStatusLabel[status].toLowerCase()}).`;
      const errors = validateHandoverEvidence(command.key, command.evidence, command.declineReason);
      return errors.length > 0 ? errors.map((e) => e.message).join(' ') : null;
    }
    case 'COMPLETE':
      return status === 'RELEASE' && missingHandoverItems(state).length === 0 ? null : 'Allt som överlåtelsen kräver är inte registrerat.';
  }
}

/**
 * The state after an allowed command. Callers check `handoverCommandRefusal` first; this throws on a refused
 * command so a bug can never silently change state.
 */
export function applyHandoverCommand(state: HandoverState, command: HandoverCommand, signature: Signature): HandoverState {
  const refusal = handoverCommandRefusal(state, command);
  if (refusal) throw new Error(refusal);
  switch (command.type) {
    case 'LINK_DECISION':
      if (command.decision.outcome === 'REFUSE') {
        return { ...state, decision: command.decision, status: 'REFUSED', lastReason: `Nämnden avslog överlåtelsen (${boardDecisionCitation(command.decision)}).` };
      }
      return {
        ...state,
        decision: command.decision,
        status: 'FINAL_SNAPSHOT',
        finalSnapshot: { snapshotKey: snapshotKey('BEFORE_HANDOVER', new Date(signature.at)), outcome: 'PENDING', attempts: 1 },
      };
    case 'WITHDRAW':
      return { ...state, status: 'WITHDRAWN', lastReason: command.reason.trim() };
    case 'SNAPSHOT_FINISHED': {
      const finalSnapshot = { ...state.finalSnapshot!, outcome: command.outcome, failureReason: command.outcome === 'FAILED' ? (command.reason ?? null) : null };
      return { ...state, finalSnapshot, status: command.outcome === 'ARCHIVED' ? 'CONDITIONS' : 'FINAL_SNAPSHOT' };
    }
    case 'RETRY_SNAPSHOT':
      return { ...state, finalSnapshot: { ...state.finalSnapshot!, outcome: 'PENDING', attempts: state.finalSnapshot!.attempts + 1, failureReason: null } };
    case 'RECORD_ITEM': {
      const declined = command.declineReason != null;
      const items = state.items.map((i) =>
        i.key === command.key
          ? { ...i, completedBy: signature, evidence: declined ? null : command.evidence, declineReason: declined ? command.declineReason!.trim() : null }
          : i,
      );
      const next = { ...state, items };
      return next.status === 'CONDITIONS' && missingHandoverConditions(next).length === 0 ? { ...next, status: 'RELEASE' } : next;
    }
    case 'COMPLETE':
      return { ...state, status: 'HANDED_OVER' };
  }
}

/**
 * Why this role may not record this item, or null. Deposited credentials are kept by the communications unit (seed 001
 * §3, seed 003 "Skapa konto"), so only it can state that they are destroyed.
 */
export function handoverItemRefusalFor(key: HandoverItemKey, role: string): string | null {
  if (key === 'CREDENTIALS_DESTROYED' && role !== 'COMMUNICATIONS') {
    return 'Inloggningsuppgifterna förvaras hos kommunikationsenheten; bara den kan intyga att de är förstörda.';
  }
  return null;
}

/** Files a record may carry: the signed minutes extract (PDF), screenshots and letters as evidence. */
export const ATTACHMENT_TYPES = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' } as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What the file's first bytes say it is, whatever its name or declared type claims; null when it is none of the allowed. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return null;
}

/** A file name safe to store and to offer back: no folders, no control characters, not empty, not endless. */
export function safeFileName(name: string | null | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '').trim().slice(0, 200);
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'bilaga';
}

/** When no policy is published: the policy model's default. */
export const DEFAULT_HANDOVER_RULES: HandoverRules = { decisionReminderWorkingDays: POLICY_DEFAULTS.handoverDecisionReminderWorkingDays };

/** The rules a handover proposed now runs on, from the policy version in force. */
export function handoverRulesFrom(parameters: Pick<PolicyParameters, 'handoverDecisionReminderWorkingDays'>): HandoverRules {
  return { decisionReminderWorkingDays: parameters.handoverDecisionReminderWorkingDays };
}
