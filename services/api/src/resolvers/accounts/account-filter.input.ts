import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsId, MaxItems } from '../../validation.js';
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
