import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AccountStatus } from '../enums.js';

@InputType('AccountFilter')
export class AccountFilter {
  @Field(() => [AccountStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  status?: AccountStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Okänd verksamhet.' })
  unitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only accounts in review whose pending step the signed-in user may take now.',
  })
  awaitingMyDecision?: boolean | null;
}
