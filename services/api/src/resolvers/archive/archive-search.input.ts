import { IsOptional } from 'class-validator';
import { IsId, PlainText } from '../../validation.js';
import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';

/** What a records request (utlämnande av allmän handling) asks for: an account, a time span, some words. */
@InputType('ArchiveSearchInput')
export class ArchiveSearchInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId('Okänt konto.')
  accountId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Published at or after.' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Published before.' })
  to?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words (Swedish stemming: "biblioteket" finds "bibliotek"), "a phrase" in quotes, -word to leave out.',
  })
  @IsOptional()
  @PlainText(200)
  text?: string | null;
}
