import { platformLabel, type Platform } from '../account.js';
import { approvalStepLabel, type ApprovalStepKind, type OpeningRules } from '../opening.js';

/**
 * A municipality's rules as data (DOMAIN.md "Policy as data"). A lifecycle records the version in force when it
 * started and reads its parameters from that version only, so publishing a new version never changes a running one.
 */

/** How often the accounts must be watched (uppsiktsplikt). The legal floor is weekly (lag 1998:112). */
export const MonitoringFrequency = {
  EVERY_WORKING_DAY: 'EVERY_WORKING_DAY',
  TWICE_A_WEEK: 'TWICE_A_WEEK',
  WEEKLY: 'WEEKLY',
} as const;
export type MonitoringFrequency = (typeof MonitoringFrequency)[keyof typeof MonitoringFrequency];
/** Check-ins per week each frequency means; used to compare against the legal floor. */
export const monitoringChecksPerWeek: Record<MonitoringFrequency, number> = { EVERY_WORKING_DAY: 5, TWICE_A_WEEK: 2, WEEKLY: 1 };
export const LEGAL_MINIMUM_CHECKS_PER_WEEK = 1;

export const monitoringFrequencyLabel: Record<MonitoringFrequency, string> = {
  EVERY_WORKING_DAY: 'Minst en gång per arbetsdag',
  TWICE_A_WEEK: 'Minst två gånger i veckan',
  WEEKLY: 'Minst en gång i veckan (lagens golv)',
};

export const SnapshotCadence = { HALF_YEARLY: 'HALF_YEARLY', YEARLY: 'YEARLY' } as const;
export type SnapshotCadence = (typeof SnapshotCadence)[keyof typeof SnapshotCadence];

export const snapshotCadenceLabel: Record<SnapshotCadence, string> = {
  HALF_YEARLY: 'Vid varje årsskifte och halvårsskifte',
  YEARLY: 'En gång om året',
};

/** Occasions besides the calendar on which an account is documented. */
export const SnapshotOccasion = { MAJOR_CHANGE: 'MAJOR_CHANGE', BEFORE_CLOSURE: 'BEFORE_CLOSURE', BEFORE_HANDOVER: 'BEFORE_HANDOVER' } as const;
export type SnapshotOccasion = (typeof SnapshotOccasion)[keyof typeof SnapshotOccasion];

export const snapshotOccasionLabel: Record<SnapshotOccasion, string> = {
  MAJOR_CHANGE: 'Vid större förändringar',
  BEFORE_CLOSURE: 'Innan kontot stängs',
  BEFORE_HANDOVER: 'Innan kontot överlåts',
};

/** Who creates the account on the platform: the unit itself, or the communications unit centrally (seed 002 §5). */
export const AccountCreator = { UNIT: 'UNIT', COMMUNICATIONS: 'COMMUNICATIONS' } as const;
export type AccountCreator = (typeof AccountCreator)[keyof typeof AccountCreator];
export const accountCreatorLabel: Record<AccountCreator, string> = {
  UNIT: 'Verksamheten skapar kontot',
  COMMUNICATIONS: 'Kommunikationsenheten skapar kontot centralt och lämnar över det',
};

export interface PolicyParameters {
  /** Approval steps in order; CONSULTATION's position says before which approval the communications unit is consulted. */
  approvalChain: ApprovalStepKind[];
  /**
   * Whether the communications unit must be consulted before the first approval when the municipality has no
   * account on the platform yet, even if the chain has no CONSULTATION step (seed 000 "Samordning": terms of use
   * and legal consequences of a new platform are examined first). Redundant when the chain already consults.
   */
  consultationOnNewPlatform: boolean;
  /** Working days an approver has before a reminder. */
  approvalReminderWorkingDays: number;
  /** Working days after which the communications unit is told an approver has not acted. */
  approvalEscalationWorkingDays: number;
  accountCreator: AccountCreator;
  minAdministrators: number;
  twoFactorRequired: boolean;
  /** Platforms whose credentials are deposited with the communications unit (not those with personal logins). */
  credentialDepositPlatforms: Platform[];
  monitoringFrequency: MonitoringFrequency;
  /** Working days to answer a simple question or comment. */
  answerDeadlineWorkingDays: number;
  /** Working days to answer a question forwarded to the responsible unit (a holding reply is due by the answer deadline). */
  forwardedQuestionDeadlineWorkingDays: number;
  snapshotCadence: SnapshotCadence;
  snapshotOccasions: SnapshotOccasion[];
  /** Days without activity after which an account counts as inactive. */
  inactivityThresholdDays: number;
  /** Days the owner has to revive an inactive account before a decision is asked for. */
  inactivityGracePeriodDays: number;
  /** Working days the unit manager has to decide keep/close before the communications unit is told. */
  closureDecisionWorkingDays: number;
  /** Working days the board secretary has before being reminded of a pending handover decision. */
  handoverDecisionReminderWorkingDays: number;
  followUpReport: { cadence: 'YEARLY'; month: number };
  /**
   * Profile text every account publishes (sender, purpose, that posts are public records, what is not allowed,
   * contact). Variables filled per account: {kommun}, {verksamhet}, {syfte}, {kontakt}.
   */
  profileTextTemplate: string;
}

/** Variables a profile text template may use; each is filled per account when the text is published. */
export const PROFILE_TEXT_VARIABLES = ['kommun', 'verksamhet', 'syfte', 'kontakt'] as const;
export type ProfileTextVariable = (typeof PROFILE_TEXT_VARIABLES)[number];

/** The account's profile text: every {variable} replaced by its value (municipality, unit, purpose, contact). */
export function renderProfileText(template: string, values: Record<ProfileTextVariable, string>): string {
  return template.replace(/\{(kommun|verksamhet|syfte|kontakt)\}/g, (_, name: ProfileTextVariable) => values[name].trim());
}

