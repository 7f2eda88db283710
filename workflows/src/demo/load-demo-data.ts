import { Account, DEMO_APPROVERS, policyInForce, seedDemoOrganisation, type DemoOrganisation } from '@smg/db';
import { CHECKLIST_KEYS, DEFAULT_HANDOVER_RULES, handoverRulesFrom, type ActivityPlanContent, type Platform, type ProvisioningItemKey, type Role } from '@smg/domain';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { HandoverClient } from '../account-handover/client.js';
import { OpeningClient, type ActingAs } from '../client.js';

/** How far each demo opening is taken, so every state of the opening lifecycle has an example. */
type Stage = 'DRAFT' | 'AWAITING_CONSULTATION' | 'AWAITING_UNIT_MANAGER' | 'AWAITING_HEAD' | 'REJECTED' | 'WITHDRAWN' | 'PROVISIONING' | 'ACTIVE' | 'HANDING_OVER';

interface DemoAccount {
  stage: Stage;
  unit: keyof DemoOrganisation['units'];
  platform: Platform;
  displayName: string;
  handle: string;
  webAddress: string;
  functionalEmail: string;
  purpose: string;
  targetAudiences: string;
  goals: string;
}

const DEMO_ACCOUNTS: DemoAccount[] = [
  { stage: 'ACTIVE', unit: 'library', platform: 'INSTAGRAM', displayName: 'Biblioteket i Demokommun', handle: 'biblioteket_demokommun', webAddress: 'https://www.instagram.com/biblioteket_demokommun', functionalEmail: 'biblioteket.sociala@demokommun.se', purpose: 'Sprida information om bibliotekets evenemang och boktips samt skapa dialog med låntagarna.', targetAudiences: 'Unga vuxna och barnfamiljer i kommunen', goals: '500 följare inom ett halvår och minst två inlägg i veckan' },
  { stage: 'ACTIVE', unit: 'communications', platform: 'FACEBOOK', displayName: 'Demokommun', handle: 'demokommun', webAddress: 'https://www.facebook.com/demokommun', functionalEmail: 'sociala.medier@demokommun.se', purpose: 'Kommunens centrala kanal för nyheter, driftinformation och krisinformation.', targetAudiences: 'Alla invånare, företagare och besökare', goals: 'Nå 30 % av invånarna med viktig information inom ett dygn' },
  { stage: 'PROVISIONING', unit: 'youthCentres', platform: 'TIKTOK', displayName: 'Fritidsgårdarna Demokommun', handle: 'fritidsgardarna', webAddress: 'https://www.tiktok.com/@fritidsgardarna', functionalEmail: 'fritidsgardarna.sociala@demokommun.se', purpose: 'Visa fritidsgårdarnas verksamhet och nå unga med lovaktiviteter.', targetAudiences: 'Ungdomar 13–18 år', goals: '300 följare under första året' },
  { stage: 'AWAITING_HEAD', unit: 'library', platform: 'YOUTUBE', displayName: 'Biblioteket berättar', handle: 'biblioteketberattar', webAddress: 'https://www.youtube.com/@biblioteketberattar', functionalEmail: 'biblioteket.video@demokommun.se', purpose: 'Publicera inspelade författarsamtal och sagostunder.', targetAudiences: 'Barnfamiljer och litteraturintresserade', goals: '20 filmer och 1 000 visningar per halvår' },
  { stage: 'AWAITING_UNIT_MANAGER', unit: 'library', platform: 'LINKEDIN', displayName: 'Biblioteken i Demokommun – jobb och kompetens', handle: 'biblioteken-demokommun', webAddress: 'https://www.linkedin.com/company/biblioteken-demokommun', functionalEmail: 'biblioteket.jobb@demokommun.se', purpose: 'Marknadsföra bibliotekets stöd för arbetssökande och rekrytera personal.', targetAudiences: 'Arbetssökande och yrkesverksamma', goals: '200 följare och fem rekryteringsinlägg per år' },
  { stage: 'AWAITING_CONSULTATION', unit: 'schoolCentral', platform: 'INSTAGRAM', displayName: 'Centrumskolan', handle: 'centrumskolan', webAddress: 'https://www.instagram.com/centrumskolan', functionalEmail: 'centrumskolan.sociala@demokommun.se', purpose: 'Visa vardagen i skolan för vårdnadshavare och blivande elever.', targetAudiences: 'Vårdnadshavare och elever', goals: 'Ett inlägg i veckan under terminerna' },
  { stage: 'DRAFT', unit: 'youthCentres', platform: 'INSTAGRAM', displayName: 'Sommarlov i Demokommun', handle: 'sommarlov_demokommun', webAddress: 'https://www.instagram.com/sommarlov_demokommun', functionalEmail: 'sommarlov@demokommun.se', purpose: 'Samla sommarlovets aktiviteter för barn och unga.', targetAudiences: 'Barn 6–15 år och deras vårdnadshavare', goals: '1 000 följare inför sommarlovet' },
  { stage: 'REJECTED', unit: 'schoolCentral', platform: 'X', displayName: 'Centrumskolan nyheter', handle: 'centrumskolan_nyheter', webAddress: 'https://x.com/centrumskolan_nyheter', functionalEmail: 'centrumskolan.nyheter@demokommun.se', purpose: 'Korta nyheter från skolan.', targetAudiences: 'Vårdnadshavare', goals: '100 följare' },
  { stage: 'HANDING_OVER', unit: 'library', platform: 'FACEBOOK', displayName: 'Läsecirklarna i Demokommun', handle: 'lasecirklarna', webAddress: 'https://www.facebook.com/lasecirklarna', functionalEmail: 'lasecirklarna@demokommun.se', purpose: 'Samla bibliotekets läsecirklar: vad som läses och när cirklarna träffas.', targetAudiences: 'Vuxna läsare i kommunen', goals: 'En träff i månaden med minst tio deltagare' },
  { stage: 'WITHDRAWN', unit: 'library', platform: 'PODCAST', displayName: 'Bokpodden Demokommun', handle: 'bokpodden', webAddress: 'https://demokommun.se/bokpodden', functionalEmail: 'bokpodden@demokommun.se', purpose: 'Samtal om böcker med bibliotekarier och gäster.', targetAudiences: 'Vuxna läsare', goals: 'Tio avsnitt första året' },
];

