import { PERSONAL_LOGIN_PLATFORMS, PLATFORMS, type Platform } from '../account.js';
import { DEFAULT_OPENING_RULES } from '../opening.js';
import type { PolicyParameters, PolicyPreset, SnapshotOccasion } from './policy.js';

/**
 * One preset per seed municipality (seeds/README.md). Every value is read from that municipality's guideline and
 * `sources` says where: `seed 001 §3.2 "Handlingsplan för sociala medier"` (file number, section, heading as written
 * in the seed), optionally followed by ` — ` and how the text was read. Where a guideline is silent the source starts
 * with `not stated:` and names the legal floor or the default below that was used instead.
 */

/**
 * Values used where a guideline is silent. Each says where it comes from, so a municipality can see what it
 * inherits and publish its own value instead.
 */
export const POLICY_DEFAULTS = {
  /** The opening lifecycle's own default (DEFAULT_OPENING_RULES); no seed sets approval deadlines. */
  approvalReminderWorkingDays: DEFAULT_OPENING_RULES.reminderAfterWorkingDays,
  approvalEscalationWorkingDays: DEFAULT_OPENING_RULES.escalationAfterWorkingDays,
  /** DEFAULT_OPENING_RULES; seeds 000, 001 and 003 state two administrators. */
  minAdministrators: DEFAULT_OPENING_RULES.minAdministrators,
  /** DEFAULT_OPENING_RULES and DOMAIN.md "Organisation": each administrator has an own login and two-factor authentication. */
  twoFactorRequired: DEFAULT_OPENING_RULES.twoFactorRequired,
  /** DOMAIN.md "1. Opening" step 4: credentials are deposited, except for platforms with personal logins. */
  credentialDepositPlatforms: PLATFORMS.filter((p) => !PERSONAL_LOGIN_PLATFORMS.includes(p)),
  /** DOMAIN.md "Daily work": answer within one working day. */
  answerDeadlineWorkingDays: 1,
  /** DOMAIN.md "Daily work": a forwarded question is answered within five working days (the figure of seed 002 §6.2). */
  forwardedQuestionDeadlineWorkingDays: 5,
  /** DOMAIN.md "4. Half-yearly archiving": documented on major changes, before closure and before handover. */
  snapshotOccasions: ['MAJOR_CHANGE', 'BEFORE_CLOSURE', 'BEFORE_HANDOVER'] as SnapshotOccasion[],
  /**
   * A whole quarter without a post: far below the regular updating every seed expects (seed 004 asks for "några
   * gånger i veckan"), and still caught well before the yearly follow-up report.
   */
  inactivityThresholdDays: 90,
  /** A month for the owner to bring the account back to life before the unit manager is asked to decide. */
  inactivityGracePeriodDays: 30,
  /** Two working weeks for the unit manager to decide keep or close in consultation with the communications unit. */
  closureDecisionWorkingDays: 10,
  /** About a month, so the reminder comes after the board has had an ordinary meeting to decide at. */
  handoverDecisionReminderWorkingDays: 20,
  /** September: the only month a seed names (seed 001 §4.3, "under kvartal tre"). */
  followUpReportMonth: 9,
} as const;

/**
 * The default profile text for municipalities whose guideline has no ready-made text (seeds 000, 001, 004). It
 * carries what DOMAIN.md "1. Opening" step 4 asks of every profile: sender, purpose, that posts are public records,
 * what is not allowed, contact. `notAllowed` is the municipality's own list of what is removed; `afterRemoval`
 * what the municipality promises when it removes something; `municipalityContact` the municipality's own contact
 * details as its guideline states them.
 */
export function defaultProfileTextTemplate(options: {
  notAllowed: readonly string[];
  afterRemoval: string;
  municipalityContact: string | null;
}): string {
  return [
    'Välkommen till {verksamhet}, ett officiellt konto för {kommun}.',
    '',
    '{syfte}',
    '',
    'Inlägg och kommentarer som skrivs här blir tillgängliga för alla och är allmänna handlingar. Ta därför inte upp ' +
      'personliga ärenden, personuppgifter eller sekretessbelagda uppgifter här – kontakta oss hellre via telefon, ' +
      'e-post eller brev.',
    '',
    'Inlägg och kommentarer får inte innehålla:',
    ...options.notAllowed.map((item) => `• ${item}`),
    '',
    options.afterRemoval,
    '',
    'Ansvarig för sidan är {verksamhet}. Frågor, synpunkter och anmälan av inlägg: {kontakt}',
    ...(options.municipalityContact ? [options.municipalityContact] : []),
  ].join('\n');
}

const ALL_OCCASIONS: SnapshotOccasion[] = ['MAJOR_CHANGE', 'BEFORE_CLOSURE', 'BEFORE_HANDOVER'];
const withoutFacebook = (platforms: readonly Platform[]) => platforms.filter((p) => p !== 'FACEBOOK');

