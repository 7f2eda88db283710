import { PLATFORMS } from '../account.js';
import type { FieldError } from '../activity-plan.js';
import { ApprovalStepKind } from '../opening.js';
import {
  AccountCreator,
  LEGAL_MINIMUM_CHECKS_PER_WEEK,
  MonitoringFrequency,
  PROFILE_TEXT_VARIABLES,
  SnapshotCadence,
  SnapshotOccasion,
  monitoringChecksPerWeek,
  type PolicyParameters,
} from './policy.js';

/**
 * Checks a policy version before it is published. Returns every problem, each naming its field (dotted path, e.g.
 * `followUpReport.month`), with a Swedish message for the communications unit; an empty list means it may be
 * published. Parameters arrive from the API as data, so every value is checked at run time, not only by type.
 */
export function validatePolicyParameters(p: PolicyParameters): FieldError[] {
  const errors: FieldError[] = [];
  const refuse = (field: string, message: string) => errors.push({ field, message });

  // Approval chain (DOMAIN.md "1. Opening" step 3).
  const chain: unknown = p.approvalChain;
  const stepKinds: readonly string[] = Object.values(ApprovalStepKind);
  if (!Array.isArray(chain) || chain.length === 0) {
    refuse('approvalChain', 'Godkännandekedjan måste ha minst ett steg.');
  } else {
    const unknown = chain.filter((step) => !stepKinds.includes(step as string));
    if (unknown.length > 0) refuse('approvalChain', `Okänt steg i godkännandekedjan: ${unknown.join(', ')}.`);
    if (new Set(chain).size !== chain.length) refuse('approvalChain', 'Ett steg får bara förekomma en gång i godkännandekedjan.');
    const approvers = chain.filter((step) => step !== 'CONSULTATION' && stepKinds.includes(step as string));
    if (approvers.length === 0) {
      refuse('approvalChain', 'Godkännandekedjan måste ha minst en som godkänner; samråd ensamt räcker inte.');
    } else if (chain[chain.length - 1] === 'CONSULTATION') {
      // Samråd informs a decision, so it must come before the last approval, never after all of them.
      refuse('approvalChain', 'Samrådet med kommunikationsenheten måste ske före ett godkännande, inte efter det sista.');
    }
  }
  requireBoolean(p.consultationOnNewPlatform, 'consultationOnNewPlatform', refuse);

  // Deadlines and thresholds: whole, positive numbers of (working) days.
  const counts: Array<[keyof PolicyParameters, string]> = [
    ['approvalReminderWorkingDays', 'Påminnelsen'],
    ['approvalEscalationWorkingDays', 'Eskaleringen'],
    ['answerDeadlineWorkingDays', 'Svarstiden'],
    ['forwardedQuestionDeadlineWorkingDays', 'Svarstiden för vidarebefordrade frågor'],
    ['inactivityThresholdDays', 'Gränsen för inaktivitet'],
    ['inactivityGracePeriodDays', 'Fristen för ett inaktivt konto'],
    ['closureDecisionWorkingDays', 'Tiden för beslut om avslut'],
    ['handoverDecisionReminderWorkingDays', 'Påminnelsen om nämndbeslut'],
  ];
  for (const [field, what] of counts) {
    if (!isPositiveInteger(p[field])) refuse(field, `${what} måste vara ett positivt heltal (antal dagar).`);
  }
  if (
    isPositiveInteger(p.approvalReminderWorkingDays) &&
    isPositiveInteger(p.approvalEscalationWorkingDays) &&
    p.approvalEscalationWorkingDays <= p.approvalReminderWorkingDays
  ) {
    refuse('approvalEscalationWorkingDays', 'Eskaleringen ska komma efter påminnelsen: ange fler arbetsdagar än för påminnelsen.');
  }
  if (
    isPositiveInteger(p.answerDeadlineWorkingDays) &&
    isPositiveInteger(p.forwardedQuestionDeadlineWorkingDays) &&
    p.forwardedQuestionDeadlineWorkingDays < p.answerDeadlineWorkingDays
  ) {
    // The holding reply of a forwarded question is due by the ordinary answer deadline, the answer itself later.
    refuse('forwardedQuestionDeadlineWorkingDays', 'En vidarebefordrad fråga kan inte ha kortare svarstid än en vanlig fråga.');
  }

  if (!Object.values(AccountCreator).includes(p.accountCreator)) {
    refuse('accountCreator', 'Ange vem som skapar kontot: verksamheten eller kommunikationsenheten.');
  }
  if (!isPositiveInteger(p.minAdministrators)) {
    refuse('minAdministrators', 'Minst en administratör krävs (riktlinjerna kräver minst två, var och en med egen inloggning).');
  }
  requireBoolean(p.twoFactorRequired, 'twoFactorRequired', refuse);

  const deposit: unknown = p.credentialDepositPlatforms;
  if (!Array.isArray(deposit)) {
    refuse('credentialDepositPlatforms', 'Ange vilka plattformars inloggningsuppgifter som lämnas till kommunikationsenheten (listan får vara tom).');
  } else {
    const unknown = deposit.filter((platform) => !(PLATFORMS as readonly string[]).includes(platform as string));
    if (unknown.length > 0) refuse('credentialDepositPlatforms', `Okänd plattform: ${unknown.join(', ')}.`);
    if (new Set(deposit).size !== deposit.length) refuse('credentialDepositPlatforms', 'En plattform får bara anges en gång.');
  }

  // Uppsiktsplikt: lag (1998:112) om ansvar för elektroniska anslagstavlor, "Dock inte mer sällan än en vecka".
  if (!Object.values(MonitoringFrequency).includes(p.monitoringFrequency)) {
    refuse('monitoringFrequency', 'Okänd frekvens för uppsikt. Välj varje arbetsdag, två gånger i veckan eller varje vecka.');
  } else if (monitoringChecksPerWeek[p.monitoringFrequency] < LEGAL_MINIMUM_CHECKS_PER_WEEK) {
    refuse('monitoringFrequency', 'Uppsikten får inte vara glesare än en gång i veckan (lag 1998:112).');
  }

  if (!Object.values(SnapshotCadence).includes(p.snapshotCadence)) {
    refuse('snapshotCadence', 'Ögonblicksbilder tas varje halvår eller varje år.');
  }
  const occasions: unknown = p.snapshotOccasions;
  if (!Array.isArray(occasions)) {
    refuse('snapshotOccasions', 'Ange vid vilka tillfällen utöver kalendern en ögonblicksbild tas (listan får vara tom).');
  } else {
    const known: readonly string[] = Object.values(SnapshotOccasion);
    const unknown = occasions.filter((o) => !known.includes(o as string));
    if (unknown.length > 0) refuse('snapshotOccasions', `Okänt tillfälle för ögonblicksbild: ${unknown.join(', ')}.`);
    if (new Set(occasions).size !== occasions.length) refuse('snapshotOccasions', 'Ett tillfälle får bara anges en gång.');
  }

  const report: unknown = p.followUpReport;
  if (!report || typeof report !== 'object') {
    refuse('followUpReport', 'Ange när den årliga uppföljningsrapporten ska lämnas.');
  } else {
    const { cadence, month } = report as { cadence?: unknown; month?: unknown };
    if (cadence !== 'YEARLY') refuse('followUpReport.cadence', 'Uppföljningsrapporten lämnas årligen.');
    if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) {
      refuse('followUpReport.month', 'Månaden för uppföljningsrapporten måste vara 1–12.');
    }
  }

  const template: unknown = p.profileTextTemplate;
  if (typeof template !== 'string' || template.trim() === '') {
    refuse('profileTextTemplate', 'Profiltexten måste fyllas i.');
  } else {
    if (!template.includes('{kontakt}')) {
      refuse('profileTextTemplate', 'Profiltexten måste innehålla {kontakt} så att läsarna kan nå den ansvariga.');
    }
    const allowed: readonly string[] = PROFILE_TEXT_VARIABLES;
    const unknown = [...template.matchAll(/\{([^{}\s]+)\}/g)].map((m) => m[1]).filter((name) => !allowed.includes(name));
    if (unknown.length > 0) {
      refuse(
        'profileTextTemplate',
        `Okänd variabel i profiltexten: ${unknown.map((n) => `{${n}}`).join(', ')}. Tillåtna: ${allowed.map((n) => `{${n}}`).join(', ')}.`,
      );
    }
  }

  return errors;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function requireBoolean(value: unknown, field: string, refuse: (field: string, message: string) => void) {
  if (typeof value !== 'boolean') refuse(field, 'Värdet måste vara ja eller nej.');
}
