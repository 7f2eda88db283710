import {
  AccountCreator,
  AccountScope,
  MonitoringFrequency,
  SnapshotCadence,
  SnapshotOccasion,
  AccountStatus,
  ApprovalStepKind,
  ArchivingRunStatus,
  SnapshotReason,
  SnapshotStatus,
  AuditAction,
  BoardDecisionOutcome,
  Decision,
  HandoverItemKey,
  HandoverStatus,
  NewOwnerKind,
  Platform,
  ProvisioningItemKey,
  Role,
} from '@smg/domain';
import { registerEnumType } from 'type-graphql';

/** The domain's value sets as GraphQL enums under the same names, so clients and domain speak one vocabulary. */
registerEnumType(Role, { name: 'Role' });
registerEnumType(Platform, { name: 'Platform' });
registerEnumType(AccountScope, { name: 'AccountScope', description: 'CENTRAL: the municipality-wide channel; UNIT: a unit’s own channel.' });
registerEnumType(AccountStatus, { name: 'AccountStatus' });
registerEnumType(ApprovalStepKind, { name: 'ApprovalStepKind' });
registerEnumType(Decision, { name: 'Decision' });
registerEnumType(ProvisioningItemKey, { name: 'ProvisioningItemKey' });
registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(AccountCreator, { name: 'AccountCreator', description: 'Who creates the account on the platform.' });
registerEnumType(MonitoringFrequency, { name: 'MonitoringFrequency', description: 'Uppsiktsplikt; the legal floor is weekly.' });
registerEnumType(SnapshotCadence, { name: 'SnapshotCadence' });
registerEnumType(SnapshotOccasion, { name: 'SnapshotOccasion' });
registerEnumType(SnapshotReason, { name: 'SnapshotReason', description: 'A period end, or an occasion the policy names.' });
registerEnumType(SnapshotStatus, { name: 'SnapshotStatus' });
registerEnumType(ArchivingRunStatus, { name: 'ArchivingRunStatus' });
registerEnumType(NewOwnerKind, { name: 'NewOwnerKind', description: 'Who takes a handed-over account: another unit, an outside organisation or a person.' });
registerEnumType(BoardDecisionOutcome, { name: 'BoardDecisionOutcome', description: 'APPROVE: bifall, the account may be handed over; REFUSE: avslag.' });
registerEnumType(HandoverStatus, { name: 'HandoverStatus', description: 'Where a handover stands; also its LifecycleStage in Temporal.' });
registerEnumType(HandoverItemKey, { name: 'HandoverItemKey', description: 'A condition of seed 003 "Överlåta ett konto", or a step by which the municipality lets go.' });

export { AccountCreator, ArchivingRunStatus, MonitoringFrequency, SnapshotCadence, SnapshotOccasion, SnapshotReason, SnapshotStatus };
export { AccountScope, AccountStatus, ApprovalStepKind, AuditAction, Decision, Platform, ProvisioningItemKey, Role };
export { BoardDecisionOutcome, HandoverItemKey, HandoverStatus, NewOwnerKind };
