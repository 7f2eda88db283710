/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an ISO-8601 string (UTC), e.g. 2025-03-01T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
};

/** An official social-media account as the database projection shows it. */
export type Account = {
  __typename?: 'Account';
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the activity watch last saw; null before it first looked. */
  activity?: Maybe<AccountActivity>;
  administration: Administration;
  administrators: Array<AccountAdministrator>;
  /** The chain of the latest submitted revision, in order. */
  approvals: Array<ApprovalStep>;
  closure?: Maybe<AccountClosure>;
  /** The closure lifecycle’s mutations the signed-in user may take now: reportAccountActivity, recordClosureOpinion, decideOnInactiveAccount, requestAccountClosure, confirmPlatformRemoval, confirmCredentialsDestroyed. */
  closureActions: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The vault mutations the signed-in user may take on the account now: depositCredentials, revealCredentials. */
  credentialActions: Array<Scalars['String']['output']>;
  /** The deposited credentials’ metadata (never the secret); null when none were deposited in the vault. */
  credentialDeposit?: Maybe<CredentialDeposit>;
  displayName: Scalars['String']['output'];
  functionalEmail: Scalars['String']['output'];
  handle?: Maybe<Scalars['String']['output']>;
  /** The account’s latest handover, if it has had one. */
  handover?: Maybe<Handover>;
  /** Oldest first. */
  history: Array<AuditEvent>;
  id: Scalars['ID']['output'];
  /** The latest inactivity episode, open or ended. */
  inactivity?: Maybe<InactivityEpisode>;
  /** Why the plan was last sent back, rejected or withdrawn. */
  lastReason?: Maybe<Scalars['String']['output']>;
  /** The most recently requested snapshot, whatever its outcome. */
  latestSnapshot?: Maybe<Snapshot>;
  /** Whether I may propose that this account is handed over now. */
  mayProposeHandover: Scalars['Boolean']['output'];
  /** The mutations the signed-in user may take now: savePlan, submitPlan, recordConsultation, decideAsUnitManager, decideAsHeadOfAdministration, completeProvisioningItem, withdraw. */
  myActions: Array<Scalars['String']['output']>;
  pendingStep?: Maybe<ApprovalStepKind>;
  /** The latest revision: the draft, or the one last submitted. */
  plan?: Maybe<ActivityPlan>;
  planRevision: Scalars['Int']['output'];
  platform: Platform;
  provisioning: Array<ProvisioningItem>;
  scope: AccountScope;
  status: AccountStatus;
  unit: Unit;
  updatedAt: Scalars['DateTime']['output'];
  webAddress: Scalars['String']['output'];
  /** The Temporal workflow id, e.g. account-opening/<id>. */
  workflowId: Scalars['String']['output'];
};


/** An official social-media account as the database projection shows it. */
export type AccountHistoryArgs = {
  page?: InputMaybe<PageInput>;
};

