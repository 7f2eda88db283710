import { CHECKLIST_KEYS, type ActivityPlanContent, type Actor, type OpeningState, initialOpeningState } from '../src/index.js';

export const plan = (overrides: Partial<ActivityPlanContent> = {}): ActivityPlanContent => ({
  platform: 'INSTAGRAM',
  webAddress: 'https://www.instagram.com/biblioteket_demokommun',
  handle: 'biblioteket_demokommun',
  displayName: 'Biblioteket i Demokommun',
  activityDescription: 'Bibliotekets program och nyheter',
  purpose: 'Sprida information om bibliotekets evenemang och skapa dialog med låntagare.',
  targetAudiences: 'Unga vuxna och barnfamiljer',
  goals: '500 följare inom ett halvår',
  needsAnalysis: 'Målgruppen nås inte av kommunens centrala kanal.',
  functionalEmail: 'biblioteket.sociala@demokommun.se',
  administrators: [
    { name: 'Elin Redaktör', email: 'elin.redaktor@demokommun.se', phone: '0123-1' },
    { name: 'Ulf Enhetschef', email: 'ulf.enhetschef@demokommun.se', phone: '0123-2' },
  ],
  dailyOperators: [{ name: 'Elin Redaktör', email: 'elin.redaktor@demokommun.se', phone: '0123-1' }],
  monitoringHours: 'Varje arbetsdag 08–17',
  publishingFrequency: 'Tre inlägg i veckan',
  estimatedWeeklyHours: 4,
  other: null,
  checklist: CHECKLIST_KEYS.map((key) => ({ key, answer: true })),
  ...overrides,
});

export const scope = { municipalityId: 'm1', administrationId: 'adm-culture', unitId: 'unit-library' };

export const opening = (platform: ActivityPlanContent['platform'] = 'INSTAGRAM'): OpeningState =>
  initialOpeningState({ accountId: 'a1', ...scope, platform });

export const actor = (roles: Actor['roles'], municipalityId = 'm1'): Actor => ({ userId: 'u1', municipalityId, name: 'Test', roles });