// Sources shared by several presets because the seed is silent in the same way.
const notStated = {
  approvalReminderWorkingDays: `not stated: ${POLICY_DEFAULTS.approvalReminderWorkingDays} working days, the opening lifecycle's default (DEFAULT_OPENING_RULES.reminderAfterWorkingDays); no seed sets approval deadlines`,
  approvalEscalationWorkingDays: `not stated: ${POLICY_DEFAULTS.approvalEscalationWorkingDays} working days, the opening lifecycle's default (DEFAULT_OPENING_RULES.escalationAfterWorkingDays); no seed sets approval deadlines`,
  twoFactorRequired: 'not stated: required, the default of DEFAULT_OPENING_RULES.twoFactorRequired and DOMAIN.md "Organisation" (each administrator with an own login and two-factor authentication)',
  credentialDepositPlatforms: 'not stated: every platform except those with personal logins (Facebook), the default of DOMAIN.md "1. Opening" step 4',
  answerDeadlineWorkingDays: `not stated: ${POLICY_DEFAULTS.answerDeadlineWorkingDays} working day, the default of DOMAIN.md "Daily work"`,
  forwardedQuestionDeadlineWorkingDays: `not stated: ${POLICY_DEFAULTS.forwardedQuestionDeadlineWorkingDays} working days, the default of DOMAIN.md "Daily work" (seed 002 §6.2's figure)`,
  inactivityThresholdDays: `not stated: ${POLICY_DEFAULTS.inactivityThresholdDays} days, the default POLICY_DEFAULTS.inactivityThresholdDays (a whole quarter without a post)`,
  inactivityGracePeriodDays: `not stated: ${POLICY_DEFAULTS.inactivityGracePeriodDays} days, the default POLICY_DEFAULTS.inactivityGracePeriodDays`,
  closureDecisionWorkingDays: `not stated: ${POLICY_DEFAULTS.closureDecisionWorkingDays} working days, the default POLICY_DEFAULTS.closureDecisionWorkingDays`,
  handoverDecisionReminderWorkingDays: `not stated: ${POLICY_DEFAULTS.handoverDecisionReminderWorkingDays} working days, the default POLICY_DEFAULTS.handoverDecisionReminderWorkingDays; the guideline has no handover rule`,
  followUpReport: `not stated: yearly in month ${POLICY_DEFAULTS.followUpReportMonth}, the yearly follow-up of DOMAIN.md "Daily work" in the only month a seed names (seed 001 §4.3, "under kvartal tre")`,
} as const;