/** What the activity watch last saw of the account. */
export type AccountActivity = {
  __typename?: 'AccountActivity';
  /** Why the platform could not be read at the last check. */
  checkProblem?: Maybe<Scalars['String']['output']>;
  /** When the platform was last asked. */
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The newest of the platform’s last post or comment and the last editor’s report. */
  lastActivityAt?: Maybe<Scalars['DateTime']['output']>;
  lastPlatformActivityAt?: Maybe<Scalars['DateTime']['output']>;
  lastReportedActivityAt?: Maybe<Scalars['DateTime']['output']>;
  lastReportedByName?: Maybe<Scalars['String']['output']>;
  nextCheckAt?: Maybe<Scalars['DateTime']['output']>;
  /** After a decision to keep the account: when it is reviewed again. */
  reviewAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A named administrator of the live account, each with an own login. */
export type AccountAdministrator = {
  __typename?: 'AccountAdministrator';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  twoFactorConfirmed: Scalars['Boolean']['output'];
};

/** The closure of the account (`account-closure/<id>`). */
export type AccountClosure = {
  __typename?: 'AccountClosure';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  credentialsDeposited: Scalars['Boolean']['output'];
  explanation?: Maybe<Scalars['String']['output']>;
  platformCheck?: Maybe<PlatformCheck>;
  platformCheckLabel?: Maybe<Scalars['String']['output']>;
  platformRemovalUrl?: Maybe<Scalars['String']['output']>;
  reason: ClosureReason;
  reasonLabel: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedByName: Scalars['String']['output'];
  /** PENDING, ARCHIVED or FAILED (tried again). */
  snapshotStatus: Scalars['String']['output'];
  stage: ClosureStage;
  stageLabel: Scalars['String']['output'];
  /** The steps in order. */
  steps: Array<ClosureStep>;
  workflowId: Scalars['String']['output'];
};

/** A manager’s request to close an account for a reason other than inactivity. */
export type AccountClosureRequestInput = {
  explanation: Scalars['String']['input'];
  reason: ClosureReason;
};

/** Who creates the account on the platform. */
export type AccountCreator =
  | 'COMMUNICATIONS'
  | 'UNIT';

export type AccountFilter = {
  /** true: only accounts in review whose pending step the signed-in user may take now. */
  awaitingMyDecision?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<AccountStatus>>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type AccountPage = {
  __typename?: 'AccountPage';
  items: Array<Account>;
  /** All accounts matching the filter, over all pages. */
  total: Scalars['Int']['output'];
};

/** CENTRAL: the municipality-wide channel; UNIT: a unit’s own channel. */
export type AccountScope =
  | 'CENTRAL'
  | 'UNIT';

export type AccountStatus =
  | 'ACTIVE'
  | 'APPROVED'
  | 'CLOSED'
  | 'CLOSING'
  | 'DORMANT'
  | 'DRAFT'
  | 'HANDED_OVER'
  | 'HANDING_OVER'
  | 'IN_REVIEW'
  | 'PROVISIONING'
  | 'REJECTED'
  | 'WITHDRAWN';

/** Aktivitetsplan (seed 000 Appendix 2, seed 001 form), one revision. */
export type ActivityPlan = {
  __typename?: 'ActivityPlan';
  activityDescription: Scalars['String']['output'];
  administrators: Array<PlanPerson>;
  checklist: Array<ChecklistAnswer>;
  dailyOperators: Array<PlanPerson>;
  displayName: Scalars['String']['output'];
  estimatedWeeklyHours: Scalars['Float']['output'];
  functionalEmail: Scalars['String']['output'];
  goals: Scalars['String']['output'];
  handle?: Maybe<Scalars['String']['output']>;
  monitoringHours: Scalars['String']['output'];
  needsAnalysis: Scalars['String']['output'];
  other?: Maybe<Scalars['String']['output']>;
  platform: Platform;
  publishingFrequency: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  targetAudiences: Scalars['String']['output'];
  webAddress: Scalars['String']['output'];
};

/** The activity plan as the applicant writes it, plus the owning unit and scope. */
export type ActivityPlanInput = {
  activityDescription: Scalars['String']['input'];
  administrators: Array<PlanPersonInput>;
  checklist: Array<ChecklistAnswerInput>;
  dailyOperators: Array<PlanPersonInput>;
  displayName: Scalars['String']['input'];
  estimatedWeeklyHours: Scalars['Float']['input'];
  functionalEmail: Scalars['String']['input'];
  goals: Scalars['String']['input'];
  handle?: InputMaybe<Scalars['String']['input']>;
  monitoringHours: Scalars['String']['input'];
  needsAnalysis: Scalars['String']['input'];
  other?: InputMaybe<Scalars['String']['input']>;
  platform: Platform;
  publishingFrequency: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
  scope: AccountScope;
  targetAudiences: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
  webAddress: Scalars['String']['input'];
};

export type ActivitySource =
  | 'EDITOR_REPORT'
  | 'PLATFORM';

/** Förvaltning, led by a head of administration. */
export type Administration = {
  __typename?: 'Administration';
  board: Board;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One step of the approval chain of the current plan revision. */
export type ApprovalStep = {
  __typename?: 'ApprovalStep';
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedByName?: Maybe<Scalars['String']['output']>;
  decidedRole?: Maybe<Scalars['String']['output']>;
  /** When the approver is reminded if they have not acted. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  kind: ApprovalStepKind;
  /** PENDING, CONSULTED, APPROVED, REJECTED or SENT_BACK. */
  outcome: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  remindedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ApprovalStepKind =
  | 'CONSULTATION'
  | 'HEAD_OF_ADMINISTRATION'
  | 'UNIT_MANAGER';

export type ArchiveSearchInput = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Published at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Words (Swedish stemming: "biblioteket" finds "bibliotek"), "a phrase" in quotes, -word to leave out. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Published before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ArchiveSearchResult = {
  __typename?: 'ArchiveSearchResult';
  /** Newest first. */
  items: Array<ArchivedItem>;
  /** All matches, over all pages. */
  total: Scalars['Int']['output'];
};

/** One file of an archive package, with its SHA-256 as METS and PREMIS record it. */
export type ArchivedFile = {
  __typename?: 'ArchivedFile';
  mimeType: Scalars['String']['output'];
  /** Path inside the package, e.g. representations/rep1/data/page.pdf. */
  path: Scalars['String']['output'];
  /** pdf, export, screenshot, attachment, or the package’s own METS/PREMIS metadata. */
  role: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Float']['output'];
  /** Where the file is served (GET with the bearer token), relative to the API. */
  url: Scalars['String']['output'];
};

/** A post or comment as it was archived. */
export type ArchivedItem = {
  __typename?: 'ArchivedItem';
  account: Account;
  author?: Maybe<Scalars['String']['output']>;
  /** The text with the matched words marked. */
  highlights: Array<TextSegment>;
  id: Scalars['ID']['output'];
  /** POST, COMMENT or REPLY. */
  kind: Scalars['String']['output'];
  permalink?: Maybe<Scalars['String']['output']>;
  publishedAt: Scalars['DateTime']['output'];
  snapshot: Snapshot;
  text: Scalars['String']['output'];
};

/** A documentation period. */
export type ArchivingPeriod = {
  __typename?: 'ArchivingPeriod';
  label: Scalars['String']['output'];
  period: Scalars['String']['output'];
};

/** A municipality’s run for one period, archiving-run/<municipality>/<period>. */
export type ArchivingRun = {
  __typename?: 'ArchivingRun';
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  period: Scalars['String']['output'];
  /** e.g. "första halvåret 2026". */
  periodLabel: Scalars['String']['output'];
  progress: SnapshotProgress;
  /** The run’s accounts, failed first, then by account name. */
  snapshots: SnapshotPage;
  startedAt: Scalars['DateTime']['output'];
  startedByName?: Maybe<Scalars['String']['output']>;
  status: ArchivingRunStatus;
  statusLabel: Scalars['String']['output'];
  /** SCHEDULE or MANUAL. */
  trigger: Scalars['String']['output'];
  workflowId: Scalars['String']['output'];
};


/** A municipality’s run for one period, archiving-run/<municipality>/<period>. */
export type ArchivingRunSnapshotsArgs = {
  page?: InputMaybe<PageInput>;
  status?: InputMaybe<Array<SnapshotStatus>>;
};

export type ArchivingRunStatus =
  | 'COMPLETED'
  | 'COMPLETED_WITH_FAILURES'
  | 'RUNNING';

/** A file attached to a record (a minutes extract, evidence), with its SHA-256; the bytes are at downloadPath. */
export type AttachedFile = {
  __typename?: 'AttachedFile';
  /** GET with the bearer token: /api/files/<id>. */
  downloadPath: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mimeType: Scalars['String']['output'];
  /** Hex SHA-256 of the bytes, recorded on upload. */
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

export type AuditAction =
  | 'ACTIVATED'
  | 'APPROVED'
  | 'BOARD_DECISION_LINKED'
  | 'BOARD_DECISION_REGISTERED'
  | 'CLOSED'
  | 'CLOSURE_COMMUNICATIONS_NOTIFIED'
  | 'CLOSURE_CREDENTIALS_DESTROYED'
  | 'CLOSURE_PLATFORM_REMOVAL_CONFIRMED'
  | 'CLOSURE_REMOVED_FROM_REGISTER'
  | 'CLOSURE_SNAPSHOT_FAILED'
  | 'CLOSURE_STARTED'
  | 'CONSULTATION_RECORDED'
  | 'CREDENTIALS_DEPOSITED'
  | 'CREDENTIALS_DESTROYED'
  | 'CREDENTIALS_REVEALED'
  | 'DELIVERY_ACCEPTED'
  | 'ESCALATED'
  | 'FINAL_SNAPSHOT_ARCHIVED'
  | 'FINAL_SNAPSHOT_FAILED'
  | 'FINAL_SNAPSHOT_RETRIED'
  | 'HANDED_OVER'
  | 'HANDOVER_CONDITION_RECORDED'
  | 'HANDOVER_PROPOSED'
  | 'HANDOVER_REFUSED'
  | 'HANDOVER_RELEASE_RECORDED'
  | 'HANDOVER_WITHDRAWN'
  | 'INACTIVITY_ACTIVITY_REPORTED'
  | 'INACTIVITY_CLOSE_DECIDED'
  | 'INACTIVITY_DECISION_REQUESTED'
  | 'INACTIVITY_KEEP_DECIDED'
  | 'INACTIVITY_OPINION_RECORDED'
  | 'INACTIVITY_REVIVED'
  | 'INACTIVITY_WARNED'
  | 'OPENING_STARTED'
  | 'PLAN_SAVED'
  | 'PLAN_SUBMITTED'
  | 'POLICY_PUBLISHED'
  | 'PROVISIONING_ITEM_COMPLETED'
  | 'PROVISIONING_STARTED'
  | 'REJECTED'
  | 'REMINDER_SENT'
  | 'REMOVED_FROM_REGISTER'
  | 'SENT_BACK'
  | 'SNAPSHOT_ARCHIVED'
  | 'WITHDRAWN';

/** Who did what, when, in which role, and why. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: AuditAction;
  actorName: Scalars['String']['output'];
  /** A Role, or SYSTEM when the lifecycle itself acted. */
  actorRole: Scalars['String']['output'];
  /** What the event was about, e.g. the board decision or the condition met. */
  detail?: Maybe<Scalars['String']['output']>;
  /** The link, file or note recorded as evidence. */
  evidence?: Maybe<Evidence>;
  fromStatus?: Maybe<AccountStatus>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toStatus?: Maybe<AccountStatus>;
};

/** Nämnd: the political committee that owns administrations. */
export type Board = {
  __typename?: 'Board';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Nämndbeslut, registered by the board secretary from the minutes. */
export type BoardDecision = {
  __typename?: 'BoardDecision';
  account?: Maybe<Account>;
  board: Board;
  /** As the minutes cite it: board, date, paragraph, diary number. */
  citation: Scalars['String']['output'];
  decisionText: Scalars['String']['output'];
  diaryNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** When it was linked to the handover it decided. */
  linkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The meeting’s date, YYYY-MM-DD. */
  meetingDate: Scalars['String']['output'];
  /** The signed minutes extract. */
  minutesFile: AttachedFile;
  outcome: BoardDecisionOutcome;
  outcomeLabel: Scalars['String']['output'];
  paragraph: Scalars['String']['output'];
  registeredAt: Scalars['DateTime']['output'];
  registeredByName: Scalars['String']['output'];
};

/** A board decision as the minutes give it; registered for the account whose handover it decides. */
export type BoardDecisionInput = {
  /** The account whose handover the decision is about; the decision is linked to it at once. */
  accountId: Scalars['ID']['input'];
  boardId: Scalars['ID']['input'];
  decisionText: Scalars['String']['input'];
  diaryNumber: Scalars['String']['input'];
  /** YYYY-MM-DD. */
  meetingDate: Scalars['String']['input'];
  /** The signed minutes extract (a PDF), uploaded to /api/files first. */
  minutesFileId: Scalars['ID']['input'];
  outcome: BoardDecisionOutcome;
  paragraph: Scalars['String']['input'];
};

/** APPROVE: bifall, the account may be handed over; REFUSE: avslag. */
export type BoardDecisionOutcome =
  | 'APPROVE'
  | 'REFUSE';

/** An answer to one question of the seed 001 §3.1 checklist. */
export type ChecklistAnswer = {
  __typename?: 'ChecklistAnswer';
  answer: Scalars['Boolean']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  key: Scalars['String']['output'];
  question: Scalars['String']['output'];
};

export type ChecklistAnswerInput = {
  answer: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
};

export type ChecklistQuestion = {
  __typename?: 'ChecklistQuestion';
  key: Scalars['String']['output'];
  question: Scalars['String']['output'];
};

export type ClosureDecision =
  | 'CLOSE'
  | 'KEEP';

/** The unit manager’s decision on an inactive account. */
export type ClosureDecisionInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ClosureDecision;
  /** KEEP: when the account is reviewed again. */
  reviewAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** KEEP: the short plan to make the account active again. */
  revivalPlan?: InputMaybe<Scalars['String']['input']>;
};

export type ClosureReason =
  | 'ACTIVITY_ENDED'
  | 'CHANGED_PURPOSE'
  | 'INACTIVITY'
  | 'NOT_FOLLOWING_GUIDELINES';

export type ClosureStage =
  | 'AWAITING_CREDENTIALS_DESTROYED'
  | 'AWAITING_PLATFORM_REMOVAL'
  | 'CLOSED'
  | 'FINAL_SNAPSHOT'
  | 'FINISHING';

/** One step of a closure, done or not. */
export type ClosureStep = {
  __typename?: 'ClosureStep';
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  doneByName?: Maybe<Scalars['String']['output']>;
  /** FINAL_SNAPSHOT, PLATFORM_REMOVED, CREDENTIALS_DESTROYED, REMOVED_FROM_REGISTER or COMMUNICATIONS_NOTIFIED. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** What was recorded as done, or why the step does not apply. */
  note?: Maybe<Scalars['String']['output']>;
};

/** What the vault tells about an account’s deposited credentials: never the secret. */
export type CredentialDeposit = {
  __typename?: 'CredentialDeposit';
  depositedAt: Scalars['DateTime']['output'];
  depositedByName: Scalars['String']['output'];
  /** When the deposit was destroyed (shredded); null while it is kept. */
  destroyedAt?: Maybe<Scalars['DateTime']['output']>;
  destroyedByName?: Maybe<Scalars['String']['output']>;
  destroyedReason?: Maybe<Scalars['String']['output']>;
};

/** Credentials handed to the communications unit (seed 000, seed 001 §3.2, seed 004). */
export type CredentialDepositInput = {
  /** The e-mail address the login is registered to, if not the login name. */
  loginEmail?: InputMaybe<Scalars['String']['input']>;
  /** The user name or login the platform asks for. */
  loginName: Scalars['String']['input'];
  /** The password (or other secret). Stored encrypted; never shown again except to the communications unit. */
  secret: Scalars['String']['input'];
};

export type Decision =
  | 'APPROVE'
  | 'REJECT'
  | 'SEND_BACK';

/** DEVELOPMENT ONLY: a user the development issuer can sign in as. */
export type DevUser = {
  __typename?: 'DevUser';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  roles: Array<RoleAssignmentView>;
};

/** What shows a step was done: a link, a file, a note. */
export type Evidence = {
  __typename?: 'Evidence';
  file?: Maybe<AttachedFile>;
  note?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** The snapshot archived before the handover changes anything. */
export type FinalSnapshot = {
  __typename?: 'FinalSnapshot';
  attempts: Scalars['Int']['output'];
  capturedAt?: Maybe<Scalars['DateTime']['output']>;
  failureReason?: Maybe<Scalars['String']['output']>;
  packageId?: Maybe<Scalars['String']['output']>;
  snapshotKey: Scalars['String']['output'];
  /** WAITING, CAPTURING, ARCHIVED, FAILED or ACCEPTED. */
  status: Scalars['String']['output'];
};

/** When the yearly follow-up report is due (seed 001 §4.3: Q3). */
export type FollowUpReport = {
  __typename?: 'FollowUpReport';
  /** YEARLY is the only cadence the seeds know. */
  cadence: Scalars['String']['output'];
  month: Scalars['Int']['output'];
};

export type FollowUpReportInput = {
  /** YEARLY is the only cadence the seeds know. */
  cadence?: Scalars['String']['input'];
  month: Scalars['Int']['input'];
};

/** Överlåtelse of an account to another owner by board decision (seed 003). */
export type Handover = {
  __typename?: 'Handover';
  account: Account;
  decision?: Maybe<BoardDecision>;
  /** When the board secretary is reminded next if no decision is linked. */
  decisionDueAt?: Maybe<Scalars['DateTime']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  finalSnapshot?: Maybe<FinalSnapshot>;
  id: Scalars['ID']['output'];
  items: Array<HandoverItem>;
  /** Why it ended without a handover. */
  lastReason?: Maybe<Scalars['String']['output']>;
  /** The mutations the signed-in user may take on this handover now: withdrawHandover, registerBoardDecision, recordHandoverItem, retryFinalSnapshot. */
  myActions: Array<Scalars['String']['output']>;
  newOwner: NewOwner;
  proposedAt: Scalars['DateTime']['output'];
  proposedByName: Scalars['String']['output'];
  proposedRole: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  remindedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The board responsible for the account’s unit: only its decision counts. */
  responsibleBoard: Board;
  status: HandoverStatus;
  statusLabel: Scalars['String']['output'];
  /** The Temporal workflow id, account-handover/<accountId>. */
  workflowId: Scalars['String']['output'];
};

/** A link or a file (uploaded to /api/files first), and a note; or, for the rename only, a reason to decline. */
export type HandoverEvidenceInput = {
  /** RENAMED only: why the account keeps its name. */
  declineReason?: InputMaybe<Scalars['String']['input']>;
  fileId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A condition of the handover, or a step by which the municipality lets go, with its evidence. */
export type HandoverItem = {
  __typename?: 'HandoverItem';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  completedByName?: Maybe<Scalars['String']['output']>;
  completedRole?: Maybe<Scalars['String']['output']>;
  declineReason?: Maybe<Scalars['String']['output']>;
  evidenceFile?: Maybe<AttachedFile>;
  evidenceNote?: Maybe<Scalars['String']['output']>;
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  /** CONDITION (seed 003) or RELEASE (the municipality’s rights end). */
  group: Scalars['String']['output'];
  key: HandoverItemKey;
  label: Scalars['String']['output'];
  /** Recommended only: may be declined with a reason (the rename). */
  optional: Scalars['Boolean']['output'];
  /** The seed section it comes from. */
  source: Scalars['String']['output'];
};

/** A condition of seed 003 "Överlåta ett konto", or a step by which the municipality lets go. */
export type HandoverItemKey =
  | 'ADMIN_RIGHTS_REMOVED'
  | 'ANNOUNCEMENT_PUBLISHED'
  | 'CREDENTIALS_DESTROYED'
  | 'LOGO_REMOVED'
  | 'PROFILE_SHOWS_NEW_OWNER'
  | 'RENAMED'
  | 'RESPONSIBILITY_ACCEPTED';

export type HandoverProposalInput = {
  newOwner: NewOwnerInput;
  /** Why the account should no longer be run by the municipality. */
  reason: Scalars['String']['input'];
};

/** Where a handover stands; also its LifecycleStage in Temporal. */
export type HandoverStatus =
  | 'AWAITING_DECISION'
  | 'CONDITIONS'
  | 'FINAL_SNAPSHOT'
  | 'HANDED_OVER'
  | 'REFUSED'
  | 'RELEASE'
  | 'WITHDRAWN';

/** An inactivity episode: warning, grace period, opinion and decision (seed 003, seed 004). */
export type InactivityEpisode = {
  __typename?: 'InactivityEpisode';
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedByName?: Maybe<Scalars['String']['output']>;
  decision?: Maybe<ClosureDecision>;
  decisionComment?: Maybe<Scalars['String']['output']>;
  decisionDueAt?: Maybe<Scalars['DateTime']['output']>;
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  graceEndsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastActivityAt?: Maybe<Scalars['DateTime']['output']>;
  number: Scalars['Int']['output'];
  /** Warned, or waiting for the opinion or the decision. */
  open: Scalars['Boolean']['output'];
  opinion?: Maybe<Scalars['String']['output']>;
  opinionAt?: Maybe<Scalars['DateTime']['output']>;
  opinionByName?: Maybe<Scalars['String']['output']>;
  reviewAt?: Maybe<Scalars['DateTime']['output']>;
  revivalPlan?: Maybe<Scalars['String']['output']>;
  revivalSource?: Maybe<ActivitySource>;
  revivedAt?: Maybe<Scalars['DateTime']['output']>;
  stage: InactivityStage;
  stageLabel: Scalars['String']['output'];
  warnedAt: Scalars['DateTime']['output'];
};

export type InactivityStage =
  | 'AWAITING_DECISION'
  | 'AWAITING_OPINION'
  | 'CLOSE_DECIDED'
  | 'KEPT'
  | 'REVIVED'
  | 'SUPERSEDED'
  | 'WARNED';

/** The signed-in user. Roles come from the database, not from the token. */
export type Me = {
  __typename?: 'Me';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  municipality: Municipality;
  name: Scalars['String']['output'];
  roles: Array<RoleAssignmentView>;
};

/** Uppsiktsplikt; the legal floor is weekly. */
export type MonitoringFrequency =
  | 'EVERY_WORKING_DAY'
  | 'TWICE_A_WEEK'
  | 'WEEKLY';

/** Kommun. */
export type Municipality = {
  __typename?: 'Municipality';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records that the package was taken into the e-archive, by whom and when. */
  acceptDelivery: Snapshot;
  /** Creates the account as a draft and starts its opening workflow. */
  applyForAccount: Account;
  /** Ticks one item of the provisioning checklist; the last one activates the account. */
  completeProvisioningItem: Account;
  /** The communications unit records that the deposited credentials were destroyed. */
  confirmCredentialsDestroyed: Account;
  /** The account was deleted or unpublished on the platform; the system also asks the platform. */
  confirmPlatformRemoval: Account;
  /** The head of the account’s administration approves, rejects or sends back. */
  decideAsHeadOfAdministration: Account;
  /** The unit manager of the account’s unit approves, rejects or sends back. */
  decideAsUnitManager: Account;
  /** The unit manager keeps the inactive account (with a plan and a review date) or closes it, after the communications unit’s opinion. */
  decideOnInactiveAccount: Account;
  /** Deposits the account’s credentials with the communications unit (encrypted); replaces an earlier deposit. During provisioning it ticks CREDENTIALS_DEPOSITED. */
  depositCredentials: Account;
  /** DEVELOPMENT ONLY: signs in as a demo user without a password. */
  devSignIn: SignInResult;
  /** Links a registered, not yet linked board decision to the account’s handover awaiting it. */
  linkBoardDecision: Account;
  /** Proposes that the account passes to another owner; it is HANDING_OVER until the board has decided. */
  proposeHandover: Account;
  /** Publishes a new version; earlier versions and running lifecycles are not changed. */
  publishPolicyVersion: Policy;
  /** The communications unit’s opinion on closing an inactive account (samråd). */
  recordClosureOpinion: Account;
  /** The communications unit records its opinion (samråd). */
  recordConsultation: Account;
  /** Records one condition (or release step) of the handover with its evidence: a link or a file; the rename may be declined with a reason. */
  recordHandoverItem: Account;
  /** The board secretary registers a board decision with its signed minutes extract and links it to the account’s handover. Refused, with nothing stored, when no handover of the account awaits a decision or the board is not the one responsible for the account’s unit. */
  registerBoardDecision: BoardDecision;
  /** An editor says the account is in use now; during a grace period this ends the episode. */
  reportAccountActivity: Account;
  /** The unit manager closes the account for a changed purpose or because the activity ended (seed 004). */
  requestAccountClosure: Account;
  /** Makes the failed final snapshot again, under the same key (one package at most). */
  retryFinalSnapshot: Account;
  /** Documents a failed account again; its one package is made now, or the reason shows again. */
  retrySnapshot: Snapshot;
  /** Shows the deposited credentials once, to the communications unit, for a stated reason kept in the audit trail. */
  revealCredentials: RevealedCredentials;
  /** Replaces the draft plan (only while the account is a draft). */
  savePlan: Account;
  /** Documents an account now because of a major change (seed 000 "Dokumentering"). */
  snapshotAfterMajorChange: Snapshot;
  /** Starts the run for an ended period (archiving-run/<municipality>/<period>). Run again, accounts that have their package keep it and the rest are documented now; while it runs, the running one is returned. */
  startArchivingRun: ArchivingRun;
  /** Sends the draft for consultation and approval. */
  submitPlan: Account;
  /** The applicant withdraws the request, with a reason. */
  withdraw: Account;
  /** Withdraws the proposal before the board has decided; the account is active again. */
  withdrawHandover: Account;
};


export type MutationAcceptDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApplyForAccountArgs = {
  input: ActivityPlanInput;
};


export type MutationCompleteProvisioningItemArgs = {
  accountId: Scalars['ID']['input'];
  evidence: ProvisioningEvidenceInput;
  key: ProvisioningItemKey;
};


export type MutationConfirmCredentialsDestroyedArgs = {
  accountId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationConfirmPlatformRemovalArgs = {
  accountId: Scalars['ID']['input'];
  input: PlatformRemovalInput;
};


export type MutationDecideAsHeadOfAdministrationArgs = {
  accountId: Scalars['ID']['input'];
  decision: Decision;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDecideAsUnitManagerArgs = {
  accountId: Scalars['ID']['input'];
  decision: Decision;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDecideOnInactiveAccountArgs = {
  accountId: Scalars['ID']['input'];
  input: ClosureDecisionInput;
};


export type MutationDepositCredentialsArgs = {
  accountId: Scalars['ID']['input'];
  input: CredentialDepositInput;
};


export type MutationDevSignInArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationLinkBoardDecisionArgs = {
  accountId: Scalars['ID']['input'];
  decisionId: Scalars['ID']['input'];
};


export type MutationProposeHandoverArgs = {
  accountId: Scalars['ID']['input'];
  input: HandoverProposalInput;
};


export type MutationPublishPolicyVersionArgs = {
  input: PublishPolicyInput;
};


export type MutationRecordClosureOpinionArgs = {
  accountId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
};


export type MutationRecordConsultationArgs = {
  accountId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
};


export type MutationRecordHandoverItemArgs = {
  accountId: Scalars['ID']['input'];
  evidence: HandoverEvidenceInput;
  key: HandoverItemKey;
};


export type MutationRegisterBoardDecisionArgs = {
  input: BoardDecisionInput;
};


export type MutationReportAccountActivityArgs = {
  accountId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRequestAccountClosureArgs = {
  accountId: Scalars['ID']['input'];
  input: AccountClosureRequestInput;
};


export type MutationRetryFinalSnapshotArgs = {
  accountId: Scalars['ID']['input'];
};


export type MutationRetrySnapshotArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevealCredentialsArgs = {
  accountId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSavePlanArgs = {
  accountId: Scalars['ID']['input'];
  input: ActivityPlanInput;
};


export type MutationSnapshotAfterMajorChangeArgs = {
  accountId: Scalars['ID']['input'];
};


export type MutationStartArchivingRunArgs = {
  period: Scalars['String']['input'];
};


export type MutationSubmitPlanArgs = {
  accountId: Scalars['ID']['input'];
};


export type MutationWithdrawArgs = {
  accountId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationWithdrawHandoverArgs = {
  accountId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Who takes the account over. */
export type NewOwner = {
  __typename?: 'NewOwner';
  contactName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  kind: NewOwnerKind;
  kindLabel: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  /** MUNICIPAL_UNIT: the unit taking over. */
  unit?: Maybe<Unit>;
};

export type NewOwnerInput = {
  contactName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  kind: NewOwnerKind;
  /** The organisation’s or person’s name (not needed for a unit). */
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** MUNICIPAL_UNIT: the unit taking over. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Who takes a handed-over account: another unit, an outside organisation or a person. */
export type NewOwnerKind =
  | 'MUNICIPAL_UNIT'
  | 'ORGANISATION'
  | 'PERSON';

/** A reminder or escalation for the signed-in user. */
export type Notification = {
  __typename?: 'Notification';
  account?: Maybe<Account>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What happened, e.g. a reminder to an approver or an escalation. */
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type PageInput = {
  /** At most 100. */
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** An administrator or daily operator named in the plan. */
export type PlanPerson = {
  __typename?: 'PlanPerson';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  phone: Scalars['String']['output'];
};

export type PlanPersonInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone: Scalars['String']['input'];
};

export type Platform =
  | 'BLOG'
  | 'FACEBOOK'
  | 'INSTAGRAM'
  | 'LINKEDIN'
  | 'OTHER'
  | 'PODCAST'
  | 'TIKTOK'
  | 'X'
  | 'YOUTUBE';

/** What the platform answered when the system looked for a removed account. */
export type PlatformCheck =
  | 'GONE'
  | 'STILL_PUBLISHED'
  | 'UNKNOWN';

/** Evidence that the account was deleted or unpublished on the platform. */
export type PlatformRemovalInput = {
  /** What was done (deleted or unpublished) and how it was checked. */
  note: Scalars['String']['input'];
  /** A link showing the removal, if there is one. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** One published, read-only version of a municipality’s rules. */
export type Policy = {
  __typename?: 'Policy';
  changeNote: Scalars['String']['output'];
  effectiveFrom: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Whether this is the version in force now. */
  inForce: Scalars['Boolean']['output'];
  parameters: PolicyParameters;
  presetKey?: Maybe<Scalars['String']['output']>;
  publishedAt: Scalars['DateTime']['output'];
  publishedByName: Scalars['String']['output'];
  sources: Array<PolicySource>;
  version: Scalars['Int']['output'];
};

/** The rules a municipality runs on; each lifecycle reads the version it started under. */
export type PolicyParameters = {
  __typename?: 'PolicyParameters';
  accountCreator: AccountCreator;
  answerDeadlineWorkingDays: Scalars['Int']['output'];
  approvalChain: Array<ApprovalStepKind>;
  approvalEscalationWorkingDays: Scalars['Int']['output'];
  approvalReminderWorkingDays: Scalars['Int']['output'];
  closureDecisionWorkingDays: Scalars['Int']['output'];
  consultationOnNewPlatform: Scalars['Boolean']['output'];
  credentialDepositPlatforms: Array<Platform>;
  followUpReport: FollowUpReport;
  forwardedQuestionDeadlineWorkingDays: Scalars['Int']['output'];
  handoverDecisionReminderWorkingDays: Scalars['Int']['output'];
  inactivityGracePeriodDays: Scalars['Int']['output'];
  inactivityThresholdDays: Scalars['Int']['output'];
  minAdministrators: Scalars['Int']['output'];
  monitoringFrequency: MonitoringFrequency;
  profileTextTemplate: Scalars['String']['output'];
  snapshotCadence: SnapshotCadence;
  snapshotOccasions: Array<SnapshotOccasion>;
  twoFactorRequired: Scalars['Boolean']['output'];
};

export type PolicyParametersInput = {
  accountCreator: AccountCreator;
  answerDeadlineWorkingDays: Scalars['Int']['input'];
  approvalChain: Array<ApprovalStepKind>;
  approvalEscalationWorkingDays: Scalars['Int']['input'];
  approvalReminderWorkingDays: Scalars['Int']['input'];
  closureDecisionWorkingDays: Scalars['Int']['input'];
  consultationOnNewPlatform: Scalars['Boolean']['input'];
  credentialDepositPlatforms: Array<Platform>;
  followUpReport: FollowUpReportInput;
  forwardedQuestionDeadlineWorkingDays: Scalars['Int']['input'];
  handoverDecisionReminderWorkingDays: Scalars['Int']['input'];
  inactivityGracePeriodDays: Scalars['Int']['input'];
  inactivityThresholdDays: Scalars['Int']['input'];
  minAdministrators: Scalars['Int']['input'];
  monitoringFrequency: MonitoringFrequency;
  profileTextTemplate: Scalars['String']['input'];
  snapshotCadence: SnapshotCadence;
  snapshotOccasions: Array<SnapshotOccasion>;
  twoFactorRequired: Scalars['Boolean']['input'];
};

/** A seed municipality’s rules, to start a policy from. */
export type PolicyPreset = {
  __typename?: 'PolicyPreset';
  key: Scalars['String']['output'];
  municipalityName: Scalars['String']['output'];
  parameters: PolicyParameters;
  seedFile: Scalars['String']['output'];
  sources: Array<PolicySource>;
};

/** Where one parameter’s value comes from: a seed section, or "not stated" with the default used. */
export type PolicySource = {
  __typename?: 'PolicySource';
  /** The parameter’s name in Swedish. */
  label: Scalars['String']['output'];
  parameter: Scalars['String']['output'];
  source: Scalars['String']['output'];
};

export type ProvisionedAdministratorInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  twoFactorConfirmed: Scalars['Boolean']['input'];
};

/** What shows the item is done; which fields are needed depends on the item. */
export type ProvisioningEvidenceInput = {
  /** ADMINISTRATORS_TWO_FACTOR: each administrator and whether two-factor authentication is confirmed. */
  administrators?: InputMaybe<Array<ProvisionedAdministratorInput>>;
  /** FUNCTIONAL_EMAIL: the dedicated address. */
  functionalEmail?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** A link showing the item is done (ACCOUNT_CREATED, PROFILE_TEXT_PUBLISHED). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** One point of the provisioning checklist. */
export type ProvisioningItem = {
  __typename?: 'ProvisioningItem';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  completedByName?: Maybe<Scalars['String']['output']>;
  evidenceNote?: Maybe<Scalars['String']['output']>;
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  key: ProvisioningItemKey;
  label: Scalars['String']['output'];
};

export type ProvisioningItemKey =
  | 'ACCOUNT_CREATED'
  | 'ADMINISTRATORS_TWO_FACTOR'
  | 'COMMUNICATIONS_ADMIN_RIGHTS'
  | 'CREDENTIALS_DEPOSITED'
  | 'FUNCTIONAL_EMAIL'
  | 'LOGO_APPLIED'
  | 'PROFILE_TEXT_PUBLISHED';

export type PublishPolicyInput = {
  /** Why the rules change (kept with the version). */
  changeNote: Scalars['String']['input'];
  /** When the version takes effect; openings started before keep their version. */
  effectiveFrom: Scalars['DateTime']['input'];
  parameters: PolicyParametersInput;
  /** The seed preset this version is taken from unchanged, if any. */
  presetKey?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Null when the account does not exist or is not visible to me. */
  account?: Maybe<Account>;
  /** Accounts of my municipality, most recently changed first. */
  accounts: AccountPage;
  /** Null when there is no such run in my municipality. */
  archivingRun?: Maybe<ArchivingRun>;
  /** My municipality’s archiving runs, newest period first. */
  archivingRuns: Array<ArchivingRun>;
  /** Board decisions registered in my municipality, newest first. */
  boardDecisions: Array<BoardDecision>;
  /** The boards (nämnder) of my municipality, by name. */
  boards: Array<Board>;
  /** The seed 001 §3.1 checklist every plan answers. Public. */
  checklistQuestions: Array<ChecklistQuestion>;
  /** Accounts of my municipality with an inactivity episode under way or being closed, that I may act on in that lifecycle; those waiting for me first. */
  closureCases: Array<Account>;
  /** DEVELOPMENT ONLY: the users the development issuer signs in as; empty when an OIDC issuer is configured. */
  devUsers: Array<DevUser>;
  /** A handover by id; null when it does not exist or is not visible to me. */
  handover?: Maybe<Handover>;
  /** Handovers in my municipality, newest first; `awaitingMyDecision`: those whose board decision I may register now. */
  handovers: Array<Handover>;
  /** The period that ended most recently under the policy in force: what a run now documents. */
  lastEndedArchivingPeriod: ArchivingPeriod;
  me: Me;
  /** Addressed to me by name or to a role I hold; newest first. */
  notifications: Array<Notification>;
  /** The version in force now for my municipality. */
  policyInForce: Policy;
  /** The five seed municipalities’ rules, each value with its seed section. */
  policyPresets: Array<PolicyPreset>;
  /** Every version of my municipality’s policy, newest first. */
  policyVersions: Array<Policy>;
  /** PUBLIC. Accounts the municipality runs (active, or being handed over until the handover is done), of one municipality or all; by unit, then name. */
  register: Array<RegisterEntry>;
  /** Archived posts and comments by account, time and words, newest first (a records request). */
  searchArchive: ArchiveSearchResult;
  /** Null when there is no such snapshot in my municipality. */
  snapshot?: Maybe<Snapshot>;
  /** The units of my municipality, by name. */
  units: Array<Unit>;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountsArgs = {
  filter?: InputMaybe<AccountFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryArchivingRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArchivingRunsArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryBoardDecisionsArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryClosureCasesArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryHandoverArgs = {
  id: Scalars['ID']['input'];
};


export type QueryHandoversArgs = {
  awaitingMyDecision?: InputMaybe<Scalars['Boolean']['input']>;
  page?: InputMaybe<PageInput>;
  status?: InputMaybe<Array<HandoverStatus>>;
};


export type QueryNotificationsArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryPolicyVersionsArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryRegisterArgs = {
  municipalityId?: InputMaybe<Scalars['ID']['input']>;
  page?: InputMaybe<PageInput>;
};


export type QuerySearchArchiveArgs = {
  input: ArchiveSearchInput;
  page?: InputMaybe<PageInput>;
};


export type QuerySnapshotArgs = {
  id: Scalars['ID']['input'];
};

/** One line of the public register (förteckning) of the municipality’s active accounts. */
export type RegisterEntry = {
  __typename?: 'RegisterEntry';
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  displayName: Scalars['String']['output'];
  handle?: Maybe<Scalars['String']['output']>;
  platform: Platform;
  unitName: Scalars['String']['output'];
  webAddress: Scalars['String']['output'];
};

/** The deposited credentials, returned once to the communications unit by revealCredentials. */
export type RevealedCredentials = {
  __typename?: 'RevealedCredentials';
  depositedAt: Scalars['DateTime']['output'];
  depositedByName: Scalars['String']['output'];
  loginEmail?: Maybe<Scalars['String']['output']>;
  loginName: Scalars['String']['output'];
  secret: Scalars['String']['output'];
};

export type Role =
  | 'ARCHIVIST'
  | 'AUDITOR'
  | 'BOARD_SECRETARY'
  | 'COMMUNICATIONS'
  | 'EDITOR'
  | 'HEAD_OF_ADMINISTRATION'
  | 'INTEGRATION'
  | 'UNIT_MANAGER';

/** A role the user holds, scoped to a unit, an administration, or (neither) the whole municipality. */
export type RoleAssignmentView = {
  __typename?: 'RoleAssignmentView';
  administration?: Maybe<Administration>;
  role: Role;
  unit?: Maybe<Unit>;
};

export type SignInResult = {
  __typename?: 'SignInResult';
  /** Send as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
  user: Me;
};

/** One account documented once for a period or an occasion; at most one package. */
export type Snapshot = {
  __typename?: 'Snapshot';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  acceptedByName?: Maybe<Scalars['String']['output']>;
  account: Account;
  attempts: Scalars['Int']['output'];
  capturedAt?: Maybe<Scalars['DateTime']['output']>;
  commentCount: Scalars['Int']['output'];
  /** Why the last attempt failed, in Swedish. */
  failureReason?: Maybe<Scalars['String']['output']>;
  files: Array<ArchivedFile>;
  id: Scalars['ID']['output'];
  /** The period or occasion as people say it, in Swedish. */
  label: Scalars['String']['output'];
  /** The mutations the signed-in user may take on it now: retrySnapshot, acceptDelivery. */
  myActions: Array<Scalars['String']['output']>;
  /** The E-ARK package’s OBJID. */
  packageId?: Maybe<Scalars['String']['output']>;
  /** The whole package as a zip (GET with the bearer token), relative to the API. */
  packageUrl?: Maybe<Scalars['String']['output']>;
  /** The PDF/A of the rendered page (GET with the bearer token), relative to the API. */
  pdfUrl?: Maybe<Scalars['String']['output']>;
  /** veraPDF on the PDF/A-2b page. */
  pdfaValidation?: Maybe<ValidationReport>;
  postCount: Scalars['Int']['output'];
  reason: SnapshotReason;
  reasonLabel: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  run?: Maybe<ArchivingRun>;
  /** commons-ip on the E-ARK SIP. */
  sipValidation?: Maybe<ValidationReport>;
  /** The period (2026-H1) or the occasion and its moment. */
  snapshotKey: Scalars['String']['output'];
  status: SnapshotStatus;
  /** The Temporal workflow id, account-snapshot/<account>/<key>. */
  workflowId: Scalars['String']['output'];
};

export type SnapshotCadence =
  | 'HALF_YEARLY'
  | 'YEARLY';

export type SnapshotOccasion =
  | 'BEFORE_CLOSURE'
  | 'BEFORE_HANDOVER'
  | 'MAJOR_CHANGE';

export type SnapshotPage = {
  __typename?: 'SnapshotPage';
  items: Array<Snapshot>;
  /** All matching, over all pages. */
  total: Scalars['Int']['output'];
};

/** How many of a run’s accounts are in each state. */
export type SnapshotProgress = {
  __typename?: 'SnapshotProgress';
  accepted: Scalars['Int']['output'];
  archived: Scalars['Int']['output'];
  capturing: Scalars['Int']['output'];
  /** Archived or accepted: the accounts that have their package. */
  done: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  /** Accounts the run has found due so far. */
  total: Scalars['Int']['output'];
  waiting: Scalars['Int']['output'];
};

/** A period end, or an occasion the policy names. */
export type SnapshotReason =
  | 'BEFORE_CLOSURE'
  | 'BEFORE_HANDOVER'
  | 'MAJOR_CHANGE'
  | 'PERIOD_END';

export type SnapshotStatus =
  | 'ACCEPTED'
  | 'ARCHIVED'
  | 'CAPTURING'
  | 'FAILED'
  | 'WAITING';

/** A piece of archived text; match marks the words the search found. */
export type TextSegment = {
  __typename?: 'TextSegment';
  match: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

/** Verksamhet: owns accounts; its manager is the first approver. */
export type Unit = {
  __typename?: 'Unit';
  administration: Administration;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What a validator (veraPDF, commons-ip) said about the package. */
export type ValidationReport = {
  __typename?: 'ValidationReport';
  passed: Scalars['Boolean']['output'];
  problems: Array<Scalars['String']['output']>;
  /** The validator and its version. */
  validator: Scalars['String']['output'];
};

export type ArchivingRunFieldsFragment = { __typename?: 'ArchivingRun', id: string, period: string, periodLabel: string, status: ArchivingRunStatus, statusLabel: string, trigger: string, startedByName?: string | null, startedAt: string, finishedAt?: string | null, workflowId: string, progress: { __typename?: 'SnapshotProgress', waiting: number, capturing: number, archived: number, failed: number, accepted: number, total: number, done: number } };

export type SnapshotSummaryFieldsFragment = { __typename?: 'Snapshot', id: string, status: SnapshotStatus, reason: SnapshotReason, label: string, snapshotKey: string, attempts: number, failureReason?: string | null, requestedAt: string, capturedAt?: string | null, acceptedAt?: string | null, acceptedByName?: string | null, myActions: Array<string>, account: { __typename?: 'Account', id: string, displayName: string, platform: Platform, unit: { __typename?: 'Unit', id: string, name: string } } };

export type ArchivingRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type ArchivingRunsQuery = { __typename?: 'Query', archivingRuns: Array<{ __typename?: 'ArchivingRun', id: string, period: string, periodLabel: string, status: ArchivingRunStatus, statusLabel: string, trigger: string, startedByName?: string | null, startedAt: string, finishedAt?: string | null, workflowId: string, progress: { __typename?: 'SnapshotProgress', waiting: number, capturing: number, archived: number, failed: number, accepted: number, total: number, done: number } }>, lastEndedArchivingPeriod: { __typename?: 'ArchivingPeriod', period: string, label: string } };

export type ArchivingRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<Array<SnapshotStatus> | SnapshotStatus>;
  page?: InputMaybe<PageInput>;
}>;


export type ArchivingRunQuery = { __typename?: 'Query', archivingRun?: { __typename?: 'ArchivingRun', id: string, period: string, periodLabel: string, status: ArchivingRunStatus, statusLabel: string, trigger: string, startedByName?: string | null, startedAt: string, finishedAt?: string | null, workflowId: string, snapshots: { __typename?: 'SnapshotPage', total: number, items: Array<{ __typename?: 'Snapshot', id: string, status: SnapshotStatus, reason: SnapshotReason, label: string, snapshotKey: string, attempts: number, failureReason?: string | null, requestedAt: string, capturedAt?: string | null, acceptedAt?: string | null, acceptedByName?: string | null, myActions: Array<string>, account: { __typename?: 'Account', id: string, displayName: string, platform: Platform, unit: { __typename?: 'Unit', id: string, name: string } } }> }, progress: { __typename?: 'SnapshotProgress', waiting: number, capturing: number, archived: number, failed: number, accepted: number, total: number, done: number } } | null };

export type SnapshotQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SnapshotQuery = { __typename?: 'Query', snapshot?: { __typename?: 'Snapshot', packageId?: string | null, packageUrl?: string | null, pdfUrl?: string | null, workflowId: string, postCount: number, commentCount: number, id: string, status: SnapshotStatus, reason: SnapshotReason, label: string, snapshotKey: string, attempts: number, failureReason?: string | null, requestedAt: string, capturedAt?: string | null, acceptedAt?: string | null, acceptedByName?: string | null, myActions: Array<string>, files: Array<{ __typename?: 'ArchivedFile', path: string, role: string, sha256: string, size: number, mimeType: string, url: string }>, pdfaValidation?: { __typename?: 'ValidationReport', passed: boolean, validator: string, problems: Array<string> } | null, sipValidation?: { __typename?: 'ValidationReport', passed: boolean, validator: string, problems: Array<string> } | null, run?: { __typename?: 'ArchivingRun', id: string, period: string, periodLabel: string } | null, account: { __typename?: 'Account', id: string, displayName: string, platform: Platform, unit: { __typename?: 'Unit', id: string, name: string } } } | null };

export type StartArchivingRunMutationVariables = Exact<{
  period: Scalars['String']['input'];
}>;


export type StartArchivingRunMutation = { __typename?: 'Mutation', startArchivingRun: { __typename?: 'ArchivingRun', id: string, period: string, periodLabel: string, status: ArchivingRunStatus, statusLabel: string, trigger: string, startedByName?: string | null, startedAt: string, finishedAt?: string | null, workflowId: string, progress: { __typename?: 'SnapshotProgress', waiting: number, capturing: number, archived: number, failed: number, accepted: number, total: number, done: number } } };

export type RetrySnapshotMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetrySnapshotMutation = { __typename?: 'Mutation', retrySnapshot: { __typename?: 'Snapshot', id: string, status: SnapshotStatus, reason: SnapshotReason, label: string, snapshotKey: string, attempts: number, failureReason?: string | null, requestedAt: string, capturedAt?: string | null, acceptedAt?: string | null, acceptedByName?: string | null, myActions: Array<string>, account: { __typename?: 'Account', id: string, displayName: string, platform: Platform, unit: { __typename?: 'Unit', id: string, name: string } } } };

export type AcceptDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptDeliveryMutation = { __typename?: 'Mutation', acceptDelivery: { __typename?: 'Snapshot', id: string, status: SnapshotStatus, reason: SnapshotReason, label: string, snapshotKey: string, attempts: number, failureReason?: string | null, requestedAt: string, capturedAt?: string | null, acceptedAt?: string | null, acceptedByName?: string | null, myActions: Array<string>, account: { __typename?: 'Account', id: string, displayName: string, platform: Platform, unit: { __typename?: 'Unit', id: string, name: string } } } };

export type SearchArchiveQueryVariables = Exact<{
  input: ArchiveSearchInput;
  page?: InputMaybe<PageInput>;
}>;


export type SearchArchiveQuery = { __typename?: 'Query', searchArchive: { __typename?: 'ArchiveSearchResult', total: number, items: Array<{ __typename?: 'ArchivedItem', id: string, kind: string, publishedAt: string, author?: string | null, text: string, permalink?: string | null, highlights: Array<{ __typename?: 'TextSegment', text: string, match: boolean }>, account: { __typename?: 'Account', id: string, displayName: string, platform: Platform }, snapshot: { __typename?: 'Snapshot', id: string, label: string, status: SnapshotStatus } }> } };

export type ClosureFieldsFragment = { __typename?: 'Account', id: string, status: AccountStatus, displayName: string, closureActions: Array<string>, activity?: { __typename?: 'AccountActivity', lastActivityAt?: string | null, lastPlatformActivityAt?: string | null, lastReportedActivityAt?: string | null, lastReportedByName?: string | null, checkedAt?: string | null, checkProblem?: string | null, nextCheckAt?: string | null, reviewAt?: string | null } | null, inactivity?: { __typename?: 'InactivityEpisode', id: string, number: number, stage: InactivityStage, stageLabel: string, open: boolean, lastActivityAt?: string | null, warnedAt: string, graceEndsAt: string, decisionDueAt?: string | null, escalatedAt?: string | null, opinion?: string | null, opinionByName?: string | null, opinionAt?: string | null, decision?: ClosureDecision | null, decisionComment?: string | null, revivalPlan?: string | null, reviewAt?: string | null, decidedByName?: string | null, decidedAt?: string | null, revivedAt?: string | null, revivalSource?: ActivitySource | null } | null, closure?: { __typename?: 'AccountClosure', reason: ClosureReason, reasonLabel: string, explanation?: string | null, requestedByName: string, requestedAt: string, stage: ClosureStage, stageLabel: string, snapshotStatus: string, credentialsDeposited: boolean, platformRemovalUrl?: string | null, platformCheck?: PlatformCheck | null, platformCheckLabel?: string | null, closedAt?: string | null, workflowId: string, steps: Array<{ __typename?: 'ClosureStep', key: string, label: string, doneAt?: string | null, doneByName?: string | null, note?: string | null }> } | null };

export type AccountClosureQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountClosureQuery = { __typename?: 'Query', account?: { __typename?: 'Account', id: string, status: AccountStatus, displayName: string, closureActions: Array<string>, activity?: { __typename?: 'AccountActivity', lastActivityAt?: string | null, lastPlatformActivityAt?: string | null, lastReportedActivityAt?: string | null, lastReportedByName?: string | null, checkedAt?: string | null, checkProblem?: string | null, nextCheckAt?: string | null, reviewAt?: string | null } | null, inactivity?: { __typename?: 'InactivityEpisode', id: string, number: number, stage: InactivityStage, stageLabel: string, open: boolean, lastActivityAt?: string | null, warnedAt: string, graceEndsAt: string, decisionDueAt?: string | null, escalatedAt?: string | null, opinion?: string | null, opinionByName?: string | null, opinionAt?: string | null, decision?: ClosureDecision | null, decisionComment?: string | null, revivalPlan?: string | null, reviewAt?: string | null, decidedByName?: string | null, decidedAt?: string | null, revivedAt?: string | null, revivalSource?: ActivitySource | null } | null, closure?: { __typename?: 'AccountClosure', reason: ClosureReason, reasonLabel: string, explanation?: string | null, requestedByName: string, requestedAt: string, stage: ClosureStage, stageLabel: string, snapshotStatus: string, credentialsDeposited: boolean, platformRemovalUrl?: string | null, platformCheck?: PlatformCheck | null, platformCheckLabel?: string | null, closedAt?: string | null, workflowId: string, steps: Array<{ __typename?: 'ClosureStep', key: string, label: string, doneAt?: string | null, doneByName?: string | null, note?: string | null }> } | null } | null };

export type ClosureCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ClosureCasesQuery = { __typename?: 'Query', closureCases: Array<{ __typename?: 'Account', closureActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, inactivity?: { __typename?: 'InactivityEpisode', stage: InactivityStage, stageLabel: string, open: boolean, graceEndsAt: string, decisionDueAt?: string | null, escalatedAt?: string | null } | null, closure?: { __typename?: 'AccountClosure', stage: ClosureStage, stageLabel: string } | null, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } }> };

export type ReportAccountActivityMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportAccountActivityMutation = { __typename?: 'Mutation', reportAccountActivity: { __typename?: 'Account', id: string, status: AccountStatus, displayName: string, closureActions: Array<string>, activity?: { __typename?: 'AccountActivity', lastActivityAt?: string | null, lastPlatformActivityAt?: string | null, lastReportedActivityAt?: string | null, lastReportedByName?: string | null, checkedAt?: string | null, checkProblem?: string | null, nextCheckAt?: string | null, reviewAt?: string | null } | null, inactivity?: { __typename?: 'InactivityEpisode', id: string, number: number, stage: InactivityStage, stageLabel: string, open: boolean, lastActivityAt?: string | null, warnedAt: string, graceEndsAt: string, decisionDueAt?: string | null, escalatedAt?: string | null, opinion?: string | null, opinionByName?: string | null, opinionAt?: string | null, decision?: ClosureDecision | null, decisionComment?: string | null, revivalPlan?: string | null, reviewAt?: string | null, decidedByName?: string | null, decidedAt?: string | null, revivedAt?: string | null, revivalSource?: ActivitySource | null } | null, closure?: { __typename?: 'AccountClosure', reason: ClosureReason, reasonLabel: string, explanation?: string | null, requestedByName: string, requestedAt: string, stage: ClosureStage, stageLabel: string, snapshotStatus: string, credentialsDeposited: boolean, platformRemovalUrl?: string | null, platformCheck?: PlatformCheck | null, platformCheckLabel?: string | null, closedAt?: string | null, workflowId: string, steps: Array<{ __typename?: 'ClosureStep', key: string, label: string, doneAt?: string | null, doneByName?: string | null, note?: string | null }> } | null } };

export type RecordClosureOpinionMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
}>;


export type RecordClosureOpinionMutation = { __typename?: 'Mutation', recordClosureOpinion: { __typename?: 'Account', id: string, status: AccountStatus, displayName: string, closureActions: Array<string>, activity?: { __typename?: 'AccountActivity', lastActivityAt?: string | null, lastPlatformActivityAt?: string | null, lastReportedActivityAt?: string | null, lastReportedByName?: string | null, checkedAt?: string | null, checkProblem?: string | null, nextCheckAt?: string | null, reviewAt?: string | null } | null, inactivity?: { __typename?: 'InactivityEpisode', id: string, number: number, stage: InactivityStage, stageLabel: string, open: boolean, lastActivityAt?: string | null, warnedAt: string, graceEndsAt: string, decisionDueAt?: string | null, escalatedAt?: string | null, opinion?: string | null, opinionByName?: string | null, opinionAt?: string | null, decision?: ClosureDecision | null, decisionComment?: string | null, revivalPlan?: string | null, reviewAt?: string | null, decidedByName?: string | null, decidedAt?: string | null, revivedAt?: string | null, revivalSource?: ActivitySource | null } | null, closure?: { __typename?: 'AccountClosure', reason: ClosureReason, reasonLabel: string, explanation?: string | null, requestedByName: string, requestedAt: string, stage: ClosureStage, stageLabel: string, snapshotStatus: string, credentialsDeposited: boolean, platformRemovalUrl?: string | null, platformCheck?: PlatformCheck | null, platformCheckLabel?: string | null, closedAt?: string | null, workflowId: string, steps: Array<{ __typename?: 'ClosureStep', key: string, label: string, doneAt?: string | null, doneByName?: string | null, note?: string | null }> } | null } };

export type DecideOnInactiveAccountMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  input: ClosureDecisionInput;
}>;


export type DecideOnInactiveAccountMutation = { __typename?: 'Mutation', decideOnInactiveAccount: { __typename?: 'Account', id: string, status: AccountStatus, displayName: string, closureActions: Array<string>, activity?: { __typename?: 'AccountActivity', lastActivityAt?: string | null, lastPlatformActivityAt?: string | null, lastReportedActivityAt?: string | null, lastReportedByName?: string | null, checkedAt?: string | null, checkProblem?: string | null, nextCheckAt?: string | null, reviewAt?: string | null } | null, inactivity?: { __typename?: 'InactivityEpisode', id: string, number: number, stage: InactivityStage, stageLabel: string, open: boolean, lastActivityAt?: string | null, warnedAt: string, graceEndsAt: string, decisionDueAt?: string | null, escalatedAt?: string | null, opinion?: string | null, opinionByName?: string | null, opinionAt?: string | null, decision?: ClosureDecision | null, decisionComment?: string | null, revivalPlan?: string | null, reviewAt?: string | null, decidedByName?: string | null, decidedAt?: string | null, revivedAt?: string | null, revivalSource?: ActivitySource | null } | null, closure?: { __typename?: 'AccountClosure', reason: ClosureReason, reasonLabel: string, explanation?: string | null, requestedByName: string, requestedAt: string, stage: ClosureStage, stageLabel: string, snapshotStatus: string, credentialsDeposited: boolean, platformRemovalUrl?: string | null, platformCheck?: PlatformCheck | null, platformCheckLabel?: string | null, closedAt?: string | null, workflowId: string, steps: Array<{ __typename?: 'ClosureStep', key: string, label: string, doneAt?: string | null, doneByName?: string | null, note?: string | null }> } | null } };

export type RequestAccountClosureMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  input: AccountClosureRequestInput;
}>;


export type RequestAccountClosureMutation = { __typename?: 'Mutation', requestAccountClosure: { __typename?: 'Account', id: string, status: AccountStatus, displayName: string, closureActions: Array<string>, activity?: { __typename?: 'AccountActivity', lastActivityAt?: string | null, lastPlatformActivityAt?: string | null, lastReportedActivityAt?: string | null, lastReportedByName?: string | null, checkedAt?: string | null, checkProblem?: string | null, nextCheckAt?: string | null, reviewAt?: string | null } | null, inactivity?: { __typename?: 'InactivityEpisode', id: string, number: number, stage: InactivityStage, stageLabel: string, open: boolean, lastActivityAt?: string | null, warnedAt: string, graceEndsAt: string, decisionDueAt?: string | null, escalatedAt?: string | null, opinion?: string | null, opinionByName?: string | null, opinionAt?: string | null, decision?: ClosureDecision | null, decisionComment?: string | null, revivalPlan?: string | null, reviewAt?: string | null, decidedByName?: string | null, decidedAt?: string | null, revivedAt?: string | null, revivalSource?: ActivitySource | null } | null, closure?: { __typename?: 'AccountClosure', reason: ClosureReason, reasonLabel: string, explanation?: string | null, requestedByName: string, requestedAt: string, stage: ClosureStage, stageLabel: string, snapshotStatus: string, credentialsDeposited: boolean, platformRemovalUrl?: string | null, platformCheck?: PlatformCheck | null, platformCheckLabel?: string | null, closedAt?: string | null, workflowId: string, steps: Array<{ __typename?: 'ClosureStep', key: string, label: string, doneAt?: string | null, doneByName?: string | null, note?: string | null }> } | null } };

export type ConfirmPlatformRemovalMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  input: PlatformRemovalInput;
}>;


export type ConfirmPlatformRemovalMutation = { __typename?: 'Mutation', confirmPlatformRemoval: { __typename?: 'Account', id: string, status: AccountStatus, displayName: string, closureActions: Array<string>, activity?: { __typename?: 'AccountActivity', lastActivityAt?: string | null, lastPlatformActivityAt?: string | null, lastReportedActivityAt?: string | null, lastReportedByName?: string | null, checkedAt?: string | null, checkProblem?: string | null, nextCheckAt?: string | null, reviewAt?: string | null } | null, inactivity?: { __typename?: 'InactivityEpisode', id: string, number: number, stage: InactivityStage, stageLabel: string, open: boolean, lastActivityAt?: string | null, warnedAt: string, graceEndsAt: string, decisionDueAt?: string | null, escalatedAt?: string | null, opinion?: string | null, opinionByName?: string | null, opinionAt?: string | null, decision?: ClosureDecision | null, decisionComment?: string | null, revivalPlan?: string | null, reviewAt?: string | null, decidedByName?: string | null, decidedAt?: string | null, revivedAt?: string | null, revivalSource?: ActivitySource | null } | null, closure?: { __typename?: 'AccountClosure', reason: ClosureReason, reasonLabel: string, explanation?: string | null, requestedByName: string, requestedAt: string, stage: ClosureStage, stageLabel: string, snapshotStatus: string, credentialsDeposited: boolean, platformRemovalUrl?: string | null, platformCheck?: PlatformCheck | null, platformCheckLabel?: string | null, closedAt?: string | null, workflowId: string, steps: Array<{ __typename?: 'ClosureStep', key: string, label: string, doneAt?: string | null, doneByName?: string | null, note?: string | null }> } | null } };

export type ConfirmCredentialsDestroyedMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type ConfirmCredentialsDestroyedMutation = { __typename?: 'Mutation', confirmCredentialsDestroyed: { __typename?: 'Account', id: string, status: AccountStatus, displayName: string, closureActions: Array<string>, activity?: { __typename?: 'AccountActivity', lastActivityAt?: string | null, lastPlatformActivityAt?: string | null, lastReportedActivityAt?: string | null, lastReportedByName?: string | null, checkedAt?: string | null, checkProblem?: string | null, nextCheckAt?: string | null, reviewAt?: string | null } | null, inactivity?: { __typename?: 'InactivityEpisode', id: string, number: number, stage: InactivityStage, stageLabel: string, open: boolean, lastActivityAt?: string | null, warnedAt: string, graceEndsAt: string, decisionDueAt?: string | null, escalatedAt?: string | null, opinion?: string | null, opinionByName?: string | null, opinionAt?: string | null, decision?: ClosureDecision | null, decisionComment?: string | null, revivalPlan?: string | null, reviewAt?: string | null, decidedByName?: string | null, decidedAt?: string | null, revivedAt?: string | null, revivalSource?: ActivitySource | null } | null, closure?: { __typename?: 'AccountClosure', reason: ClosureReason, reasonLabel: string, explanation?: string | null, requestedByName: string, requestedAt: string, stage: ClosureStage, stageLabel: string, snapshotStatus: string, credentialsDeposited: boolean, platformRemovalUrl?: string | null, platformCheck?: PlatformCheck | null, platformCheckLabel?: string | null, closedAt?: string | null, workflowId: string, steps: Array<{ __typename?: 'ClosureStep', key: string, label: string, doneAt?: string | null, doneByName?: string | null, note?: string | null }> } | null } };

export type CredentialFieldsFragment = { __typename?: 'Account', id: string, status: AccountStatus, credentialActions: Array<string>, credentialDeposit?: { __typename?: 'CredentialDeposit', depositedAt: string, depositedByName: string, destroyedAt?: string | null, destroyedByName?: string | null, destroyedReason?: string | null } | null };

export type AccountCredentialsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountCredentialsQuery = { __typename?: 'Query', account?: { __typename?: 'Account', id: string, status: AccountStatus, credentialActions: Array<string>, credentialDeposit?: { __typename?: 'CredentialDeposit', depositedAt: string, depositedByName: string, destroyedAt?: string | null, destroyedByName?: string | null, destroyedReason?: string | null } | null } | null };

export type DepositCredentialsMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  input: CredentialDepositInput;
}>;


export type DepositCredentialsMutation = { __typename?: 'Mutation', depositCredentials: { __typename?: 'Account', id: string, status: AccountStatus, credentialActions: Array<string>, credentialDeposit?: { __typename?: 'CredentialDeposit', depositedAt: string, depositedByName: string, destroyedAt?: string | null, destroyedByName?: string | null, destroyedReason?: string | null } | null } };

export type RevealCredentialsMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RevealCredentialsMutation = { __typename?: 'Mutation', revealCredentials: { __typename?: 'RevealedCredentials', loginName: string, loginEmail?: string | null, secret: string, depositedAt: string, depositedByName: string } };

export type AccountSummaryFieldsFragment = { __typename?: 'Account', id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } };

export type AccountDetailFieldsFragment = { __typename?: 'Account', webAddress: string, functionalEmail: string, workflowId: string, myActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, plan?: { __typename?: 'ActivityPlan', revision: number, platform: Platform, webAddress: string, handle?: string | null, displayName: string, activityDescription: string, purpose: string, targetAudiences: string, goals: string, needsAnalysis: string, functionalEmail: string, monitoringHours: string, publishingFrequency: string, estimatedWeeklyHours: number, other?: string | null, submittedAt?: string | null, administrators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, dailyOperators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, checklist: Array<{ __typename?: 'ChecklistAnswer', key: string, question: string, answer: boolean, comment?: string | null }> } | null, approvals: Array<{ __typename?: 'ApprovalStep', kind: ApprovalStepKind, outcome: string, decidedByName?: string | null, decidedRole?: string | null, decidedAt?: string | null, reason?: string | null, dueAt?: string | null, remindedAt?: string | null, escalatedAt?: string | null }>, provisioning: Array<{ __typename?: 'ProvisioningItem', key: ProvisioningItemKey, label: string, completedAt?: string | null, completedByName?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null }>, administrators: Array<{ __typename?: 'AccountAdministrator', name: string, email: string, twoFactorConfirmed: boolean }>, history: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, label: string, actorName: string, actorRole: string, occurredAt: string, fromStatus?: AccountStatus | null, toStatus?: AccountStatus | null, reason?: string | null, detail?: string | null, evidence?: { __typename?: 'Evidence', url?: string | null, note?: string | null, file?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null } | null }>, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } };

export type RoleFieldsFragment = { __typename?: 'RoleAssignmentView', role: Role, unit?: { __typename?: 'Unit', id: string, name: string } | null, administration?: { __typename?: 'Administration', id: string, name: string } | null };

export type DevUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type DevUsersQuery = { __typename?: 'Query', devUsers: Array<{ __typename?: 'DevUser', id: string, name: string, email: string, roles: Array<{ __typename?: 'RoleAssignmentView', role: Role, unit?: { __typename?: 'Unit', id: string, name: string } | null, administration?: { __typename?: 'Administration', id: string, name: string } | null }> }> };

export type DevSignInMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type DevSignInMutation = { __typename?: 'Mutation', devSignIn: { __typename?: 'SignInResult', token: string, user: { __typename?: 'Me', id: string, name: string, email: string, municipality: { __typename?: 'Municipality', id: string, name: string }, roles: Array<{ __typename?: 'RoleAssignmentView', role: Role, unit?: { __typename?: 'Unit', id: string, name: string } | null, administration?: { __typename?: 'Administration', id: string, name: string } | null }> } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', id: string, name: string, email: string, municipality: { __typename?: 'Municipality', id: string, name: string }, roles: Array<{ __typename?: 'RoleAssignmentView', role: Role, unit?: { __typename?: 'Unit', id: string, name: string } | null, administration?: { __typename?: 'Administration', id: string, name: string } | null }> } };

export type AccountsQueryVariables = Exact<{
  filter?: InputMaybe<AccountFilter>;
  page?: InputMaybe<PageInput>;
}>;


export type AccountsQuery = { __typename?: 'Query', accounts: { __typename?: 'AccountPage', total: number, items: Array<{ __typename?: 'Account', id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } }> } };

export type AccountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountQuery = { __typename?: 'Query', account?: { __typename?: 'Account', webAddress: string, functionalEmail: string, workflowId: string, myActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, plan?: { __typename?: 'ActivityPlan', revision: number, platform: Platform, webAddress: string, handle?: string | null, displayName: string, activityDescription: string, purpose: string, targetAudiences: string, goals: string, needsAnalysis: string, functionalEmail: string, monitoringHours: string, publishingFrequency: string, estimatedWeeklyHours: number, other?: string | null, submittedAt?: string | null, administrators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, dailyOperators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, checklist: Array<{ __typename?: 'ChecklistAnswer', key: string, question: string, answer: boolean, comment?: string | null }> } | null, approvals: Array<{ __typename?: 'ApprovalStep', kind: ApprovalStepKind, outcome: string, decidedByName?: string | null, decidedRole?: string | null, decidedAt?: string | null, reason?: string | null, dueAt?: string | null, remindedAt?: string | null, escalatedAt?: string | null }>, provisioning: Array<{ __typename?: 'ProvisioningItem', key: ProvisioningItemKey, label: string, completedAt?: string | null, completedByName?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null }>, administrators: Array<{ __typename?: 'AccountAdministrator', name: string, email: string, twoFactorConfirmed: boolean }>, history: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, label: string, actorName: string, actorRole: string, occurredAt: string, fromStatus?: AccountStatus | null, toStatus?: AccountStatus | null, reason?: string | null, detail?: string | null, evidence?: { __typename?: 'Evidence', url?: string | null, note?: string | null, file?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null } | null }>, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } } | null };

export type UnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitsQuery = { __typename?: 'Query', units: Array<{ __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } }> };

export type ChecklistQuestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistQuestionsQuery = { __typename?: 'Query', checklistQuestions: Array<{ __typename?: 'ChecklistQuestion', key: string, question: string }> };

export type ApplyForAccountMutationVariables = Exact<{
  input: ActivityPlanInput;
}>;


export type ApplyForAccountMutation = { __typename?: 'Mutation', applyForAccount: { __typename?: 'Account', webAddress: string, functionalEmail: string, workflowId: string, myActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, plan?: { __typename?: 'ActivityPlan', revision: number, platform: Platform, webAddress: string, handle?: string | null, displayName: string, activityDescription: string, purpose: string, targetAudiences: string, goals: string, needsAnalysis: string, functionalEmail: string, monitoringHours: string, publishingFrequency: string, estimatedWeeklyHours: number, other?: string | null, submittedAt?: string | null, administrators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, dailyOperators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, checklist: Array<{ __typename?: 'ChecklistAnswer', key: string, question: string, answer: boolean, comment?: string | null }> } | null, approvals: Array<{ __typename?: 'ApprovalStep', kind: ApprovalStepKind, outcome: string, decidedByName?: string | null, decidedRole?: string | null, decidedAt?: string | null, reason?: string | null, dueAt?: string | null, remindedAt?: string | null, escalatedAt?: string | null }>, provisioning: Array<{ __typename?: 'ProvisioningItem', key: ProvisioningItemKey, label: string, completedAt?: string | null, completedByName?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null }>, administrators: Array<{ __typename?: 'AccountAdministrator', name: string, email: string, twoFactorConfirmed: boolean }>, history: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, label: string, actorName: string, actorRole: string, occurredAt: string, fromStatus?: AccountStatus | null, toStatus?: AccountStatus | null, reason?: string | null, detail?: string | null, evidence?: { __typename?: 'Evidence', url?: string | null, note?: string | null, file?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null } | null }>, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } } };

export type SavePlanMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  input: ActivityPlanInput;
}>;


export type SavePlanMutation = { __typename?: 'Mutation', savePlan: { __typename?: 'Account', webAddress: string, functionalEmail: string, workflowId: string, myActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, plan?: { __typename?: 'ActivityPlan', revision: number, platform: Platform, webAddress: string, handle?: string | null, displayName: string, activityDescription: string, purpose: string, targetAudiences: string, goals: string, needsAnalysis: string, functionalEmail: string, monitoringHours: string, publishingFrequency: string, estimatedWeeklyHours: number, other?: string | null, submittedAt?: string | null, administrators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, dailyOperators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, checklist: Array<{ __typename?: 'ChecklistAnswer', key: string, question: string, answer: boolean, comment?: string | null }> } | null, approvals: Array<{ __typename?: 'ApprovalStep', kind: ApprovalStepKind, outcome: string, decidedByName?: string | null, decidedRole?: string | null, decidedAt?: string | null, reason?: string | null, dueAt?: string | null, remindedAt?: string | null, escalatedAt?: string | null }>, provisioning: Array<{ __typename?: 'ProvisioningItem', key: ProvisioningItemKey, label: string, completedAt?: string | null, completedByName?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null }>, administrators: Array<{ __typename?: 'AccountAdministrator', name: string, email: string, twoFactorConfirmed: boolean }>, history: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, label: string, actorName: string, actorRole: string, occurredAt: string, fromStatus?: AccountStatus | null, toStatus?: AccountStatus | null, reason?: string | null, detail?: string | null, evidence?: { __typename?: 'Evidence', url?: string | null, note?: string | null, file?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null } | null }>, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } } };

export type SubmitPlanMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type SubmitPlanMutation = { __typename?: 'Mutation', submitPlan: { __typename?: 'Account', webAddress: string, functionalEmail: string, workflowId: string, myActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, plan?: { __typename?: 'ActivityPlan', revision: number, platform: Platform, webAddress: string, handle?: string | null, displayName: string, activityDescription: string, purpose: string, targetAudiences: string, goals: string, needsAnalysis: string, functionalEmail: string, monitoringHours: string, publishingFrequency: string, estimatedWeeklyHours: number, other?: string | null, submittedAt?: string | null, administrators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, dailyOperators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, checklist: Array<{ __typename?: 'ChecklistAnswer', key: string, question: string, answer: boolean, comment?: string | null }> } | null, approvals: Array<{ __typename?: 'ApprovalStep', kind: ApprovalStepKind, outcome: string, decidedByName?: string | null, decidedRole?: string | null, decidedAt?: string | null, reason?: string | null, dueAt?: string | null, remindedAt?: string | null, escalatedAt?: string | null }>, provisioning: Array<{ __typename?: 'ProvisioningItem', key: ProvisioningItemKey, label: string, completedAt?: string | null, completedByName?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null }>, administrators: Array<{ __typename?: 'AccountAdministrator', name: string, email: string, twoFactorConfirmed: boolean }>, history: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, label: string, actorName: string, actorRole: string, occurredAt: string, fromStatus?: AccountStatus | null, toStatus?: AccountStatus | null, reason?: string | null, detail?: string | null, evidence?: { __typename?: 'Evidence', url?: string | null, note?: string | null, file?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null } | null }>, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } } };

export type RecordConsultationMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
}>;


export type RecordConsultationMutation = { __typename?: 'Mutation', recordConsultation: { __typename?: 'Account', webAddress: string, functionalEmail: string, workflowId: string, myActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, plan?: { __typename?: 'ActivityPlan', revision: number, platform: Platform, webAddress: string, handle?: string | null, displayName: string, activityDescription: string, purpose: string, targetAudiences: string, goals: string, needsAnalysis: string, functionalEmail: string, monitoringHours: string, publishingFrequency: string, estimatedWeeklyHours: number, other?: string | null, submittedAt?: string | null, administrators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, dailyOperators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, checklist: Array<{ __typename?: 'ChecklistAnswer', key: string, question: string, answer: boolean, comment?: string | null }> } | null, approvals: Array<{ __typename?: 'ApprovalStep', kind: ApprovalStepKind, outcome: string, decidedByName?: string | null, decidedRole?: string | null, decidedAt?: string | null, reason?: string | null, dueAt?: string | null, remindedAt?: string | null, escalatedAt?: string | null }>, provisioning: Array<{ __typename?: 'ProvisioningItem', key: ProvisioningItemKey, label: string, completedAt?: string | null, completedByName?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null }>, administrators: Array<{ __typename?: 'AccountAdministrator', name: string, email: string, twoFactorConfirmed: boolean }>, history: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, label: string, actorName: string, actorRole: string, occurredAt: string, fromStatus?: AccountStatus | null, toStatus?: AccountStatus | null, reason?: string | null, detail?: string | null, evidence?: { __typename?: 'Evidence', url?: string | null, note?: string | null, file?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null } | null }>, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } } };

export type DecideAsUnitManagerMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  decision: Decision;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideAsUnitManagerMutation = { __typename?: 'Mutation', decideAsUnitManager: { __typename?: 'Account', webAddress: string, functionalEmail: string, workflowId: string, myActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, plan?: { __typename?: 'ActivityPlan', revision: number, platform: Platform, webAddress: string, handle?: string | null, displayName: string, activityDescription: string, purpose: string, targetAudiences: string, goals: string, needsAnalysis: string, functionalEmail: string, monitoringHours: string, publishingFrequency: string, estimatedWeeklyHours: number, other?: string | null, submittedAt?: string | null, administrators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, dailyOperators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, checklist: Array<{ __typename?: 'ChecklistAnswer', key: string, question: string, answer: boolean, comment?: string | null }> } | null, approvals: Array<{ __typename?: 'ApprovalStep', kind: ApprovalStepKind, outcome: string, decidedByName?: string | null, decidedRole?: string | null, decidedAt?: string | null, reason?: string | null, dueAt?: string | null, remindedAt?: string | null, escalatedAt?: string | null }>, provisioning: Array<{ __typename?: 'ProvisioningItem', key: ProvisioningItemKey, label: string, completedAt?: string | null, completedByName?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null }>, administrators: Array<{ __typename?: 'AccountAdministrator', name: string, email: string, twoFactorConfirmed: boolean }>, history: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, label: string, actorName: string, actorRole: string, occurredAt: string, fromStatus?: AccountStatus | null, toStatus?: AccountStatus | null, reason?: string | null, detail?: string | null, evidence?: { __typename?: 'Evidence', url?: string | null, note?: string | null, file?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null } | null }>, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } } };

export type DecideAsHeadOfAdministrationMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  decision: Decision;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideAsHeadOfAdministrationMutation = { __typename?: 'Mutation', decideAsHeadOfAdministration: { __typename?: 'Account', webAddress: string, functionalEmail: string, workflowId: string, myActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, plan?: { __typename?: 'ActivityPlan', revision: number, platform: Platform, webAddress: string, handle?: string | null, displayName: string, activityDescription: string, purpose: string, targetAudiences: string, goals: string, needsAnalysis: string, functionalEmail: string, monitoringHours: string, publishingFrequency: string, estimatedWeeklyHours: number, other?: string | null, submittedAt?: string | null, administrators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, dailyOperators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, checklist: Array<{ __typename?: 'ChecklistAnswer', key: string, question: string, answer: boolean, comment?: string | null }> } | null, approvals: Array<{ __typename?: 'ApprovalStep', kind: ApprovalStepKind, outcome: string, decidedByName?: string | null, decidedRole?: string | null, decidedAt?: string | null, reason?: string | null, dueAt?: string | null, remindedAt?: string | null, escalatedAt?: string | null }>, provisioning: Array<{ __typename?: 'ProvisioningItem', key: ProvisioningItemKey, label: string, completedAt?: string | null, completedByName?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null }>, administrators: Array<{ __typename?: 'AccountAdministrator', name: string, email: string, twoFactorConfirmed: boolean }>, history: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, label: string, actorName: string, actorRole: string, occurredAt: string, fromStatus?: AccountStatus | null, toStatus?: AccountStatus | null, reason?: string | null, detail?: string | null, evidence?: { __typename?: 'Evidence', url?: string | null, note?: string | null, file?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null } | null }>, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } } };

