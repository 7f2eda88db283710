import { CHECKLIST_KEYS, type ActivityPlanContent, type ChecklistKey } from '@smg/domain';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { AccountScope, Platform } from '../enums.js';

/*
 * Only shape and size are checked here (so an oversized request is refused before it reaches the workflow's
 * history); whether the plan is acceptable is decided by @smg/domain's validateActivityPlan in the resolver.
 */
const SHORT = 300;
const LONG = 10_000;
const tooLong = (max: number) => ({ message: `Högst ${max} tecken.` });

@InputType('PlanPersonInput')
export class PlanPersonInput {
  @Field(() => String) @MaxLength(SHORT, tooLong(SHORT)) name: string;
  @Field(() => String) @MaxLength(SHORT, tooLong(SHORT)) email: string;
  @Field(() => String) @MaxLength(SHORT, tooLong(SHORT)) phone: string;
}

@InputType('ChecklistAnswerInput')
export class ChecklistAnswerInput {
  @Field(() => String)
  @IsIn(CHECKLIST_KEYS, { message: 'Okänd fråga i checklistan.' })
  key: string;

  @Field(() => Boolean) answer: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG, tooLong(LONG))
  comment?: string | null;
}

@InputType('ActivityPlanInput', { description: 'The activity plan as the applicant writes it, plus the owning unit and scope.' })
export class ActivityPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Välj en verksamhet.' })
  unitId: string;

  @Field(() => AccountScope) scope: AccountScope;
  @Field(() => Platform) platform: Platform;
  @Field(() => String) @MaxLength(SHORT, tooLong(SHORT)) webAddress: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SHORT, tooLong(SHORT))
  handle?: string | null;

  @Field(() => String) @MaxLength(SHORT, tooLong(SHORT)) displayName: string;
  @Field(() => String) @MaxLength(LONG, tooLong(LONG)) activityDescription: string;
  @Field(() => String) @MaxLength(LONG, tooLong(LONG)) purpose: string;
  @Field(() => String) @MaxLength(LONG, tooLong(LONG)) targetAudiences: string;
  @Field(() => String) @MaxLength(LONG, tooLong(LONG)) goals: string;
  @Field(() => String) @MaxLength(LONG, tooLong(LONG)) needsAnalysis: string;
  @Field(() => String) @MaxLength(SHORT, tooLong(SHORT)) functionalEmail: string;

  @Field(() => [PlanPersonInput])
  @ArrayMaxSize(20)
  @ValidateNested()
  administrators: PlanPersonInput[];

  @Field(() => [PlanPersonInput])
  @ArrayMaxSize(50)
  @ValidateNested()
  dailyOperators: PlanPersonInput[];

  @Field(() => String) @MaxLength(LONG, tooLong(LONG)) monitoringHours: string;
  @Field(() => String) @MaxLength(LONG, tooLong(LONG)) publishingFrequency: string;
  @Field(() => Float) estimatedWeeklyHours: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LONG, tooLong(LONG))
  other?: string | null;

  @Field(() => [ChecklistAnswerInput])
  @ArrayMaxSize(CHECKLIST_KEYS.length)
  @ValidateNested()
  checklist: ChecklistAnswerInput[];
}

/** The plan as the domain and the workflow know it: plain data, without the unit and scope the API routes by. */
export function planContentOf(input: ActivityPlanInput): ActivityPlanContent {
  const person = (p: PlanPersonInput) => ({ name: p.name.trim(), email: p.email.trim(), phone: p.phone.trim() });
  return {
    platform: input.platform,
    webAddress: input.webAddress.trim(),
    handle: input.handle?.trim() || null,
    displayName: input.displayName.trim(),
    activityDescription: input.activityDescription,
    purpose: input.purpose,
    targetAudiences: input.targetAudiences,
    goals: input.goals,
    needsAnalysis: input.needsAnalysis,
    functionalEmail: input.functionalEmail.trim(),
    administrators: input.administrators.map(person),
    dailyOperators: input.dailyOperators.map(person),
    monitoringHours: input.monitoringHours,
    publishingFrequency: input.publishingFrequency,
    estimatedWeeklyHours: input.estimatedWeeklyHours,
    other: input.other?.trim() || null,
    checklist: input.checklist.map((a) => ({ key: a.key as ChecklistKey, answer: a.answer, comment: a.comment?.trim() || null })),
  };
}