/** Swedish names of the parameters, for the policy view, version comparison and refusals. */
export const policyParameterLabel: Record<keyof PolicyParameters, string> = {
  approvalChain: 'Godkännandekedja',
  consultationOnNewPlatform: 'Samråd med kommunikationsenheten inför en ny plattform',
  approvalReminderWorkingDays: 'Påminnelse till beslutsfattare (arbetsdagar)',
  approvalEscalationWorkingDays: 'Eskalering till kommunikationsenheten (arbetsdagar)',
  accountCreator: 'Vem skapar kontot',
  minAdministrators: 'Minsta antal administratörer',
  twoFactorRequired: 'Tvåfaktorsautentisering krävs',
  credentialDepositPlatforms: 'Plattformar vars inloggningsuppgifter lämnas till kommunikationsenheten',
  monitoringFrequency: 'Uppsikt (hur ofta kontot bevakas)',
  answerDeadlineWorkingDays: 'Svarstid (arbetsdagar)',
  forwardedQuestionDeadlineWorkingDays: 'Svarstid för vidarebefordrad fråga (arbetsdagar)',
  snapshotCadence: 'Ögonblicksbild (intervall)',
  snapshotOccasions: 'Ögonblicksbild (tillfällen)',
  inactivityThresholdDays: 'Inaktivt efter (dagar)',
  inactivityGracePeriodDays: 'Frist att återuppta kontot (dagar)',
  closureDecisionWorkingDays: 'Beslut om avslut (arbetsdagar)',
  handoverDecisionReminderWorkingDays: 'Påminnelse om nämndbeslut vid överlåtelse (arbetsdagar)',
  followUpReport: 'Uppföljningsrapport',
  profileTextTemplate: 'Profiltext (mall)',
};

/** Where a parameter's value comes from: a seed section, or "not stated" with the floor or default used. */
export type PolicySources = Record<keyof PolicyParameters, string>;

export interface PolicyPreset {
  key: 'trelleborg' | 'torsby' | 'lekeberg' | 'hallstahammar' | 'norberg';
  municipalityName: string;
  seedFile: string;
  parameters: PolicyParameters;
  sources: PolicySources;
}

/**
 * The chain one opening goes through: the policy's chain, with the communications unit consulted first when the
 * municipality is not yet on this platform and the policy asks for that (seed 000 "Samordning").
 */
export function approvalChainForOpening(parameters: PolicyParameters, context: { platformAlreadyInUse: boolean }): ApprovalStepKind[] {
  const chain = [...parameters.approvalChain];
  if (!context.platformAlreadyInUse && parameters.consultationOnNewPlatform && !chain.includes('CONSULTATION')) {
    return ['CONSULTATION', ...chain];
  }
  return chain;
}

/**
 * The rules the account-opening lifecycle runs on, taken from the policy version in force when it started.
 * `platformAlreadyInUse`: whether the municipality already has an active account on the requested platform.
 */
export function openingRulesFrom(parameters: PolicyParameters, context: { platformAlreadyInUse: boolean }): OpeningRules {
  return {
    approvalChain: approvalChainForOpening(parameters, context),
    minAdministrators: parameters.minAdministrators,
    twoFactorRequired: parameters.twoFactorRequired,
    reminderAfterWorkingDays: parameters.approvalReminderWorkingDays,
    escalationAfterWorkingDays: parameters.approvalEscalationWorkingDays,
    credentialDepositPlatforms: [...parameters.credentialDepositPlatforms],
    accountCreator: parameters.accountCreator,
  };
}

const yesNo = (value: boolean) => (value ? 'Ja' : 'Nej');
const workingDays = (n: number) => `${n} ${n === 1 ? 'arbetsdag' : 'arbetsdagar'}`;
const days = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagar'}`;
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const list = (items: string[]) => (items.length === 0 ? 'Inga' : items.join(', '));

/**
 * One parameter's value as the communications unit reads it in Swedish, so the policy view and the comparison of
 * two versions say the same thing for the same value.
 */
export function policyValueText(parameter: keyof PolicyParameters, p: PolicyParameters): string {
  switch (parameter) {
    case 'approvalChain':
      return p.approvalChain.map((step) => approvalStepLabel[step]).join(' → ');
    case 'consultationOnNewPlatform':
    case 'twoFactorRequired':
      return yesNo(p[parameter]);
    case 'approvalReminderWorkingDays':
    case 'approvalEscalationWorkingDays':
    case 'answerDeadlineWorkingDays':
    case 'forwardedQuestionDeadlineWorkingDays':
    case 'closureDecisionWorkingDays':
    case 'handoverDecisionReminderWorkingDays':
      return workingDays(p[parameter]);
    case 'inactivityThresholdDays':
    case 'inactivityGracePeriodDays':
      return days(p[parameter]);
    case 'minAdministrators':
      return String(p.minAdministrators);
    case 'accountCreator':
      return accountCreatorLabel[p.accountCreator];
    case 'credentialDepositPlatforms':
      return list(p.credentialDepositPlatforms.map((platform) => platformLabel[platform]));
    case 'monitoringFrequency':
      return monitoringFrequencyLabel[p.monitoringFrequency];
    case 'snapshotCadence':
      return snapshotCadenceLabel[p.snapshotCadence];
    case 'snapshotOccasions':
      return list(p.snapshotOccasions.map((occasion) => snapshotOccasionLabel[occasion]));
    case 'followUpReport':
      return `En gång om året, i ${MONTHS[p.followUpReport.month - 1] ?? `månad ${p.followUpReport.month}`}`;
    case 'profileTextTemplate':
      return p.profileTextTemplate;
  }
}