export type CompleteProvisioningItemMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  key: ProvisioningItemKey;
  evidence: ProvisioningEvidenceInput;
}>;


export type CompleteProvisioningItemMutation = { __typename?: 'Mutation', completeProvisioningItem: { __typename?: 'Account', webAddress: string, functionalEmail: string, workflowId: string, myActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, plan?: { __typename?: 'ActivityPlan', revision: number, platform: Platform, webAddress: string, handle?: string | null, displayName: string, activityDescription: string, purpose: string, targetAudiences: string, goals: string, needsAnalysis: string, functionalEmail: string, monitoringHours: string, publishingFrequency: string, estimatedWeeklyHours: number, other?: string | null, submittedAt?: string | null, administrators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, dailyOperators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, checklist: Array<{ __typename?: 'ChecklistAnswer', key: string, question: string, answer: boolean, comment?: string | null }> } | null, approvals: Array<{ __typename?: 'ApprovalStep', kind: ApprovalStepKind, outcome: string, decidedByName?: string | null, decidedRole?: string | null, decidedAt?: string | null, reason?: string | null, dueAt?: string | null, remindedAt?: string | null, escalatedAt?: string | null }>, provisioning: Array<{ __typename?: 'ProvisioningItem', key: ProvisioningItemKey, label: string, completedAt?: string | null, completedByName?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null }>, administrators: Array<{ __typename?: 'AccountAdministrator', name: string, email: string, twoFactorConfirmed: boolean }>, history: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, label: string, actorName: string, actorRole: string, occurredAt: string, fromStatus?: AccountStatus | null, toStatus?: AccountStatus | null, reason?: string | null, detail?: string | null, evidence?: { __typename?: 'Evidence', url?: string | null, note?: string | null, file?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null } | null }>, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } } };

export type WithdrawMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type WithdrawMutation = { __typename?: 'Mutation', withdraw: { __typename?: 'Account', webAddress: string, functionalEmail: string, workflowId: string, myActions: Array<string>, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, plan?: { __typename?: 'ActivityPlan', revision: number, platform: Platform, webAddress: string, handle?: string | null, displayName: string, activityDescription: string, purpose: string, targetAudiences: string, goals: string, needsAnalysis: string, functionalEmail: string, monitoringHours: string, publishingFrequency: string, estimatedWeeklyHours: number, other?: string | null, submittedAt?: string | null, administrators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, dailyOperators: Array<{ __typename?: 'PlanPerson', name: string, email: string, phone: string }>, checklist: Array<{ __typename?: 'ChecklistAnswer', key: string, question: string, answer: boolean, comment?: string | null }> } | null, approvals: Array<{ __typename?: 'ApprovalStep', kind: ApprovalStepKind, outcome: string, decidedByName?: string | null, decidedRole?: string | null, decidedAt?: string | null, reason?: string | null, dueAt?: string | null, remindedAt?: string | null, escalatedAt?: string | null }>, provisioning: Array<{ __typename?: 'ProvisioningItem', key: ProvisioningItemKey, label: string, completedAt?: string | null, completedByName?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null }>, administrators: Array<{ __typename?: 'AccountAdministrator', name: string, email: string, twoFactorConfirmed: boolean }>, history: Array<{ __typename?: 'AuditEvent', id: string, action: AuditAction, label: string, actorName: string, actorRole: string, occurredAt: string, fromStatus?: AccountStatus | null, toStatus?: AccountStatus | null, reason?: string | null, detail?: string | null, evidence?: { __typename?: 'Evidence', url?: string | null, note?: string | null, file?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null } | null }>, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } } };

export type PolicyFieldsFragment = { __typename?: 'Policy', id: string, version: number, effectiveFrom: string, presetKey?: string | null, changeNote: string, publishedAt: string, publishedByName: string, inForce: boolean, parameters: { __typename?: 'PolicyParameters', approvalChain: Array<ApprovalStepKind>, consultationOnNewPlatform: boolean, approvalReminderWorkingDays: number, approvalEscalationWorkingDays: number, accountCreator: AccountCreator, minAdministrators: number, twoFactorRequired: boolean, credentialDepositPlatforms: Array<Platform>, monitoringFrequency: MonitoringFrequency, answerDeadlineWorkingDays: number, forwardedQuestionDeadlineWorkingDays: number, snapshotCadence: SnapshotCadence, snapshotOccasions: Array<SnapshotOccasion>, inactivityThresholdDays: number, inactivityGracePeriodDays: number, closureDecisionWorkingDays: number, handoverDecisionReminderWorkingDays: number, profileTextTemplate: string, followUpReport: { __typename?: 'FollowUpReport', cadence: string, month: number } }, sources: Array<{ __typename?: 'PolicySource', parameter: string, label: string, source: string }> };

export type PolicyParameterFieldsFragment = { __typename?: 'PolicyParameters', approvalChain: Array<ApprovalStepKind>, consultationOnNewPlatform: boolean, approvalReminderWorkingDays: number, approvalEscalationWorkingDays: number, accountCreator: AccountCreator, minAdministrators: number, twoFactorRequired: boolean, credentialDepositPlatforms: Array<Platform>, monitoringFrequency: MonitoringFrequency, answerDeadlineWorkingDays: number, forwardedQuestionDeadlineWorkingDays: number, snapshotCadence: SnapshotCadence, snapshotOccasions: Array<SnapshotOccasion>, inactivityThresholdDays: number, inactivityGracePeriodDays: number, closureDecisionWorkingDays: number, handoverDecisionReminderWorkingDays: number, profileTextTemplate: string, followUpReport: { __typename?: 'FollowUpReport', cadence: string, month: number } };

export type PolicyVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyVersionsQuery = { __typename?: 'Query', policyVersions: Array<{ __typename?: 'Policy', id: string, version: number, effectiveFrom: string, presetKey?: string | null, changeNote: string, publishedAt: string, publishedByName: string, inForce: boolean, parameters: { __typename?: 'PolicyParameters', approvalChain: Array<ApprovalStepKind>, consultationOnNewPlatform: boolean, approvalReminderWorkingDays: number, approvalEscalationWorkingDays: number, accountCreator: AccountCreator, minAdministrators: number, twoFactorRequired: boolean, credentialDepositPlatforms: Array<Platform>, monitoringFrequency: MonitoringFrequency, answerDeadlineWorkingDays: number, forwardedQuestionDeadlineWorkingDays: number, snapshotCadence: SnapshotCadence, snapshotOccasions: Array<SnapshotOccasion>, inactivityThresholdDays: number, inactivityGracePeriodDays: number, closureDecisionWorkingDays: number, handoverDecisionReminderWorkingDays: number, profileTextTemplate: string, followUpReport: { __typename?: 'FollowUpReport', cadence: string, month: number } }, sources: Array<{ __typename?: 'PolicySource', parameter: string, label: string, source: string }> }> };