const trelleborg: PolicyPreset = {
  key: 'trelleborg',
  municipalityName: 'Trelleborgs kommun',
  seedFile: '000_d1e4ceb4dccb5ac2.txt',
  parameters: {
    approvalChain: ['UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION'],
    consultationOnNewPlatform: true,
    approvalReminderWorkingDays: POLICY_DEFAULTS.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: POLICY_DEFAULTS.approvalEscalationWorkingDays,
    accountCreator: 'UNIT',
    minAdministrators: 2,
    twoFactorRequired: POLICY_DEFAULTS.twoFactorRequired,
    credentialDepositPlatforms: PLATFORMS.filter((p) => !PERSONAL_LOGIN_PLATFORMS.includes(p)),
    monitoringFrequency: 'WEEKLY',
    answerDeadlineWorkingDays: 1,
    forwardedQuestionDeadlineWorkingDays: POLICY_DEFAULTS.forwardedQuestionDeadlineWorkingDays,
    snapshotCadence: 'HALF_YEARLY',
    snapshotOccasions: ALL_OCCASIONS,
    inactivityThresholdDays: POLICY_DEFAULTS.inactivityThresholdDays,
    inactivityGracePeriodDays: POLICY_DEFAULTS.inactivityGracePeriodDays,
    closureDecisionWorkingDays: POLICY_DEFAULTS.closureDecisionWorkingDays,
    handoverDecisionReminderWorkingDays: POLICY_DEFAULTS.handoverDecisionReminderWorkingDays,
    followUpReport: { cadence: 'YEARLY', month: POLICY_DEFAULTS.followUpReportMonth },
    profileTextTemplate: defaultProfileTextTemplate({
      notAllowed: [
        'uppvigling',
        'hets mot folkgrupp',
        'barnpornografi',
        'olaga våldsskildring',
        'intrång i upphovsrätt',
        'kränkande personuppgifter',
        'kommersiell reklam',
      ],
      afterRemoval: 'Inlägg som bryter mot detta tas bort.',
      municipalityContact: 'www.trelleborg.se',
    }),
  },
  sources: {
    approvalChain:
      'seed 000 "Krav för att få starta ett konto"; seed 000 Bilaga 2 "Aktivitetsplan för sociala medier" — approved by "både den verksamhetsansvariga chefen och av förvaltningschefen", in the order of the form\'s signatures; the "samråd med ledningsgruppen" before it is the management group\'s, not the communications unit\'s, so the chain has no CONSULTATION step',
    consultationOnNewPlatform:
      'seed 000 "Samordning" — "Om en verksamhet vill starta konton på ett socialt media där kommunen ännu inte finns med i dag så ska kommunikationsenheten konsulteras"',
    approvalReminderWorkingDays: notStated.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: notStated.approvalEscalationWorkingDays,
    accountCreator:
      'seed 000 "Krav för att få starta ett konto"; seed 000 Bilaga 2 "Aktivitetsplan för sociala medier" — the unit acquires the account with its own e-mail address and hands in the credentials "efter att aktiviteten har startats"',
    minAdministrators: 'seed 000 "Krav för att få starta ett konto" — "Minst två personer ska kunna administrera varje konto"',
    twoFactorRequired: notStated.twoFactorRequired,
    credentialDepositPlatforms:
      'seed 000 "Krav för att få starta ett konto"; seed 000 "Samordning" — deposited with the communications unit "när det är möjligt": every platform except those with personal logins (Facebook), which have no shared login to deposit',
    monitoringFrequency: 'seed 000 "Att sköta ett konto" — "Dock aldrig mer sällan än en vecka"',
    answerDeadlineWorkingDays: 'seed 000 "Svarstider" — "besvaras inom ett dygn under arbetstid"',
    forwardedQuestionDeadlineWorkingDays: `${notStated.forwardedQuestionDeadlineWorkingDays}; seed 000 "Svarstider" asks only for a holding reply saying when an answer can be expected`,
    snapshotCadence: 'seed 000 "Dokumentering" — "vid varje årsskifte och halvårsskifte"',
    snapshotOccasions:
      'seed 000 "Dokumentering" — "samt vid större förändringar"; closure and handover are not named and are taken as the largest changes an account undergoes (DOMAIN.md "4. Half-yearly archiving")',
    inactivityThresholdDays: notStated.inactivityThresholdDays,
    inactivityGracePeriodDays: notStated.inactivityGracePeriodDays,
    closureDecisionWorkingDays: notStated.closureDecisionWorkingDays,
    handoverDecisionReminderWorkingDays: notStated.handoverDecisionReminderWorkingDays,
    followUpReport: `seed 000 "Uppföljning" — "Minst en gång per år"; the month is not stated: ${POLICY_DEFAULTS.followUpReportMonth}, as seed 001 §4.3 (the only seed that names one)`,
    profileTextTemplate:
      'not stated: no ready-made text in seed 000; the default text (defaultProfileTextTemplate) with what seed 000 "Hur ska kontot se ut?" asks for (official account of the municipality, link to www.trelleborg.se; telephone and address go in {kontakt}) and the removals of "Att sköta ett konto"',
  },
};