function planOf(account: DemoAccount, org: DemoOrganisation): ActivityPlanContent {
  const editor = org.users.editor;
  const manager = org.users.unitManager;
  return {
    platform: account.platform,
    webAddress: account.webAddress,
    handle: account.handle,
    displayName: account.displayName,
    activityDescription: `${org.units[account.unit].name}s kanal på ${account.platform === 'X' ? 'X' : account.platform.toLowerCase()}.`,
    purpose: account.purpose,
    targetAudiences: account.targetAudiences,
    goals: account.goals,
    needsAnalysis: 'Målgruppen nås inte i tillräcklig utsträckning av kommunens centrala kanaler; verksamheten har avsatt tid för långsiktig drift.',
    functionalEmail: account.functionalEmail,
    administrators: [
      { name: editor.name, email: editor.email, phone: '0123-45 10 01' },
      { name: manager.name, email: manager.email, phone: '0123-45 10 02' },
    ],
    dailyOperators: [{ name: editor.name, email: editor.email, phone: '0123-45 10 01' }],
    monitoringHours: 'Varje arbetsdag 08.00–16.30, ersättare vid frånvaro',
    publishingFrequency: 'Två till tre inlägg i veckan',
    estimatedWeeklyHours: 4,
    other: null,
    checklist: CHECKLIST_KEYS.map((key) => ({ key, answer: true })),
  };
}

const evidenceFor = (key: ProvisioningItemKey, account: DemoAccount, org: DemoOrganisation) => {
  switch (key) {
    case 'FUNCTIONAL_EMAIL':
      return { functionalEmail: account.functionalEmail };
    case 'ACCOUNT_CREATED':
      return { url: account.webAddress };
    case 'PROFILE_TEXT_PUBLISHED':
      return { url: `${account.webAddress}/about` };
    case 'ADMINISTRATORS_TWO_FACTOR':
      return {
        administrators: [org.users.editor, org.users.unitManager].map((u) => ({ name: u.name, email: u.email, twoFactorConfirmed: true })),
      };
    default:
      return { note: 'Klart enligt rutin.' };
  }
};

/**
 * Loads the demo organisation and, once, a set of account openings taken through the real lifecycle into every
 * state it has (and one account proposed for handover, awaiting its board), so the apps and the Temporal UI have something to show. Safe to run again.
 */