export type PolicyPresetsQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyPresetsQuery = { __typename?: 'Query', policyPresets: Array<{ __typename?: 'PolicyPreset', key: string, municipalityName: string, seedFile: string, parameters: { __typename?: 'PolicyParameters', approvalChain: Array<ApprovalStepKind>, consultationOnNewPlatform: boolean, approvalReminderWorkingDays: number, approvalEscalationWorkingDays: number, accountCreator: AccountCreator, minAdministrators: number, twoFactorRequired: boolean, credentialDepositPlatforms: Array<Platform>, monitoringFrequency: MonitoringFrequency, answerDeadlineWorkingDays: number, forwardedQuestionDeadlineWorkingDays: number, snapshotCadence: SnapshotCadence, snapshotOccasions: Array<SnapshotOccasion>, inactivityThresholdDays: number, inactivityGracePeriodDays: number, closureDecisionWorkingDays: number, handoverDecisionReminderWorkingDays: number, profileTextTemplate: string, followUpReport: { __typename?: 'FollowUpReport', cadence: string, month: number } }, sources: Array<{ __typename?: 'PolicySource', parameter: string, label: string, source: string }> }> };

export type PublishPolicyVersionMutationVariables = Exact<{
  input: PublishPolicyInput;
}>;


export type PublishPolicyVersionMutation = { __typename?: 'Mutation', publishPolicyVersion: { __typename?: 'Policy', id: string, version: number, effectiveFrom: string, presetKey?: string | null, changeNote: string, publishedAt: string, publishedByName: string, inForce: boolean, parameters: { __typename?: 'PolicyParameters', approvalChain: Array<ApprovalStepKind>, consultationOnNewPlatform: boolean, approvalReminderWorkingDays: number, approvalEscalationWorkingDays: number, accountCreator: AccountCreator, minAdministrators: number, twoFactorRequired: boolean, credentialDepositPlatforms: Array<Platform>, monitoringFrequency: MonitoringFrequency, answerDeadlineWorkingDays: number, forwardedQuestionDeadlineWorkingDays: number, snapshotCadence: SnapshotCadence, snapshotOccasions: Array<SnapshotOccasion>, inactivityThresholdDays: number, inactivityGracePeriodDays: number, closureDecisionWorkingDays: number, handoverDecisionReminderWorkingDays: number, profileTextTemplate: string, followUpReport: { __typename?: 'FollowUpReport', cadence: string, month: number } }, sources: Array<{ __typename?: 'PolicySource', parameter: string, label: string, source: string }> } };

export type HandoverFieldsFragment = { __typename?: 'Handover', id: string, status: HandoverStatus, statusLabel: string, workflowId: string, reason: string, proposedAt: string, proposedByName: string, proposedRole: string, decisionDueAt?: string | null, remindedAt?: string | null, lastReason?: string | null, endedAt?: string | null, myActions: Array<string>, responsibleBoard: { __typename?: 'Board', id: string, name: string }, newOwner: { __typename?: 'NewOwner', kind: NewOwnerKind, kindLabel: string, name: string, contactName?: string | null, email?: string | null, phone?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }, decision?: { __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, decisionText: string, registeredByName: string, registeredAt: string, linkedAt?: string | null, minutesFile: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } } | null, finalSnapshot?: { __typename?: 'FinalSnapshot', snapshotKey: string, status: string, packageId?: string | null, capturedAt?: string | null, attempts: number, failureReason?: string | null } | null, items: Array<{ __typename?: 'HandoverItem', key: HandoverItemKey, label: string, source: string, group: string, optional: boolean, completedAt?: string | null, completedByName?: string | null, completedRole?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null, declineReason?: string | null, evidenceFile?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null }> };

export type AccountHandoverQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountHandoverQuery = { __typename?: 'Query', account?: { __typename?: 'Account', id: string, status: AccountStatus, displayName: string, platform: Platform, mayProposeHandover: boolean, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string, board: { __typename?: 'Board', id: string, name: string } } }, handover?: { __typename?: 'Handover', id: string, status: HandoverStatus, statusLabel: string, workflowId: string, reason: string, proposedAt: string, proposedByName: string, proposedRole: string, decisionDueAt?: string | null, remindedAt?: string | null, lastReason?: string | null, endedAt?: string | null, myActions: Array<string>, responsibleBoard: { __typename?: 'Board', id: string, name: string }, newOwner: { __typename?: 'NewOwner', kind: NewOwnerKind, kindLabel: string, name: string, contactName?: string | null, email?: string | null, phone?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }, decision?: { __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, decisionText: string, registeredByName: string, registeredAt: string, linkedAt?: string | null, minutesFile: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } } | null, finalSnapshot?: { __typename?: 'FinalSnapshot', snapshotKey: string, status: string, packageId?: string | null, capturedAt?: string | null, attempts: number, failureReason?: string | null } | null, items: Array<{ __typename?: 'HandoverItem', key: HandoverItemKey, label: string, source: string, group: string, optional: boolean, completedAt?: string | null, completedByName?: string | null, completedRole?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null, declineReason?: string | null, evidenceFile?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null }> } | null } | null };

export type HandoversQueryVariables = Exact<{
  status?: InputMaybe<Array<HandoverStatus> | HandoverStatus>;
  awaitingMyDecision?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type HandoversQuery = { __typename?: 'Query', handovers: Array<{ __typename?: 'Handover', id: string, status: HandoverStatus, statusLabel: string, workflowId: string, reason: string, proposedAt: string, proposedByName: string, proposedRole: string, decisionDueAt?: string | null, remindedAt?: string | null, lastReason?: string | null, endedAt?: string | null, myActions: Array<string>, account: { __typename?: 'Account', id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } }, responsibleBoard: { __typename?: 'Board', id: string, name: string }, newOwner: { __typename?: 'NewOwner', kind: NewOwnerKind, kindLabel: string, name: string, contactName?: string | null, email?: string | null, phone?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }, decision?: { __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, decisionText: string, registeredByName: string, registeredAt: string, linkedAt?: string | null, minutesFile: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } } | null, finalSnapshot?: { __typename?: 'FinalSnapshot', snapshotKey: string, status: string, packageId?: string | null, capturedAt?: string | null, attempts: number, failureReason?: string | null } | null, items: Array<{ __typename?: 'HandoverItem', key: HandoverItemKey, label: string, source: string, group: string, optional: boolean, completedAt?: string | null, completedByName?: string | null, completedRole?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null, declineReason?: string | null, evidenceFile?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null }> }> };

export type HandoverQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HandoverQuery = { __typename?: 'Query', handover?: { __typename?: 'Handover', id: string, status: HandoverStatus, statusLabel: string, workflowId: string, reason: string, proposedAt: string, proposedByName: string, proposedRole: string, decisionDueAt?: string | null, remindedAt?: string | null, lastReason?: string | null, endedAt?: string | null, myActions: Array<string>, account: { __typename?: 'Account', webAddress: string, id: string, platform: Platform, displayName: string, handle?: string | null, status: AccountStatus, scope: AccountScope, planRevision: number, pendingStep?: ApprovalStepKind | null, lastReason?: string | null, updatedAt: string, createdAt: string, activatedAt?: string | null, unit: { __typename?: 'Unit', id: string, name: string, administration: { __typename?: 'Administration', id: string, name: string } } }, responsibleBoard: { __typename?: 'Board', id: string, name: string }, newOwner: { __typename?: 'NewOwner', kind: NewOwnerKind, kindLabel: string, name: string, contactName?: string | null, email?: string | null, phone?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }, decision?: { __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, decisionText: string, registeredByName: string, registeredAt: string, linkedAt?: string | null, minutesFile: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } } | null, finalSnapshot?: { __typename?: 'FinalSnapshot', snapshotKey: string, status: string, packageId?: string | null, capturedAt?: string | null, attempts: number, failureReason?: string | null } | null, items: Array<{ __typename?: 'HandoverItem', key: HandoverItemKey, label: string, source: string, group: string, optional: boolean, completedAt?: string | null, completedByName?: string | null, completedRole?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null, declineReason?: string | null, evidenceFile?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null }> } | null };

export type BoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardsQuery = { __typename?: 'Query', boards: Array<{ __typename?: 'Board', id: string, name: string }> };

export type BoardDecisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardDecisionsQuery = { __typename?: 'Query', boardDecisions: Array<{ __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, registeredAt: string, registeredByName: string, linkedAt?: string | null, minutesFile: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string }, account?: { __typename?: 'Account', id: string, displayName: string, status: AccountStatus } | null }> };

export type ProposeHandoverMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  input: HandoverProposalInput;
}>;


export type ProposeHandoverMutation = { __typename?: 'Mutation', proposeHandover: { __typename?: 'Account', id: string, status: AccountStatus, mayProposeHandover: boolean, handover?: { __typename?: 'Handover', id: string, status: HandoverStatus, statusLabel: string, workflowId: string, reason: string, proposedAt: string, proposedByName: string, proposedRole: string, decisionDueAt?: string | null, remindedAt?: string | null, lastReason?: string | null, endedAt?: string | null, myActions: Array<string>, responsibleBoard: { __typename?: 'Board', id: string, name: string }, newOwner: { __typename?: 'NewOwner', kind: NewOwnerKind, kindLabel: string, name: string, contactName?: string | null, email?: string | null, phone?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }, decision?: { __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, decisionText: string, registeredByName: string, registeredAt: string, linkedAt?: string | null, minutesFile: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } } | null, finalSnapshot?: { __typename?: 'FinalSnapshot', snapshotKey: string, status: string, packageId?: string | null, capturedAt?: string | null, attempts: number, failureReason?: string | null } | null, items: Array<{ __typename?: 'HandoverItem', key: HandoverItemKey, label: string, source: string, group: string, optional: boolean, completedAt?: string | null, completedByName?: string | null, completedRole?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null, declineReason?: string | null, evidenceFile?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null }> } | null } };

export type WithdrawHandoverMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type WithdrawHandoverMutation = { __typename?: 'Mutation', withdrawHandover: { __typename?: 'Account', id: string, status: AccountStatus, mayProposeHandover: boolean, handover?: { __typename?: 'Handover', id: string, status: HandoverStatus, statusLabel: string, workflowId: string, reason: string, proposedAt: string, proposedByName: string, proposedRole: string, decisionDueAt?: string | null, remindedAt?: string | null, lastReason?: string | null, endedAt?: string | null, myActions: Array<string>, responsibleBoard: { __typename?: 'Board', id: string, name: string }, newOwner: { __typename?: 'NewOwner', kind: NewOwnerKind, kindLabel: string, name: string, contactName?: string | null, email?: string | null, phone?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }, decision?: { __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, decisionText: string, registeredByName: string, registeredAt: string, linkedAt?: string | null, minutesFile: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } } | null, finalSnapshot?: { __typename?: 'FinalSnapshot', snapshotKey: string, status: string, packageId?: string | null, capturedAt?: string | null, attempts: number, failureReason?: string | null } | null, items: Array<{ __typename?: 'HandoverItem', key: HandoverItemKey, label: string, source: string, group: string, optional: boolean, completedAt?: string | null, completedByName?: string | null, completedRole?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null, declineReason?: string | null, evidenceFile?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null }> } | null } };

export type RegisterBoardDecisionMutationVariables = Exact<{
  input: BoardDecisionInput;
}>;


export type RegisterBoardDecisionMutation = { __typename?: 'Mutation', registerBoardDecision: { __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, account?: { __typename?: 'Account', id: string, status: AccountStatus, handover?: { __typename?: 'Handover', id: string, status: HandoverStatus, statusLabel: string, workflowId: string, reason: string, proposedAt: string, proposedByName: string, proposedRole: string, decisionDueAt?: string | null, remindedAt?: string | null, lastReason?: string | null, endedAt?: string | null, myActions: Array<string>, responsibleBoard: { __typename?: 'Board', id: string, name: string }, newOwner: { __typename?: 'NewOwner', kind: NewOwnerKind, kindLabel: string, name: string, contactName?: string | null, email?: string | null, phone?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }, decision?: { __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, decisionText: string, registeredByName: string, registeredAt: string, linkedAt?: string | null, minutesFile: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } } | null, finalSnapshot?: { __typename?: 'FinalSnapshot', snapshotKey: string, status: string, packageId?: string | null, capturedAt?: string | null, attempts: number, failureReason?: string | null } | null, items: Array<{ __typename?: 'HandoverItem', key: HandoverItemKey, label: string, source: string, group: string, optional: boolean, completedAt?: string | null, completedByName?: string | null, completedRole?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null, declineReason?: string | null, evidenceFile?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null }> } | null } | null } };

export type RecordHandoverItemMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  key: HandoverItemKey;
  evidence: HandoverEvidenceInput;
}>;


export type RecordHandoverItemMutation = { __typename?: 'Mutation', recordHandoverItem: { __typename?: 'Account', id: string, status: AccountStatus, mayProposeHandover: boolean, handover?: { __typename?: 'Handover', id: string, status: HandoverStatus, statusLabel: string, workflowId: string, reason: string, proposedAt: string, proposedByName: string, proposedRole: string, decisionDueAt?: string | null, remindedAt?: string | null, lastReason?: string | null, endedAt?: string | null, myActions: Array<string>, responsibleBoard: { __typename?: 'Board', id: string, name: string }, newOwner: { __typename?: 'NewOwner', kind: NewOwnerKind, kindLabel: string, name: string, contactName?: string | null, email?: string | null, phone?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }, decision?: { __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, decisionText: string, registeredByName: string, registeredAt: string, linkedAt?: string | null, minutesFile: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } } | null, finalSnapshot?: { __typename?: 'FinalSnapshot', snapshotKey: string, status: string, packageId?: string | null, capturedAt?: string | null, attempts: number, failureReason?: string | null } | null, items: Array<{ __typename?: 'HandoverItem', key: HandoverItemKey, label: string, source: string, group: string, optional: boolean, completedAt?: string | null, completedByName?: string | null, completedRole?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null, declineReason?: string | null, evidenceFile?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null }> } | null } };

export type RetryFinalSnapshotMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
}>;


export type RetryFinalSnapshotMutation = { __typename?: 'Mutation', retryFinalSnapshot: { __typename?: 'Account', id: string, status: AccountStatus, handover?: { __typename?: 'Handover', id: string, status: HandoverStatus, statusLabel: string, workflowId: string, reason: string, proposedAt: string, proposedByName: string, proposedRole: string, decisionDueAt?: string | null, remindedAt?: string | null, lastReason?: string | null, endedAt?: string | null, myActions: Array<string>, responsibleBoard: { __typename?: 'Board', id: string, name: string }, newOwner: { __typename?: 'NewOwner', kind: NewOwnerKind, kindLabel: string, name: string, contactName?: string | null, email?: string | null, phone?: string | null, unit?: { __typename?: 'Unit', id: string, name: string } | null }, decision?: { __typename?: 'BoardDecision', id: string, citation: string, outcome: BoardDecisionOutcome, outcomeLabel: string, decisionText: string, registeredByName: string, registeredAt: string, linkedAt?: string | null, minutesFile: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } } | null, finalSnapshot?: { __typename?: 'FinalSnapshot', snapshotKey: string, status: string, packageId?: string | null, capturedAt?: string | null, attempts: number, failureReason?: string | null } | null, items: Array<{ __typename?: 'HandoverItem', key: HandoverItemKey, label: string, source: string, group: string, optional: boolean, completedAt?: string | null, completedByName?: string | null, completedRole?: string | null, evidenceUrl?: string | null, evidenceNote?: string | null, declineReason?: string | null, evidenceFile?: { __typename?: 'AttachedFile', id: string, fileName: string, sha256: string, size: number, mimeType: string } | null }> } | null } };

