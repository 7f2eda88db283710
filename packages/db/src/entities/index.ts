export * from './organisation.js';
export * from './user.js';
export * from './account.js';
export * from './audit.js';
export * from './policy.js';
export * from './archive.js';
export * from './handover.js';
export * from './closure.js';
export * from './vault.js';
import { Account, AccountAdministrator, ActivityPlan, ApprovalStep, ProvisioningItem } from './account.js';
import { ArchivedItem, ArchivingRun, Snapshot } from './archive.js';
import { AuditCheckpoint, AuditEvent, Notification } from './audit.js';
import { AccountActivity, AccountClosure, InactivityEpisode } from './closure.js';
import { AccountHandover, BoardDecision, HandoverItem, UploadedFile } from './handover.js';
import { Administration, Board, Municipality, Unit } from './organisation.js';
import { PolicyVersion } from './policy.js';
import { User, UserRole } from './user.js';
import { DepositedCredential } from './vault.js';

export const ENTITIES = [
  Municipality, Board, Administration, Unit, User, UserRole,
  Account, ActivityPlan, ApprovalStep, ProvisioningItem, AccountAdministrator,
  AuditEvent, AuditCheckpoint, Notification, PolicyVersion,
  ArchivingRun, Snapshot, ArchivedItem,
  UploadedFile, BoardDecision, AccountHandover, HandoverItem,
  AccountActivity, InactivityEpisode, AccountClosure,
  DepositedCredential,
];