export async function loadDemoData({ dataSource, client, taskQueue }: { dataSource: DataSource; client: Client; taskQueue?: string }) {
  const org = await seedDemoOrganisation(dataSource);
  const existing = await dataSource.getRepository(Account).countBy({ municipalityId: org.municipality.id });
  if (existing > 0) return { organisation: org, created: 0 };

  const openings = new OpeningClient(client, { taskQueue });
  const as = (user: keyof DemoOrganisation['users'], role: Role): ActingAs => ({ actorId: org.users[user].id, actorName: org.users[user].name, role });
  const reached = (stage: Stage, ...order: Stage[]) => order.indexOf(stage) >= 0;

  for (const account of DEMO_ACCOUNTS) {
    const unit = org.units[account.unit];
    const applicant = account.unit === 'communications' ? as('communications', 'COMMUNICATIONS') : as('editor', 'EDITOR');
    const accountId = randomUUID();
    await openings.apply({
      accountId,
      municipalityId: org.municipality.id,
      administrationId: unit.administrationId,
      unitId: unit.id,
      scope: account.unit === 'communications' ? 'CENTRAL' : 'UNIT',
      plan: planOf(account, org),
      by: applicant,
    });
    if (account.stage === 'DRAFT') continue;
    if (account.stage === 'WITHDRAWN') {
      await openings.withdraw(accountId, 'Verksamheten har valt att i stället använda kommunens centrala kanal.', applicant);
      continue;
    }
    await openings.submitPlan(accountId, applicant);
    if (account.stage === 'AWAITING_CONSULTATION') continue;
    await openings.recordConsultation(accountId, 'Kanalen är lämplig för målgruppen. Tänk på att svara inom en arbetsdag.', as('communications', 'COMMUNICATIONS'));
    if (account.stage === 'AWAITING_UNIT_MANAGER') continue;
    const administration = (Object.keys(org.administrations) as Array<keyof DemoOrganisation['administrations']>).find(
      (key) => org.administrations[key].id === unit.administrationId,
    )!;
    const manager = as(DEMO_APPROVERS.unitManager[account.unit], 'UNIT_MANAGER');
    if (account.stage === 'REJECTED') {
      await openings.decide(accountId, 'UNIT_MANAGER', 'REJECT', 'Skolans nyheter når vårdnadshavarna bättre via lärplattformen; ett separat konto behövs inte.', manager);
      continue;
    }
    await openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, manager);
    if (account.stage === 'AWAITING_HEAD') continue;
    await openings.decide(accountId, 'HEAD_OF_ADMINISTRATION', 'APPROVE', null, as(DEMO_APPROVERS.head[administration], 'HEAD_OF_ADMINISTRATION'));
    let state = await openings.state(accountId);
    const items = state.provisioning.map((i) => i.key);
    const toComplete = reached(account.stage, 'ACTIVE', 'HANDING_OVER') ? items : items.slice(0, 3);
    for (const key of toComplete) {
      state = await openings.completeProvisioningItem(accountId, key, evidenceFor(key, account, org), applicant);
    }
    if (account.stage === 'HANDING_OVER') {
      // The reading circles have become an association of their own: the library proposes handing the page over,
      // and the culture board has yet to decide (seed 003 "Överlåta ett konto").
      const policy = await policyInForce(dataSource.manager, org.municipality.id);
      await new HandoverClient(client, { taskQueue }).propose({
        handoverId: randomUUID(),
        accountId,
        municipalityId: org.municipality.id,
        administrationId: unit.administrationId,
        unitId: unit.id,
        boardId: org.administrations[administration].boardId,
        platform: account.platform,
        newOwner: { kind: 'ORGANISATION', name: 'Läsföreningen Bokcirkeln', contactName: 'Berit Bok', email: 'kontakt@bokcirkeln.example', phone: null },
        reason: 'Läsecirklarna drivs sedan i höstas av en egen förening; biblioteket ska inte längre publicera i kanalen.',
        by: as('unitManager', 'UNIT_MANAGER'),
        rules: policy ? handoverRulesFrom(policy.parameters) : DEFAULT_HANDOVER_RULES,
        policyVersionId: policy?.id ?? null,
        credentialsDeposited: items.includes('CREDENTIALS_DEPOSITED'),
      });
    }
  }
  return { organisation: org, created: DEMO_ACCOUNTS.length };
}