export const ArchivingRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchivingRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchivingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"startedByName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"capturing"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<ArchivingRunFieldsFragment, unknown>;
export const SnapshotSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SnapshotSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Snapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SnapshotSummaryFieldsFragment, unknown>;
export const ClosureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"closureActions"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPlatformActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkProblem"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inactivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionByName"}},{"kind":"Field","name":{"kind":"Name","value":"opinionAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"revivalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivalSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotStatus"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsDeposited"}},{"kind":"Field","name":{"kind":"Name","value":"platformRemovalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheck"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheckLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ClosureFieldsFragment, unknown>;
export const CredentialFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credentialActions"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDeposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositedAt"}},{"kind":"Field","name":{"kind":"Name","value":"depositedByName"}},{"kind":"Field","name":{"kind":"Name","value":"destroyedAt"}},{"kind":"Field","name":{"kind":"Name","value":"destroyedByName"}},{"kind":"Field","name":{"kind":"Name","value":"destroyedReason"}}]}}]}}]} as unknown as DocumentNode<CredentialFieldsFragment, unknown>;
export const AccountSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSummaryFieldsFragment, unknown>;
export const AccountDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHours"}},{"kind":"Field","name":{"kind":"Name","value":"publishingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWeeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccountDetailFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RoleFieldsFragment, unknown>;
export const PolicyParameterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyParameterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalChain"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOnNewPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReminderWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"approvalEscalationWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"accountCreator"}},{"kind":"Field","name":{"kind":"Name","value":"minAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDepositPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"answerDeadlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedQuestionDeadlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotCadence"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotOccasions"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityThresholdDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityGracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"closureDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handoverDecisionReminderWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileTextTemplate"}}]}}]} as unknown as DocumentNode<PolicyParameterFieldsFragment, unknown>;
export const PolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyParameterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyParameterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalChain"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOnNewPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReminderWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"approvalEscalationWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"accountCreator"}},{"kind":"Field","name":{"kind":"Name","value":"minAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDepositPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"answerDeadlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedQuestionDeadlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotCadence"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotOccasions"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityThresholdDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityGracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"closureDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handoverDecisionReminderWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileTextTemplate"}}]}}]} as unknown as DocumentNode<PolicyFieldsFragment, unknown>;
export const HandoverFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedRole"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]} as unknown as DocumentNode<HandoverFieldsFragment, unknown>;
export const ArchivingRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchivingRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivingRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchivingRunFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEndedArchivingPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchivingRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchivingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"startedByName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"capturing"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<ArchivingRunsQuery, ArchivingRunsQueryVariables>;
export const ArchivingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchivingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SnapshotStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchivingRunFields"}},{"kind":"Field","name":{"kind":"Name","value":"snapshots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SnapshotSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchivingRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchivingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"startedByName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"capturing"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SnapshotSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Snapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ArchivingRunQuery, ArchivingRunQueryVariables>;
export const SnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Snapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SnapshotSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"packageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"postCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfaValidation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"validator"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sipValidation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"validator"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SnapshotSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Snapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SnapshotQuery, SnapshotQueryVariables>;
export const StartArchivingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartArchivingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startArchivingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArchivingRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArchivingRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArchivingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"startedByName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"capturing"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<StartArchivingRunMutation, StartArchivingRunMutationVariables>;
export const RetrySnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetrySnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retrySnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SnapshotSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SnapshotSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Snapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RetrySnapshotMutation, RetrySnapshotMutationVariables>;
export const AcceptDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SnapshotSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SnapshotSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Snapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedByName"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptDeliveryMutation, AcceptDeliveryMutationVariables>;
export const SearchArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveSearchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"permalink"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"match"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchArchiveQuery, SearchArchiveQueryVariables>;
export const AccountClosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClosureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"closureActions"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPlatformActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkProblem"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inactivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionByName"}},{"kind":"Field","name":{"kind":"Name","value":"opinionAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"revivalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivalSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotStatus"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsDeposited"}},{"kind":"Field","name":{"kind":"Name","value":"platformRemovalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheck"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheckLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<AccountClosureQuery, AccountClosureQueryVariables>;
export const ClosureCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClosureCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closureCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"closureActions"}},{"kind":"Field","name":{"kind":"Name","value":"inactivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ClosureCasesQuery, ClosureCasesQueryVariables>;
export const ReportAccountActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportAccountActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportAccountActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClosureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"closureActions"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPlatformActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkProblem"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inactivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionByName"}},{"kind":"Field","name":{"kind":"Name","value":"opinionAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"revivalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivalSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotStatus"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsDeposited"}},{"kind":"Field","name":{"kind":"Name","value":"platformRemovalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheck"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheckLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ReportAccountActivityMutation, ReportAccountActivityMutationVariables>;
export const RecordClosureOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordClosureOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordClosureOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClosureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"closureActions"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPlatformActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkProblem"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inactivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionByName"}},{"kind":"Field","name":{"kind":"Name","value":"opinionAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"revivalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivalSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotStatus"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsDeposited"}},{"kind":"Field","name":{"kind":"Name","value":"platformRemovalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheck"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheckLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RecordClosureOpinionMutation, RecordClosureOpinionMutationVariables>;
export const DecideOnInactiveAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideOnInactiveAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosureDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideOnInactiveAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClosureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"closureActions"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPlatformActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkProblem"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inactivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionByName"}},{"kind":"Field","name":{"kind":"Name","value":"opinionAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"revivalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivalSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotStatus"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsDeposited"}},{"kind":"Field","name":{"kind":"Name","value":"platformRemovalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheck"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheckLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<DecideOnInactiveAccountMutation, DecideOnInactiveAccountMutationVariables>;
export const RequestAccountClosureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAccountClosure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountClosureRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAccountClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClosureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"closureActions"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPlatformActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkProblem"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inactivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionByName"}},{"kind":"Field","name":{"kind":"Name","value":"opinionAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"revivalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivalSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotStatus"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsDeposited"}},{"kind":"Field","name":{"kind":"Name","value":"platformRemovalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheck"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheckLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<RequestAccountClosureMutation, RequestAccountClosureMutationVariables>;
export const ConfirmPlatformRemovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPlatformRemoval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformRemovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPlatformRemoval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClosureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"closureActions"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPlatformActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkProblem"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inactivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionByName"}},{"kind":"Field","name":{"kind":"Name","value":"opinionAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"revivalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivalSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotStatus"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsDeposited"}},{"kind":"Field","name":{"kind":"Name","value":"platformRemovalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheck"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheckLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmPlatformRemovalMutation, ConfirmPlatformRemovalMutationVariables>;
export const ConfirmCredentialsDestroyedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmCredentialsDestroyed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmCredentialsDestroyed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClosureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClosureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"closureActions"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPlatformActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkProblem"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inactivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"warnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionByName"}},{"kind":"Field","name":{"kind":"Name","value":"opinionAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"revivalPlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revivalSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonLabel"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotStatus"}},{"kind":"Field","name":{"kind":"Name","value":"credentialsDeposited"}},{"kind":"Field","name":{"kind":"Name","value":"platformRemovalUrl"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheck"}},{"kind":"Field","name":{"kind":"Name","value":"platformCheckLabel"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneByName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmCredentialsDestroyedMutation, ConfirmCredentialsDestroyedMutationVariables>;
export const AccountCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credentialActions"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDeposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositedAt"}},{"kind":"Field","name":{"kind":"Name","value":"depositedByName"}},{"kind":"Field","name":{"kind":"Name","value":"destroyedAt"}},{"kind":"Field","name":{"kind":"Name","value":"destroyedByName"}},{"kind":"Field","name":{"kind":"Name","value":"destroyedReason"}}]}}]}}]} as unknown as DocumentNode<AccountCredentialsQuery, AccountCredentialsQueryVariables>;
export const DepositCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepositCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CredentialDepositInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CredentialFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CredentialFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"credentialActions"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDeposit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depositedAt"}},{"kind":"Field","name":{"kind":"Name","value":"depositedByName"}},{"kind":"Field","name":{"kind":"Name","value":"destroyedAt"}},{"kind":"Field","name":{"kind":"Name","value":"destroyedByName"}},{"kind":"Field","name":{"kind":"Name","value":"destroyedReason"}}]}}]}}]} as unknown as DocumentNode<DepositCredentialsMutation, DepositCredentialsMutationVariables>;
export const RevealCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginName"}},{"kind":"Field","name":{"kind":"Name","value":"loginEmail"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"depositedAt"}},{"kind":"Field","name":{"kind":"Name","value":"depositedByName"}}]}}]}}]} as unknown as DocumentNode<RevealCredentialsMutation, RevealCredentialsMutationVariables>;
export const DevUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DevUsersQuery, DevUsersQueryVariables>;
export const DevSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DevSignInMutation, DevSignInMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignmentView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHours"}},{"kind":"Field","name":{"kind":"Name","value":"publishingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWeeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const UnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const ChecklistQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistQuestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}}]}}]} as unknown as DocumentNode<ChecklistQuestionsQuery, ChecklistQuestionsQueryVariables>;
export const ApplyForAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHours"}},{"kind":"Field","name":{"kind":"Name","value":"publishingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWeeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForAccountMutation, ApplyForAccountMutationVariables>;
export const SavePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SavePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHours"}},{"kind":"Field","name":{"kind":"Name","value":"publishingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWeeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SavePlanMutation, SavePlanMutationVariables>;
export const SubmitPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHours"}},{"kind":"Field","name":{"kind":"Name","value":"publishingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWeeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPlanMutation, SubmitPlanMutationVariables>;
export const RecordConsultationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHours"}},{"kind":"Field","name":{"kind":"Name","value":"publishingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWeeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordConsultationMutation, RecordConsultationMutationVariables>;
export const DecideAsUnitManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAsUnitManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAsUnitManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHours"}},{"kind":"Field","name":{"kind":"Name","value":"publishingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWeeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecideAsUnitManagerMutation, DecideAsUnitManagerMutationVariables>;
export const DecideAsHeadOfAdministrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAsHeadOfAdministration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAsHeadOfAdministration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHours"}},{"kind":"Field","name":{"kind":"Name","value":"publishingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWeeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecideAsHeadOfAdministrationMutation, DecideAsHeadOfAdministrationMutationVariables>;
export const CompleteProvisioningItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteProvisioningItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisioningItemKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisioningEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeProvisioningItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHours"}},{"kind":"Field","name":{"kind":"Name","value":"publishingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWeeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompleteProvisioningItemMutation, CompleteProvisioningItemMutationVariables>;
export const WithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Withdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activityDescription"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetAudiences"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"needsAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"functionalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyOperators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringHours"}},{"kind":"Field","name":{"kind":"Name","value":"publishingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedWeeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provisioning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorConfirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawMutation, WithdrawMutationVariables>;
export const PolicyVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyParameterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalChain"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOnNewPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReminderWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"approvalEscalationWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"accountCreator"}},{"kind":"Field","name":{"kind":"Name","value":"minAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDepositPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"answerDeadlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedQuestionDeadlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotCadence"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotOccasions"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityThresholdDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityGracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"closureDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handoverDecisionReminderWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileTextTemplate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyParameterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<PolicyVersionsQuery, PolicyVersionsQueryVariables>;
export const PolicyPresetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolicyPresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyPresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityName"}},{"kind":"Field","name":{"kind":"Name","value":"seedFile"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyParameterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyParameterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalChain"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOnNewPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReminderWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"approvalEscalationWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"accountCreator"}},{"kind":"Field","name":{"kind":"Name","value":"minAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDepositPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"answerDeadlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedQuestionDeadlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotCadence"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotOccasions"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityThresholdDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityGracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"closureDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handoverDecisionReminderWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileTextTemplate"}}]}}]} as unknown as DocumentNode<PolicyPresetsQuery, PolicyPresetsQueryVariables>;
export const PublishPolicyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishPolicyVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishPolicyVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyParameterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvalChain"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOnNewPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReminderWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"approvalEscalationWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"accountCreator"}},{"kind":"Field","name":{"kind":"Name","value":"minAdministrators"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"credentialDepositPlatforms"}},{"kind":"Field","name":{"kind":"Name","value":"monitoringFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"answerDeadlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedQuestionDeadlineWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotCadence"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotOccasions"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityThresholdDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactivityGracePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"closureDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"handoverDecisionReminderWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"month"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileTextTemplate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presetKey"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyParameterFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<PublishPolicyVersionMutation, PublishPolicyVersionMutationVariables>;
export const AccountHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"mayProposeHandover"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"board"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"handover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedRole"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]} as unknown as DocumentNode<AccountHandoverQuery, AccountHandoverQueryVariables>;
export const HandoversDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Handovers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"awaitingMyDecision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handovers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"awaitingMyDecision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"awaitingMyDecision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedRole"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HandoversQuery, HandoversQueryVariables>;
export const HandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Handover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"webAddress"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedRole"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"planRevision"}},{"kind":"Field","name":{"kind":"Name","value":"pendingStep"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"administration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HandoverQuery, HandoverQueryVariables>;
export const BoardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardsQuery, BoardsQueryVariables>;
export const BoardDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BoardDecisionsQuery, BoardDecisionsQueryVariables>;
export const ProposeHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayProposeHandover"}},{"kind":"Field","name":{"kind":"Name","value":"handover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedRole"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeHandoverMutation, ProposeHandoverMutationVariables>;
export const WithdrawHandoverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawHandover"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawHandover"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayProposeHandover"}},{"kind":"Field","name":{"kind":"Name","value":"handover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedRole"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawHandoverMutation, WithdrawHandoverMutationVariables>;
export const RegisterBoardDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterBoardDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerBoardDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedRole"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterBoardDecisionMutation, RegisterBoardDecisionMutationVariables>;
export const RecordHandoverItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHandoverItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverItemKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HandoverEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHandoverItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"evidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evidence"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mayProposeHandover"}},{"kind":"Field","name":{"kind":"Name","value":"handover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedRole"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]} as unknown as DocumentNode<RecordHandoverItemMutation, RecordHandoverItemMutationVariables>;
export const RetryFinalSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryFinalSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryFinalSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"handover"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HandoverFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HandoverFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Handover"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"workflowId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myActions"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionText"}},{"kind":"Field","name":{"kind":"Name","value":"registeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"finalSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snapshotKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedByName"}},{"kind":"Field","name":{"kind":"Name","value":"completedRole"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceNote"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}}]}}]}}]}}]} as unknown as DocumentNode<RetryFinalSnapshotMutation, RetryFinalSnapshotMutationVariables>;