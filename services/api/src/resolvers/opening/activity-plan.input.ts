import { CHECKLIST_KEYS, type ActivityPlanContent, type ChecklistKey } from '@smg/domain';
import { IsOptional, ValidateNested } from 'class-validator';
import { PlainText, MaxItems, IsId, OneOf } from '../../validation.js';
import { Field, Float, ID, InputType } from 'type-graphql';
import { AccountScope, Platform } from '../enums.js';

/*
 * Only shape and size are checked here (so an oversized request is refused before it reaches the workflow's
 * history); whether the plan is acceptable is decided by @smg/domain's validateActivityPlan in the resolver.
 */
const SHORT = 300;
const LONG = 10_000;

@InputType('PlanPersonInput')
export class PlanPersonInput {
  @Field(() => String) @PlainText(SHORT) name: string;
  @Field(() => String) @PlainText(SHORT) email: string;
  @Field(() => String) @PlainText(SHORT) phone: string;
}

@InputType('ChecklistAnswerInput')
export class ChecklistAnswerInput {
  @Field(() => String)
  @OneOf(CHECKLIST_KEYS, 'Okänd fråga i checklistan.')
  key: string;

  @Field(() => Boolean) answer: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PlainText(LONG)
  comment?: string | null;
}

@InputType('ActivityPlanInput', { description: 'The activity plan as the applicant writes it, plus the owning unit and scope.' })
export class ActivityPlanInput {
  @Field(() => ID)
  @IsId('Välj en verksamhet.')
  unitId: string;

  @Field(() => AccountScope) scope: AccountScope;
  @Field(() => Platform) platform: Platform;
  @Field(() => String) @PlainText(SHORT) webAddress: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PlainText(SHORT)
  handle?: string | null;

  @Field(() => String) @PlainText(SHORT) displayName: string;
  @Field(() => String) @PlainText(LONG) activityDescription: string;
  @Field(() => String) @PlainText(LONG) purpose: string;
  @Field(() => String) @PlainText(LONG) targetAudiences: string;
  @Field(() => String) @PlainText(LONG) goals: string;
  @Field(() => String) @PlainText(LONG) needsAnalysis: string;
  @Field(() => String) @PlainText(SHORT) functionalEmail: string;

  @Field(() => [PlanPersonInput])
  @MaxItems(20)
  @ValidateNested()
  administrators: PlanPersonInput[];

  @Field(() => [PlanPersonInput])
  @MaxItems(50)
  @ValidateNested()
  dailyOperators: PlanPersonInput[];

  @Field(() => String) @PlainText(LONG) monitoringHours: string;
  @Field(() => String) @PlainText(LONG) publishingFrequency: string;
  @Field(() => Float) estimatedWeeklyHours: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PlainText(LONG)
  other?: string | null;

  @Field(() => [ChecklistAnswerInput])
  @MaxItems(CHECKLIST_KEYS.length)
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
