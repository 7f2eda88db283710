import type { Platform } from './account.js';

/** A person named in the plan: an administrator or a daily operator (seed 001 form: name, e-mail, phone). */
export interface PlanPerson {
  name: string;
  email: string;
  phone: string;
}

/**
 * The seed 001 §3.1 checklist, answered before the plan is written. Keys are stable identifiers; the
 * Swedish question is what the applicant sees.
 */
export const PLAN_CHECKLIST = [
  { key: 'MISSION_AND_SERVICE', question: 'Har ni utgått från verksamhetens uppdrag och klargjort hur det sociala mediet kan bidra till ökad service till invånarna?' },
  { key: 'TECHNICAL_PREREQUISITES', question: 'Har ni analyserat vilka tekniska förutsättningar som krävs för ett engagemang i det sociala mediet (smartphones, datorer, uppkoppling etc.)?' },
  { key: 'TIME_AND_RESOURCES', question: 'Har ni bedömt vilka insatser som behövs i tid och resurser för ert engagemang i det sociala mediet?' },
  { key: 'TERMS_READ', question: 'Har ni läst avtalsvillkoren för det sociala mediet?' },
  { key: 'TERMS_REASONABLE_FOR_RESIDENTS', question: 'Har ni bedömt att avtalsvillkoren som invånarna ställs inför är rimliga för att ta del av ert engagemang?' },
  { key: 'OWN_RULES', question: 'Har ni tagit fram egna regler för inom vilka ramar de som företräder verksamheten kan agera, t.ex. uttala sig om?' },
  { key: 'NO_PRIVATE_ACCOUNTS', question: 'Undviker ni att använda privata konton när ni företräder verksamheten i det sociala mediet?' },
  { key: 'PUBLIC_RECORDS_ROUTINES', question: 'Har ni rutiner för att hantera allmänna handlingar i det sociala mediet?' },
  { key: 'REGISTRATION_ROUTINES', question: 'Har ni rutiner för diarieföring?' },
  { key: 'ARCHIVING_ROUTINES', question: 'Har ni rutiner för arkivering?' },
  { key: 'DISPOSAL_DECISION_READ', question: 'Har ni tagit del av gallringsbeslutet för sociala medier?' },
] as const;
export type ChecklistKey = (typeof PLAN_CHECKLIST)[number]['key'];
export const CHECKLIST_KEYS: readonly ChecklistKey[] = PLAN_CHECKLIST.map((item) => item.key);

export interface ChecklistAnswer {
  key: ChecklistKey;
  answer: boolean;
  comment?: string | null;
}

/**
 * The activity plan (aktivitetsplan / handlingsplan): every field of seed 000 Appendix 2 and seed 001's form,
 * plus the needs analysis (seed 003 "Skapa konto") and the checklist.
 */
export interface ActivityPlanContent {
  platform: Platform;
  /** Web address of the page, profile, blog or channel (may be the intended address before it exists). */
  webAddress: string;
  handle?: string | null;
  displayName: string;
  /** Which activity or unit is to be on the platform. */
  activityDescription: string;
  purpose: string;
  targetAudiences: string;
  /** Goals, including measurable ones (e.g. 200 followers within six months). */
  goals: string;
  /** Why this channel, and could the municipality's central channel serve instead? */
  needsAnalysis: string;
  /** The dedicated functional e-mail address the account is registered with (never a personal address). */
  functionalEmail: string;
  administrators: PlanPerson[];
  dailyOperators: PlanPerson[];
  /** How often and when the account is watched (office hours only or also other times). */
  monitoringHours: string;
  publishingFrequency: string;
  estimatedWeeklyHours: number;
  other?: string | null;
  checklist: ChecklistAnswer[];
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `administrators` or `administrators.1.email`. */
  field: string;
  message: string;
}

