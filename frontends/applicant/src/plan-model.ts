import type { AccountScope, Platform } from '@smg/domain';
import type { AccountDetailFieldsFragment, ActivityPlanInput } from '@smg/shared';

export interface PersonForm {
  name: string;
  email: string;
  phone: string;
}

export interface ChecklistForm {
  answer: 'yes' | 'no' | null;
  comment: string;
}

/** What the form edits: the plan as typed, before it becomes an `ActivityPlanInput`. */
export interface PlanForm {
  unitId: string;
  scope: AccountScope;
  platform: Platform | '';
  webAddress: string;
  handle: string;
  displayName: string;
  activityDescription: string;
  purpose: string;
  targetAudiences: string;
  goals: string;
  needsAnalysis: string;
  functionalEmail: string;
  administrators: PersonForm[];
  dailyOperators: PersonForm[];
  monitoringHours: string;
  publishingFrequency: string;
  estimatedWeeklyHours: number | null;
  other: string;
  checklist: Record<string, ChecklistForm>;
}

const emptyPerson = (): PersonForm => ({ name: '', email: '', phone: '' });

/** A new plan starts with the two administrator rows every plan needs (seed 000, 001, 003). */
export function emptyPlanForm(unitId = ''): PlanForm {
  return {
    unitId,
    scope: 'UNIT',
    platform: '',
    webAddress: '',
    handle: '',
    displayName: '',
    activityDescription: '',
    purpose: '',
    targetAudiences: '',
    goals: '',
    needsAnalysis: '',
    functionalEmail: '',
    administrators: [emptyPerson(), emptyPerson()],
    dailyOperators: [emptyPerson()],
    monitoringHours: '',
    publishingFrequency: '',
    estimatedWeeklyHours: null,
    other: '',
    checklist: {},
  };
}

export function newPerson(): PersonForm {
  return emptyPerson();
}

export function planFormFromAccount(account: AccountDetailFieldsFragment): PlanForm {
  const plan = account.plan;
  if (!plan) return { ...emptyPlanForm(account.unit.id), scope: account.scope, platform: account.platform };
  const copy = (people: ReadonlyArray<PersonForm>) => people.map((p) => ({ name: p.name, email: p.email, phone: p.phone }));
  return {
    unitId: account.unit.id,
    scope: account.scope,
    platform: plan.platform,
    webAddress: plan.webAddress,
    handle: plan.handle ?? '',
    displayName: plan.displayName,
    activityDescription: plan.activityDescription,
    purpose: plan.purpose,
    targetAudiences: plan.targetAudiences,
    goals: plan.goals,
    needsAnalysis: plan.needsAnalysis,
    functionalEmail: plan.functionalEmail,
    administrators: copy(plan.administrators),
    dailyOperators: copy(plan.dailyOperators),
    monitoringHours: plan.monitoringHours,
    publishingFrequency: plan.publishingFrequency,
    estimatedWeeklyHours: plan.estimatedWeeklyHours,
    other: plan.other ?? '',
    checklist: Object.fromEntries(
      plan.checklist.map((c) => [c.key, { answer: c.answer ? 'yes' : 'no', comment: c.comment ?? '' } satisfies ChecklistForm]),
    ),
  };
}

/**
 * Unanswered checklist questions are left out rather than guessed, so the API names them in its field error.
 * Empty rows (an added but untouched person) are dropped: they are not people.
 */
export function planInputFromForm(form: PlanForm): ActivityPlanInput {
  const people = (list: PersonForm[]) =>
    list
      .map((p) => ({ name: p.name.trim(), email: p.email.trim(), phone: p.phone.trim() }))
      .filter((p) => p.name || p.email || p.phone);
  return {
    unitId: form.unitId,
    scope: form.scope,
    platform: (form.platform || 'OTHER') as Platform,
    webAddress: form.webAddress.trim(),
    handle: form.handle.trim() || null,
    displayName: form.displayName.trim(),
    activityDescription: form.activityDescription.trim(),
    purpose: form.purpose.trim(),
    targetAudiences: form.targetAudiences.trim(),
    goals: form.goals.trim(),
    needsAnalysis: form.needsAnalysis.trim(),
    functionalEmail: form.functionalEmail.trim(),
    administrators: people(form.administrators),
    dailyOperators: people(form.dailyOperators),
    monitoringHours: form.monitoringHours.trim(),
    publishingFrequency: form.publishingFrequency.trim(),
    estimatedWeeklyHours: form.estimatedWeeklyHours ?? 0,
    other: form.other.trim() || null,
    checklist: Object.entries(form.checklist)
      .filter(([, c]) => c.answer !== null)
      .map(([key, c]) => ({ key, answer: c.answer === 'yes', comment: c.comment.trim() || null })),
  };
}

/** Client-side checks that need no server: which questions are unanswered and whether a platform is chosen. */
export function localProblems(form: PlanForm, questionKeys: readonly string[]): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.platform) problems.platform = 'Välj plattform.';
  if (!form.unitId) problems.unitId = 'Välj verksamhet.';
  for (const key of questionKeys) {
    if (!form.checklist[key] || form.checklist[key].answer === null) problems[`checklist.${key}`] = 'Besvara frågan.';
  }
  return problems;
}
