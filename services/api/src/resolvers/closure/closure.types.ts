import { ActivitySource, ClosureDecision, ClosureReason, ClosureStage, InactivityStage, PlatformCheck } from '@smg/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PlainText } from '../../validation.js';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';
import { DateTimeScalar } from '../scalars.js';

/* The closure lifecycle's value sets, under the domain's names (registered here, beside the lifecycle's types). */
registerEnumType(ClosureReason, { name: 'ClosureReason' });
registerEnumType(ClosureDecision, { name: 'ClosureDecision' });
registerEnumType(InactivityStage, { name: 'InactivityStage' });
registerEnumType(ClosureStage, { name: 'ClosureStage' });
registerEnumType(PlatformCheck, { name: 'PlatformCheck', description: 'What the platform answered when the system looked for a removed account.' });
registerEnumType(ActivitySource, { name: 'ActivitySource' });

const LONG = 5_000;

@ApiObjectType('AccountActivity', { description: 'What the activity watch last saw of the account.' })
export class AccountActivityType {
  @Field(() => DateTimeScalar, { nullable: true, description: 'The newest of the platform’s last post or comment and the last editor’s report.' })
  lastActivityAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastPlatformActivityAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastReportedActivityAt: Date | null;
  @Field(() => String, { nullable: true }) lastReportedByName: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the platform was last asked.' }) checkedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the platform could not be read at the last check.' }) checkProblem: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) nextCheckAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'After a decision to keep the account: when it is reviewed again.' })
  reviewAt: Date | null;
}

@ApiObjectType('InactivityEpisode', { description: 'An inactivity episode: warning, grace period, opinion and decision (seed 003, seed 004).' })
export class InactivityEpisodeType {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => InactivityStage) stage: InactivityStage;
  @Field(() => String) stageLabel: string;
  @Field(() => Boolean, { description: 'Warned, or waiting for the opinion or the decision.' }) open: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) lastActivityAt: Date | null;
  @Field(() => DateTimeScalar) warnedAt: Date;
  @Field(() => DateTimeScalar) graceEndsAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) decisionDueAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) escalatedAt: Date | null;
  @Field(() => String, { nullable: true }) opinion: string | null;
  @Field(() => String, { nullable: true }) opinionByName: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) opinionAt: Date | null;
  @Field(() => ClosureDecision, { nullable: true }) decision: ClosureDecision | null;
  @Field(() => String, { nullable: true }) decisionComment: string | null;
  @Field(() => String, { nullable: true }) revivalPlan: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) reviewAt: Date | null;
  @Field(() => String, { nullable: true }) decidedByName: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) revivedAt: Date | null;
  @Field(() => ActivitySource, { nullable: true }) revivalSource: ActivitySource | null;
}

@ApiObjectType('ClosureStep', { description: 'One step of a closure, done or not.' })
export class ClosureStepType {
  @Field(() => String, { description: 'FINAL_SNAPSHOT, PLATFORM_REMOVED, CREDENTIALS_DESTROYED, REMOVED_FROM_REGISTER or COMMUNICATIONS_NOTIFIED.' })
  key: string;
  @Field(() => String) label: string;
  @Field(() => DateTimeScalar, { nullable: true }) doneAt: Date | null;
  @Field(() => String, { nullable: true }) doneByName: string | null;
  @Field(() => String, { nullable: true, description: 'What was recorded as done, or why the step does not apply.' }) note: string | null;
}

@ApiObjectType('AccountClosure', { description: 'The closure of the account (`account-closure/<id>`).' })
export class AccountClosureType {
  @Field(() => ClosureReason) reason: ClosureReason;
  @Field(() => String) reasonLabel: string;
  @Field(() => String, { nullable: true }) explanation: string | null;
  @Field(() => String) requestedByName: string;
  @Field(() => DateTimeScalar) requestedAt: Date;
  @Field(() => ClosureStage) stage: ClosureStage;
  @Field(() => String) stageLabel: string;
  @Field(() => String, { description: 'PENDING, ARCHIVED or FAILED (tried again).' }) snapshotStatus: string;
  @Field(() => Boolean) credentialsDeposited: boolean;
  @Field(() => String, { nullable: true }) platformRemovalUrl: string | null;
  @Field(() => PlatformCheck, { nullable: true }) platformCheck: PlatformCheck | null;
  @Field(() => String, { nullable: true }) platformCheckLabel: string | null;
  @Field(() => [ClosureStepType], { description: 'The steps in order.' }) steps: ClosureStepType[];
  @Field(() => DateTimeScalar, { nullable: true }) closedAt: Date | null;
  @Field(() => String) workflowId: string;
}

@InputType('ClosureDecisionInput', { description: 'The unit manager’s decision on an inactive account.' })
export class ClosureDecisionInputType {
  @Field(() => ClosureDecision) decision: ClosureDecision;

  @Field(() => String, { nullable: true, description: 'KEEP: the short plan to make the account active again.' })
  @IsOptional()
  @PlainText(LONG)
  revivalPlan?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'KEEP: when the account is reviewed again.' })
  @IsOptional()
  reviewAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PlainText(LONG)
  comment?: string | null;
}

@InputType('PlatformRemovalInput', { description: 'Evidence that the account was deleted or unpublished on the platform.' })
export class PlatformRemovalInput {
  @Field(() => String, { nullable: true, description: 'A link showing the removal, if there is one.' })
  @IsOptional()
  @PlainText(2_000)
  url?: string | null;

  @Field(() => String, { description: 'What was done (deleted or unpublished) and how it was checked.' })
  @PlainText(LONG)
  note: string;
}

@InputType('AccountClosureRequestInput', { description: 'A manager’s request to close an account for a reason other than inactivity.' })
export class AccountClosureRequestInput {
  @Field(() => ClosureReason)
  @IsIn(['CHANGED_PURPOSE', 'ACTIVITY_ENDED', 'NOT_FOLLOWING_GUIDELINES'], {
    message: 'Ett inaktivt konto avslutas genom beslutet i ärendet om inaktivitet; välj ett annat skäl här.',
  })
  reason: ClosureReason;

  @Field(() => String)
  @PlainText(LONG)
  explanation: string;
}