const torsby: PolicyPreset = {
  key: 'torsby',
  municipalityName: 'Torsby kommun',
  seedFile: '001_1e82d942000f94a5.txt',
  parameters: {
    approvalChain: ['CONSULTATION', 'UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION'],
    consultationOnNewPlatform: true,
    approvalReminderWorkingDays: POLICY_DEFAULTS.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: POLICY_DEFAULTS.approvalEscalationWorkingDays,
    accountCreator: 'UNIT',
    minAdministrators: 2,
    twoFactorRequired: POLICY_DEFAULTS.twoFactorRequired,
    credentialDepositPlatforms: withoutFacebook(PLATFORMS),
    monitoringFrequency: 'TWICE_A_WEEK',
    answerDeadlineWorkingDays: 1,
    forwardedQuestionDeadlineWorkingDays: POLICY_DEFAULTS.forwardedQuestionDeadlineWorkingDays,
    snapshotCadence: 'HALF_YEARLY',
    snapshotOccasions: ALL_OCCASIONS,
    inactivityThresholdDays: POLICY_DEFAULTS.inactivityThresholdDays,
    inactivityGracePeriodDays: POLICY_DEFAULTS.inactivityGracePeriodDays,
    closureDecisionWorkingDays: POLICY_DEFAULTS.closureDecisionWorkingDays,
    handoverDecisionReminderWorkingDays: POLICY_DEFAULTS.handoverDecisionReminderWorkingDays,
    followUpReport: { cadence: 'YEARLY', month: 9 },
    profileTextTemplate: defaultProfileTextTemplate({
      notAllowed: [
        'förtal, personliga angrepp eller förolämpningar',
        'hets mot folkgrupp, sexistiska yttranden eller andra trakasserier',
        'olovliga våldsskildringar eller pornografi',
        'uppmaningar till brott eller annan brottslig verksamhet',
        'olovligt bruk av upphovsrättsligt skyddat material',
        'svordomar eller obscena ord',
        'kommersiella budskap eller reklam',
      ],
      afterRemoval: 'Inlägg och kommentarer som bryter mot reglerna tas bort, och vi är öppna med att vi har gjort det.',
      municipalityContact: 'www.torsby.se · Växel 0560-160 00',
    }),
  },
  sources: {
    approvalChain:
      'seed 001 §3.2 "Handlingsplan för sociala medier"; seed 001 §6 "Samordning" — "Verksamhetsansvarig chef och förvaltningschefen i samråd med strategi- och näringslivsavdelningen ska godkänna handlingsplanen", and the department is consulted "innan arbetet med checklistan och handlingsplanen påbörjas", so consultation comes first; the form signs unit manager before head of administration',
    consultationOnNewPlatform: 'seed 001 §6 "Samordning" — consulted before every opening; the chain\'s CONSULTATION step covers a new platform too',
    approvalReminderWorkingDays: notStated.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: notStated.approvalEscalationWorkingDays,
    accountCreator:
      'seed 001 §3.2 "Handlingsplan för sociala medier" — the unit hands its credentials to the department "i ett förseglat kuvert", so the unit creates the account',
    minAdministrators: 'seed 001 §3 "Krav för att använda sociala medier" — "minst två personer som kan administrera"',
    twoFactorRequired: `${notStated.twoFactorRequired}; seed 001 §5 "Säkerhet" asks for own logins and a password policy but no second factor`,
    credentialDepositPlatforms:
      'seed 001 §3 "Krav för att använda sociala medier"; seed 001 §3.2 "Handlingsplan för sociala medier" — deposited in a sealed envelope, "gäller ej Facebook p.g.a. att inloggningsuppgifterna är privata"',
    monitoringFrequency: 'seed 001 §4 "Att jobba med sociala medier" — "kontrollera inlägg och kommentarer minst två gånger i veckan"',
    answerDeadlineWorkingDays:
      'seed 001 §4.1.3 "Svara på rätt sätt" — "ta den tid som behövs för att svara bra, från några timmar till en dag"; §4 asks for an answer "så snart som möjligt"',
    forwardedQuestionDeadlineWorkingDays: `${notStated.forwardedQuestionDeadlineWorkingDays}; seed 001 §4 says only to ask whoever has the answer and then reply`,
    snapshotCadence: 'seed 001 §4.4 "Bevarande och gallring" — "vid varje årsskifte och halvårsskifte"',
    snapshotOccasions:
      'seed 001 §4.4 "Bevarande och gallring" — "samt vid större förändringar"; closure and handover are not named and are taken as the largest changes an account undergoes (DOMAIN.md "4. Half-yearly archiving")',
    inactivityThresholdDays: `${notStated.inactivityThresholdDays}; seed 001 §2.1 only asks the unit to report when an engagement ends`,
    inactivityGracePeriodDays: notStated.inactivityGracePeriodDays,
    closureDecisionWorkingDays: notStated.closureDecisionWorkingDays,
    handoverDecisionReminderWorkingDays: notStated.handoverDecisionReminderWorkingDays,
    followUpReport: 'seed 001 §4.3 "Uppföljning" — "årligen, under kvartal tre": due by the end of September',
    profileTextTemplate:
      'not stated: no ready-made text in seed 001; the default text (defaultProfileTextTemplate) with what seed 001 §4.1.1 "Information om verksamheten på det sociala mediet" and §4.2 "Utseende" ask for, the list of §4.1.2, and the municipality\'s web address and switchboard from the action-plan form',
  },
};