export interface PlanRules {
  /** Minimum number of named administrators (seed 000, 001, 003: at least two). */
  minAdministrators: number;
  /** Addresses that belong to people (users' own e-mail), which may never be the account's functional e-mail. */
  personalEmails: readonly string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const normalise = (email: string) => email.trim().toLowerCase();

/**
 * Checks a plan before it is stored or submitted. Returns every problem, each naming its field, so the
 * applicant can fix them all at once; an empty list means the plan is acceptable.
 */
export function validateActivityPlan(plan: ActivityPlanContent, rules: PlanRules): FieldError[] {
  const errors: FieldError[] = [];
  const required: Array<[keyof ActivityPlanContent, string]> = [
    ['webAddress', 'Webbadress måste anges.'],
    ['displayName', 'Kontots namn måste anges.'],
    ['activityDescription', 'Beskriv verksamheten som ska finnas på det sociala mediet.'],
    ['purpose', 'Syftet måste anges.'],
    ['targetAudiences', 'Målgrupp måste anges.'],
    ['goals', 'Mål för satsningen måste anges.'],
    ['needsAnalysis', 'Behovsanalysen måste fyllas i.'],
    ['monitoringHours', 'Ange hur ofta och när kontot bevakas.'],
    ['publishingFrequency', 'Ange hur ofta nytt material publiceras.'],
  ];
  for (const [field, message] of required) {
    const value = plan[field];
    if (typeof value !== 'string' || value.trim() === '') errors.push({ field, message });
  }

  if (!(plan.estimatedWeeklyHours > 0)) {
    errors.push({ field: 'estimatedWeeklyHours', message: 'Beräknad arbetstid per vecka måste vara större än noll.' });
  }

  const functionalEmail = normalise(plan.functionalEmail ?? '');
  const peopleInPlan = [...plan.administrators, ...plan.dailyOperators].map((p) => normalise(p.email));
  if (!EMAIL.test(functionalEmail)) {
    errors.push({ field: 'functionalEmail', message: 'Ange en giltig funktionsadress (e-post) för kontot.' });
  } else if (rules.personalEmails.map(normalise).includes(functionalEmail) || peopleInPlan.includes(functionalEmail)) {
    errors.push({
      field: 'functionalEmail',
      message: 'Kontot måste registreras på en särskild funktionsadress, inte på en persons egen e-postadress.',
    });
  }

  if (plan.administrators.length < rules.minAdministrators) {
    errors.push({
      field: 'administrators',
      message: `Minst ${rules.minAdministrators} administratörer måste anges (namn, e-post och telefon).`,
    });
  }
  plan.administrators.forEach((person, i) => errors.push(...validatePerson(person, `administrators.${i}`)));
  const adminEmails = plan.administrators.map((p) => normalise(p.email));
  if (new Set(adminEmails).size !== adminEmails.length) {
    errors.push({ field: 'administrators', message: 'Varje administratör ska ha en egen inloggning; samma e-post får inte förekomma två gånger.' });
  }
  if (plan.dailyOperators.length === 0) {
    errors.push({ field: 'dailyOperators', message: 'Ange vem eller vilka som sköter den dagliga driften.' });
  }
  plan.dailyOperators.forEach((person, i) => errors.push(...validatePerson(person, `dailyOperators.${i}`)));

  const answered = new Set(plan.checklist.map((a) => a.key));
  const missing = CHECKLIST_KEYS.filter((key) => !answered.has(key));
  if (missing.length > 0) {
    errors.push({ field: 'checklist', message: `Checklistan är inte besvarad: ${missing.join(', ')}.` });
  }
  return errors;
}

function validatePerson(person: PlanPerson, path: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!person.name?.trim()) errors.push({ field: `${path}.name`, message: 'Namn måste anges.' });
  if (!EMAIL.test(person.email?.trim() ?? '')) errors.push({ field: `${path}.email`, message: 'Ange en giltig e-postadress.' });
  if (!person.phone?.trim()) errors.push({ field: `${path}.phone`, message: 'Telefonnummer måste anges.' });
  return errors;
}
