import type { PolicyParameters } from '@smg/domain';
import { IsOptional, ValidateNested } from 'class-validator';
import { PlainText } from '../../validation.js';
import { Field, InputType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import { PolicyParametersType } from './policy.types.js';

@InputType('PublishPolicyInput')
export class PublishPolicyInput {
  @Field(() => DateTimeScalar, { description: 'When the version takes effect; openings started before keep their version.' })
  effectiveFrom: Date;
  @Field(() => String, { description: 'Why the rules change (kept with the version).' }) @PlainText(2000) changeNote: string;
  @Field(() => String, { nullable: true, description: 'The seed preset this version is taken from unchanged, if any.' })
  @IsOptional()
  @PlainText(100)
  presetKey: string | null;
  @Field(() => PolicyParametersType) @ValidateNested() parameters: PolicyParametersType;
}

export function parametersOf(input: PolicyParametersType): PolicyParameters {
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