const lekeberg: PolicyPreset = {
  key: 'lekeberg',
  municipalityName: 'Lekebergs kommun',
  seedFile: '002_19dff119a940ca4d.txt',
  parameters: {
    approvalChain: ['CONSULTATION', 'UNIT_MANAGER'],
    consultationOnNewPlatform: true,
    approvalReminderWorkingDays: POLICY_DEFAULTS.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: POLICY_DEFAULTS.approvalEscalationWorkingDays,
    accountCreator: 'COMMUNICATIONS',
    minAdministrators: 2,
    twoFactorRequired: true,
    credentialDepositPlatforms: [...POLICY_DEFAULTS.credentialDepositPlatforms],
    monitoringFrequency: 'EVERY_WORKING_DAY',
    answerDeadlineWorkingDays: 1,
    forwardedQuestionDeadlineWorkingDays: 5,
    snapshotCadence: 'HALF_YEARLY',
    snapshotOccasions: ALL_OCCASIONS,
    inactivityThresholdDays: POLICY_DEFAULTS.inactivityThresholdDays,
    inactivityGracePeriodDays: POLICY_DEFAULTS.inactivityGracePeriodDays,
    closureDecisionWorkingDays: POLICY_DEFAULTS.closureDecisionWorkingDays,
    handoverDecisionReminderWorkingDays: POLICY_DEFAULTS.handoverDecisionReminderWorkingDays,
    followUpReport: { cadence: 'YEARLY', month: POLICY_DEFAULTS.followUpReportMonth },
    profileTextTemplate: [
      'Välkommen till {verksamhet}, en del av {kommun}.',
      '',
      'Här kan du följa oss och ta del av det som händer i vår verksamhet. {syfte} Vi svarar gärna på frågor och synpunkter som rör vår verksamhet.',
      '',
      'De inlägg som skrivs här kan bli allmänna handlingar. Synpunkter och förslag kopierar vi över till vårt synpunktssystem så att de blir sökbara i vårt diarium. Övriga inlägg sparas här och kan komma att tas bort när de inte längre är aktuella.',
      '',
      'Följande uppgifter får inte publiceras:',
      '• Förtal eller personangrepp',
      '• Hets mot folkgrupp, sexistiska yttranden eller trakasserier',
      '• Olovliga våldsskildringar eller pornografi',
      '• Uppmaningar till brott',
      '• Upphovsrättsligt skyddat material',
      '• Inlägg som innehåller sekretessuppgifter',
      '',
      'Ansvarig för den här sidan är {verksamhet}. Vill du framföra synpunkter eller anmäla inlägg kan du kontakta sidansvarig på {kontakt}.',
      '',
      'www.lekeberg.se',
    ].join('\n'),
  },
  sources: {
    approvalChain:
      'seed 002 §5 "Att börja använda sociala medier"; seed 002 §5.2 "Personella resurser" — introducing a unit "ska alltid gå via kommunikatören", who is contacted once the unit has prepared, and "närmsta chef" approves the channel by a delegation decision ("Det krävs alltså ett beslut från chef"); no head of administration',
    consultationOnNewPlatform: 'seed 002 §5 "Att börja använda sociala medier" — every opening goes through the communicator; the chain\'s CONSULTATION step covers a new platform too',
    approvalReminderWorkingDays: notStated.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: notStated.approvalEscalationWorkingDays,
    accountCreator: 'seed 002 §5 "Att börja använda sociala medier" — "Konton skapas centralt och delas sedan ut till verksamheten"',
    minAdministrators:
      'seed 002 §5.2 "Personella resurser" — "För varje sida ska det finnas en sidansvarig och minst en redaktör": two people administer each page',
    twoFactorRequired: 'seed 002 §6.1 "Redaktörer/användare" — "ska du ha tvåfaktors-autentisering på ditt konto"',
    credentialDepositPlatforms: `${notStated.credentialDepositPlatforms}; accounts are created centrally by the communicator (seed 002 §5)`,
    monitoringFrequency:
      'seed 002 §5.2 "Personella resurser"; seed 002 §6.2 "Hantera kommentarer" — "minst en gång/arbetsdag"',
    answerDeadlineWorkingDays: 'seed 002 §6.2 "Hantera kommentarer" — "absolut senast inom en arbetsdag"',
    forwardedQuestionDeadlineWorkingDays:
      'seed 002 §6.2 "Hantera kommentarer" — a holding reply within one working day and the answer "som längst inom fem arbetsdagar"',
    snapshotCadence: 'seed 002 §7 "Diarieföring, gallring och arkivering" — "En gång per halvår", saved in Platina by the page owner',
    snapshotOccasions:
      'not stated: major change, before closure and before handover, the default of DOMAIN.md "4. Half-yearly archiving"; seed 002 §7 gives only the half-yearly interval',
    inactivityThresholdDays: notStated.inactivityThresholdDays,
    inactivityGracePeriodDays: notStated.inactivityGracePeriodDays,
    closureDecisionWorkingDays: notStated.closureDecisionWorkingDays,
    handoverDecisionReminderWorkingDays: notStated.handoverDecisionReminderWorkingDays,
    followUpReport: notStated.followUpReport,
    profileTextTemplate:
      'seed 002 Bilaga 1 "Informationstexter till sociala medier" — the appendix text with [verksamhetens namn] and [e-post] as {verksamhet} and {kontakt}; {syfte} added because §5.3 "Grundläggande information som ska finnas" asks for the purpose',
  },
};

