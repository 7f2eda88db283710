import { ValidateNested } from 'class-validator';
import { PlainText, MaxItems } from '../../validation.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';
import { AccountCreator, ApprovalStepKind, MonitoringFrequency, Platform, SnapshotCadence, SnapshotOccasion } from '../enums.js';
import { DateTimeScalar } from '../scalars.js';

/** Read and written in the same shape: one class is both the output and the input type. */
@ApiObjectType('FollowUpReport', { description: 'When the yearly follow-up report is due (seed 001 §4.3: Q3).' })
@InputType('FollowUpReportInput')
export class FollowUpReportType {
  @Field(() => String, { defaultValue: 'YEARLY', description: 'YEARLY is the only cadence the seeds know.' }) @PlainText(20) cadence: string;
  @Field(() => Int) month: number;
}

/** The communications unit edits the parameters as it reads them; the domain's `validatePolicyParameters` has the last word. */
@ApiObjectType('PolicyParameters', { description: 'The rules a municipality runs on; each lifecycle reads the version it started under.' })
@InputType('PolicyParametersInput')
export class PolicyParametersType {
  @Field(() => [ApprovalStepKind]) @MaxItems(10) approvalChain: ApprovalStepKind[];
  @Field(() => Boolean) consultationOnNewPlatform: boolean;
  @Field(() => Int) approvalReminderWorkingDays: number;
  @Field(() => Int) approvalEscalationWorkingDays: number;
  @Field(() => AccountCreator) accountCreator: AccountCreator;
  @Field(() => Int) minAdministrators: number;
  @Field(() => Boolean) twoFactorRequired: boolean;
  @Field(() => [Platform]) @MaxItems(20) credentialDepositPlatforms: Platform[];
  @Field(() => MonitoringFrequency) monitoringFrequency: MonitoringFrequency;
  @Field(() => Int) answerDeadlineWorkingDays: number;
  @Field(() => Int) forwardedQuestionDeadlineWorkingDays: number;
  @Field(() => SnapshotCadence) snapshotCadence: SnapshotCadence;
  @Field(() => [SnapshotOccasion]) @MaxItems(20) snapshotOccasions: SnapshotOccasion[];
  @Field(() => Int) inactivityThresholdDays: number;
  @Field(() => Int) inactivityGracePeriodDays: number;
  @Field(() => Int) closureDecisionWorkingDays: number;
  @Field(() => Int) handoverDecisionReminderWorkingDays: number;
  @Field(() => FollowUpReportType) @ValidateNested() followUpReport: FollowUpReportType;
  @Field(() => String) @PlainText(5000) profileTextTemplate: string;
}

@ApiObjectType('PolicySource', { description: 'Where one parameter’s value comes from: a seed section, or "not stated" with the default used.' })
export class PolicySourceType {
  @Field(() => String) parameter: string;
  @Field(() => String, { description: 'The parameter’s name in Swedish.' }) label: string;
  @Field(() => String) source: string;
}

@ApiObjectType('Policy', { description: 'One published, read-only version of a municipality’s rules.' })
export class PolicyType {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => DateTimeScalar) effectiveFrom: Date;
  @Field(() => String, { nullable: true }) presetKey: string | null;
  @Field(() => String) changeNote: string;
  @Field(() => DateTimeScalar) publishedAt: Date;
  @Field(() => String) publishedByName: string;
  @Field(() => PolicyParametersType) parameters: PolicyParametersType;
  @Field(() => [PolicySourceType]) sources: PolicySourceType[];
  @Field(() => Boolean, { description: 'Whether this is the version in force now.' }) inForce: boolean;
}

@ApiObjectType('PolicyPreset', { description: 'A seed municipality’s rules, to start a policy from.' })
export class PolicyPresetType {
  @Field(() => String) key: string;
  @Field(() => String) municipalityName: string;
  @Field(() => String) seedFile: string;
  @Field(() => PolicyParametersType) parameters: PolicyParametersType;
  @Field(() => [PolicySourceType]) sources: PolicySourceType[];
}
