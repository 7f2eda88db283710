import { IsOptional, Max, Min } from 'class-validator';
import { MaxItems, IsId } from '../../validation.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AccountStatus } from '../enums.js';

@InputType('AccountFilter')
export class AccountFilter {
  @Field(() => [AccountStatus], { nullable: true })
  @IsOptional()
  @MaxItems(20)
  status?: AccountStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId('Okänd verksamhet.')
  unitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only accounts in review whose pending step the signed-in user may take now.',
  })
  awaitingMyDecision?: boolean | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@InputType('PageInput')
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'offset får inte vara negativ.' })
  offset: number;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: 'limit måste vara minst 1.' })
  @Max(MAX_PAGE_SIZE, { message: `limit får vara högst ${MAX_PAGE_SIZE}.` })
  limit: number;
}
