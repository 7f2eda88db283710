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
  Decision,
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

export { AccountCreator, ArchivingRunStatus, MonitoringFrequency, SnapshotCadence, SnapshotOccasion, SnapshotReason, SnapshotStatus };
export { AccountScope, AccountStatus, ApprovalStepKind, AuditAction, Decision, Platform, ProvisioningItemKey, Role };