const hallstahammar: PolicyPreset = {
  key: 'hallstahammar',
  municipalityName: 'Hallstahammars kommun',
  seedFile: '003_20701dac9edc0878.txt',
  parameters: {
    approvalChain: ['UNIT_MANAGER'],
    consultationOnNewPlatform: false,
    approvalReminderWorkingDays: POLICY_DEFAULTS.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: POLICY_DEFAULTS.approvalEscalationWorkingDays,
    accountCreator: 'UNIT',
    minAdministrators: 2,
    twoFactorRequired: POLICY_DEFAULTS.twoFactorRequired,
    credentialDepositPlatforms: [...POLICY_DEFAULTS.credentialDepositPlatforms],
    monitoringFrequency: 'EVERY_WORKING_DAY',
    answerDeadlineWorkingDays: 1,
    forwardedQuestionDeadlineWorkingDays: POLICY_DEFAULTS.forwardedQuestionDeadlineWorkingDays,
    snapshotCadence: 'HALF_YEARLY',
    snapshotOccasions: ALL_OCCASIONS,
    inactivityThresholdDays: POLICY_DEFAULTS.inactivityThresholdDays,
    inactivityGracePeriodDays: POLICY_DEFAULTS.inactivityGracePeriodDays,
    closureDecisionWorkingDays: POLICY_DEFAULTS.closureDecisionWorkingDays,
    handoverDecisionReminderWorkingDays: POLICY_DEFAULTS.handoverDecisionReminderWorkingDays,
    followUpReport: { cadence: 'YEARLY', month: POLICY_DEFAULTS.followUpReportMonth },
    profileTextTemplate: [
      'Välkommen till {verksamhet}, en del av {kommun}. Här kan du följa oss och få aktuell information från kommunen. {syfte} Vi svarar gärna på frågor och synpunkter som rör vår verksamhet. Vi finns tillgängliga på vardagar under kontorstid och vår målsättning är att ge dig svar så snabbt som möjligt.',
      '',
      'De inlägg du gör här blir tillgängliga för alla. Därför ska personärenden inte hanteras här. Vill du komma i kontakt med kommunen i enskilda ärenden ber vi dig kontakta oss via telefon, e-post eller besök istället.',
      '',
      'Inlägg och kommentarer som publiceras här betraktas som inkomna och blir därför allmän handling som hanteras enligt gällande lagar.',
      '',
      'När du använder sociala medier för att komma i kontakt med kommunen, så överförs informationen samt personuppgifter alltid till tredje part (företaget eller organisationen som driver det sociala mediet). Mer information om hur kommunen hanterar personuppgifter: www.hallstahammar.se/dataskydd.',
      '',
      'Tänk på att',
      '• använda ett vårdat språk och visa hänsyn för andras åsikter',
      '• inte skriva meddelanden som kan uppfattas som kränkande av enskilda eller grupper av människor',
      '• inte skriva något som uppmanar till brott',
      '• inte skriva känslig information (personuppgifter med mera)',
      '• inte skriva meddelanden som skyddas i lagen om upphovsrätt',
      '• sidan inte är en arena för politiska diskussioner',
      '• inte skriva meddelanden som innehåller kommersiella budskap eller reklam',
      '',
      'Inlägg som bryter mot ovanstående kommer att tas bort. Inläggen hanteras som en inkommen handling och kan komma att sparas. Brottsligt material polisanmäls.',
      '',
      'Du är alltid välkommen att kontakta oss på följande sätt:',
      '• {kontakt}',
      '• Telefon: 0220-240 00',
      '• E-post: kundcenter@hallstahammar.se',
      '• Brev: {kommun}, 734 80 Hallstahammar',
      '',
      'Ansvarig för den här sidan är {verksamhet}. Om du upptäcker kränkande innehåll och vill anmäla inlägg eller framföra synpunkter kan du kontakta kundcenter@hallstahammar.se.',
      '',
      'Du kan också tycka till om kommunens verksamhet på www.hallstahammar.se/synpunkt.',
      '',
      'Kommunens riktlinjer för användning av sociala medier finns på www.hallstahammar.se/socialamedier.',
    ].join('\n'),
  },
  sources: {
    approvalChain:
      'seed 003 "Verksamheternas egna sociala mediekanaler"; seed 003 "Beställning av konto via e-tjänst"; seed 003 Bilaga 02 "Checklista för användning av sociala medier" — "Det är alltid respektive chef som godkänner att sociala mediekonton öppnas och avslutas"; consulting the communications unit is only recommended ("rådgör gärna"), so it is not a step',
    consultationOnNewPlatform:
      'not stated: not required; seed 003 Bilaga 02 "Checklista för användning av sociala medier" only recommends consulting the communications unit ("rådgör gärna")',
    approvalReminderWorkingDays: notStated.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: notStated.approvalEscalationWorkingDays,
    accountCreator:
      'seed 003 "Konto skapas där avsändaren tydligt framgår" — "Verksamheten alternativt kommunikationsenheten skapar konto": the unit, with the communications unit as the alternative',
    minAdministrators:
      'seed 003 "Konto skapas där avsändaren tydligt framgår" — "minst två administratörer från verksamheten", besides the communications unit\'s administrator rights',
    twoFactorRequired: notStated.twoFactorRequired,
    credentialDepositPlatforms: `${notStated.credentialDepositPlatforms}; seed 003 gives the communications unit administrator rights on every account instead`,
    monitoringFrequency:
      'seed 003 "Håll uppsikt över inlägg och kommentarer och var noga med upphovsrätt och personuppgifter" — "minst en gång per arbetsdag"',
    answerDeadlineWorkingDays:
      'seed 003 "Hantera synpunkter, frågor och kommentarer på sociala medier" — "absolut senast inom en arbetsdag"',
    forwardedQuestionDeadlineWorkingDays: `${notStated.forwardedQuestionDeadlineWorkingDays}; seed 003 "Hantera synpunkter, frågor och kommentarer på sociala medier" asks for a holding reply within one working day and the answer "så snart som möjligt"`,
    snapshotCadence: 'seed 003 "Arkivering" — "varje halvår"',
    snapshotOccasions:
      'seed 003 "Arkivering"; seed 003 Bilaga 02 "Checklista för användning av sociala medier" — "vid större förändringar"; a handover ("Överlåta ett konto") and a closure are taken as the largest such changes',
    inactivityThresholdDays: `${notStated.inactivityThresholdDays}; seed 003 "Avsluta ett konto" says only that channels not updated should be closed unless activity picks up`,
    inactivityGracePeriodDays: notStated.inactivityGracePeriodDays,
    closureDecisionWorkingDays: `${notStated.closureDecisionWorkingDays}; seed 003 "Avsluta ett konto" has the decision taken "i samråd med kommunikationsenheten" without a time`,
    handoverDecisionReminderWorkingDays: `not stated: ${POLICY_DEFAULTS.handoverDecisionReminderWorkingDays} working days, the default POLICY_DEFAULTS.handoverDecisionReminderWorkingDays; seed 003 "Överlåta ett konto" requires a decision of the board concerned but sets no time`,
    followUpReport: `${notStated.followUpReport}; seed 003 "Avsluta ett konto" asks to evaluate the presence without a cadence`,
    profileTextTemplate:
      'seed 003 Bilaga 01 "Informationstexter till sociala medier" — the appendix text with "verksamhetens namn" as {verksamhet}, the municipality\'s telephone, e-mail, postal and web addresses filled in, the account\'s own contact as {kontakt}, and {syfte} because "Konto skapas där avsändaren tydligt framgår" asks for the purpose',
  },
};

