import type { PolicyParameters } from '@smg/domain';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { AccountCreator, ApprovalStepKind, MonitoringFrequency, Platform, SnapshotCadence, SnapshotOccasion } from '../enums.js';
import { DateTimeScalar } from '../scalars.js';

@InputType('FollowUpReportInput')
export class FollowUpReportInput {
  @Field(() => String, { defaultValue: 'YEARLY', description: 'YEARLY is the only cadence the seeds know.' }) cadence: string;
  @Field(() => Int) month: number;
}

/** Every parameter, as the communications unit edits it; the domain's `validatePolicyParameters` has the last word. */
@InputType('PolicyParametersInput')
export class PolicyParametersInput {
  @Field(() => [ApprovalStepKind]) approvalChain: ApprovalStepKind[];
  @Field(() => Boolean) consultationOnNewPlatform: boolean;
  @Field(() => Int) approvalReminderWorkingDays: number;
  @Field(() => Int) approvalEscalationWorkingDays: number;
  @Field(() => AccountCreator) accountCreator: AccountCreator;
  @Field(() => Int) minAdministrators: number;
  @Field(() => Boolean) twoFactorRequired: boolean;
  @Field(() => [Platform]) credentialDepositPlatforms: Platform[];
  @Field(() => MonitoringFrequency) monitoringFrequency: MonitoringFrequency;
  @Field(() => Int) answerDeadlineWorkingDays: number;
  @Field(() => Int) forwardedQuestionDeadlineWorkingDays: number;
  @Field(() => SnapshotCadence) snapshotCadence: SnapshotCadence;
  @Field(() => [SnapshotOccasion]) snapshotOccasions: SnapshotOccasion[];
  @Field(() => Int) inactivityThresholdDays: number;
  @Field(() => Int) inactivityGracePeriodDays: number;
  @Field(() => Int) closureDecisionWorkingDays: number;
  @Field(() => Int) handoverDecisionReminderWorkingDays: number;
  @Field(() => FollowUpReportInput) followUpReport: FollowUpReportInput;
  @Field(() => String) @MaxLength(5000) profileTextTemplate: string;
}

@InputType('PublishPolicyInput')
export class PublishPolicyInput {
  @Field(() => DateTimeScalar, { description: 'When the version takes effect; openings started before keep their version.' })
  effectiveFrom: Date;
  @Field(() => String, { description: 'Why the rules change (kept with the version).' }) @MaxLength(2000) changeNote: string;
  @Field(() => String, { nullable: true, description: 'The seed preset this version is taken from unchanged, if any.' })
  @IsOptional()
  presetKey: string | null;
  @Field(() => PolicyParametersInput) parameters: PolicyParametersInput;
}

export function parametersOf(input: PolicyParametersInput): PolicyParameters {
  return {
    approvalChain: [...input.approvalChain],
    consultationOnNewPlatform: input.consultationOnNewPlatform,
    approvalReminderWorkingDays: input.approvalReminderWorkingDays,
    approvalEscalationWorkingDays: input.approvalEscalationWorkingDays,
    accountCreator: input.accountCreator,
    minAdministrators: input.minAdministrators,
    twoFactorRequired: input.twoFactorRequired,
    credentialDepositPlatforms: [...input.credentialDepositPlatforms],
    monitoringFrequency: input.monitoringFrequency,
    answerDeadlineWorkingDays: input.answerDeadlineWorkingDays,
    forwardedQuestionDeadlineWorkingDays: input.forwardedQuestionDeadlineWorkingDays,
    snapshotCadence: input.snapshotCadence,
    snapshotOccasions: [...input.snapshotOccasions],
    inactivityThresholdDays: input.inactivityThresholdDays,
    inactivityGracePeriodDays: input.inactivityGracePeriodDays,
    closureDecisionWorkingDays: input.closureDecisionWorkingDays,
    handoverDecisionReminderWorkingDays: input.handoverDecisionReminderWorkingDays,
    followUpReport: { cadence: input.followUpReport.cadence as 'YEARLY', month: input.followUpReport.month },
    profileTextTemplate: input.profileTextTemplate,
  };
}