const norberg: PolicyPreset = {
  key: 'norberg',
  municipalityName: 'Norbergs kommun',
  seedFile: '004_3fae86cb0a854f13.txt',
  parameters: {
    approvalChain: ['CONSULTATION', 'UNIT_MANAGER'],
    consultationOnNewPlatform: true,
    approvalReminderWorkingDays: POLICY_DEFAULTS.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: POLICY_DEFAULTS.approvalEscalationWorkingDays,
    accountCreator: 'UNIT',
    minAdministrators: POLICY_DEFAULTS.minAdministrators,
    twoFactorRequired: POLICY_DEFAULTS.twoFactorRequired,
    credentialDepositPlatforms: [...PLATFORMS],
    monitoringFrequency: 'EVERY_WORKING_DAY',
    answerDeadlineWorkingDays: POLICY_DEFAULTS.answerDeadlineWorkingDays,
    forwardedQuestionDeadlineWorkingDays: POLICY_DEFAULTS.forwardedQuestionDeadlineWorkingDays,
    snapshotCadence: 'YEARLY',
    snapshotOccasions: ALL_OCCASIONS,
    inactivityThresholdDays: POLICY_DEFAULTS.inactivityThresholdDays,
    inactivityGracePeriodDays: POLICY_DEFAULTS.inactivityGracePeriodDays,
    closureDecisionWorkingDays: POLICY_DEFAULTS.closureDecisionWorkingDays,
    handoverDecisionReminderWorkingDays: POLICY_DEFAULTS.handoverDecisionReminderWorkingDays,
    followUpReport: { cadence: 'YEARLY', month: POLICY_DEFAULTS.followUpReportMonth },
    profileTextTemplate: defaultProfileTextTemplate({
      notAllowed: [
        'förtal, personliga angrepp eller förolämpningar',
        'hets mot folkgrupp, sexistiska yttranden eller andra trakasserier',
        'olovlig våldsskildring eller pornografi',
        'uppmaningar till brott eller annan brottslig verksamhet',
        'olovligt bruk och publicering av upphovsrättsligt material',
        'svordomar eller obscena ord',
        'sekretessbelagda uppgifter',
        'partipolitik',
      ],
      afterRemoval: 'Tar vi bort ett inlägg eller en kommentar berättar vi för den som skrev det varför.',
      municipalityContact: null,
    }),
  },
  sources: {
    approvalChain:
      'seed 004 "Närvaro och ansvar"; seed 004 "Att starta och administrera ett konto" — "närmaste chef i samråd med kommunikationsenheten" approves: one approver, the nearest manager (no head of administration), and "i samråd med" makes the communications unit\'s view part of that decision, so it is consulted first ("Innan ett konto startas ska avstämning göras med närmaste chef och kommunikationsenheten"); the unit is consulted, it does not approve',
    consultationOnNewPlatform: 'seed 004 "Att starta och administrera ett konto" — consulted before every account is started; the chain\'s CONSULTATION step covers a new platform too',
    approvalReminderWorkingDays: notStated.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: notStated.approvalEscalationWorkingDays,
    accountCreator: 'seed 004 "Grafisk profil" — "om du skapar ett nytt konto": the unit creates it',
    minAdministrators: `not stated: ${POLICY_DEFAULTS.minAdministrators}, the default of DEFAULT_OPENING_RULES.minAdministrators that seeds 000, 001 and 003 state; seed 004 "Närvaro och ansvar" asks for "en eller flera ansvariga redaktörer" and "Uppsikt och moderering" for a substitute during absence`,
    twoFactorRequired: notStated.twoFactorRequired,
    credentialDepositPlatforms:
      'seed 004 "Central samordning" — "Inloggningsuppgifter till samtliga konton ska finnas centralt hos kommunikationsenheten": every platform, Facebook included (unlike seed 001 §3)',
    monitoringFrequency: 'seed 004 "Uppsikt och moderering" — "Regelbundenheten bör vara dagligen under kontorstid. Utse alltid en ersättare vid frånvaro."',
    answerDeadlineWorkingDays: `${notStated.answerDeadlineWorkingDays}; seed 004 "Hur vi kommunicerar i sociala medier" says only "Svara snabbt på frågor"`,
    forwardedQuestionDeadlineWorkingDays: notStated.forwardedQuestionDeadlineWorkingDays,
    snapshotCadence: 'seed 004 "Diarieföring, arkivering och gallring" — "en gång om året"',
    snapshotOccasions:
      'seed 004 "Diarieföring, arkivering och gallring" — "inför stora förändringar" and "Innan ett konto stängs ner ska det också arkiveras"; a handover is taken as a large change',
    inactivityThresholdDays: `${notStated.inactivityThresholdDays}; seed 004 "Stänga ned ett konto" names no period and "Vad får jag publicera?" asks for updates "några gånger i veckan"`,
    inactivityGracePeriodDays: notStated.inactivityGracePeriodDays,
    closureDecisionWorkingDays: `${notStated.closureDecisionWorkingDays}; seed 004 "Stänga ned ett konto" lets "närmaste chef i samråd med kommunikationsenheten" close it without a time`,
    handoverDecisionReminderWorkingDays: notStated.handoverDecisionReminderWorkingDays,
    followUpReport: notStated.followUpReport,
    profileTextTemplate:
      'not stated: no ready-made text in seed 004; the default text (defaultProfileTextTemplate) with the sender and purpose of "Hur vi kommunicerar i sociala medier", the removals of "Diarieföring, arkivering och gallring" (the author is told why), and no municipal contact line because "Grafisk profil" asks for the web site and switchboard number without giving them: they go in {kontakt}',
  },
};

/** Presets are shared constants; freezing them makes an accidental edit of one lifecycle's rules fail loudly. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The five seed municipalities' rules, in seed order (seeds/README.md). */
export const POLICY_PRESETS: readonly PolicyPreset[] = deepFreeze([trelleborg, torsby, lekeberg, hallstahammar, norberg]);

export type PolicyPresetKey = PolicyPreset['key'];
export const POLICY_PRESET_KEYS: readonly PolicyPresetKey[] = POLICY_PRESETS.map((p) => p.key);

/** The preset for a key, or undefined for a key that is not one of the five. */
export function policyPresetByKey(key: string): PolicyPreset | undefined {
  return POLICY_PRESETS.find((p) => p.key === key);
}

/** A fresh, mutable copy of a preset's parameters, as the first version of a municipality's own policy. */
export function parametersFromPreset(key: PolicyPresetKey): PolicyParameters {
  const preset = policyPresetByKey(key);
  if (!preset) throw new Error(`Okänd förinställning: ${key}`);
  // A JSON copy: the parameters are plain data, and this works in every runtime the domain package runs in.
  return JSON.parse(JSON.stringify(preset.parameters)) as PolicyParameters;
}
