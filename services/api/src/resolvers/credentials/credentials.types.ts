import { CREDENTIAL_LIMITS } from '@smg/domain';
import { IsOptional } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';
import { PlainText } from '../../validation.js';
import { DateTimeScalar } from '../scalars.js';

/* The content rules (required fields, lengths) are @smg/domain's validateCredentialDeposit: typed field errors in Swedish. */
@InputType('CredentialDepositInput', { description: 'Credentials handed to the communications unit (seed 000, seed 001 §3.2, seed 004).' })
export class CredentialDepositInput {
  @Field(() => String, { description: 'The user name or login the platform asks for.' })
  @PlainText(CREDENTIAL_LIMITS.loginName)
  loginName: string;

  @Field(() => String, { nullable: true, description: 'The e-mail address the login is registered to, if not the login name.' })
  @IsOptional()
  @PlainText(CREDENTIAL_LIMITS.loginEmail)
  loginEmail?: string | null;

  @Field(() => String, { description: 'The password (or other secret). Stored encrypted; never shown again except to the communications unit.' })
  @PlainText(CREDENTIAL_LIMITS.secret)
  secret: string;
}

@ApiObjectType('CredentialDeposit', { description: 'What the vault tells about an account’s deposited credentials: never the secret.' })
export class CredentialDepositType {
  @Field(() => DateTimeScalar) depositedAt: Date;
  @Field(() => String) depositedByName: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the deposit was destroyed (shredded); null while it is kept.' }) destroyedAt: Date | null;
  @Field(() => String, { nullable: true }) destroyedByName: string | null;
  @Field(() => String, { nullable: true }) destroyedReason: string | null;
}

@ApiObjectType('RevealedCredentials', { description: 'The deposited credentials, returned once to the communications unit by revealCredentials.' })
export class RevealedCredentialsType {
  @Field(() => String) loginName: string;
  @Field(() => String, { nullable: true }) loginEmail: string | null;
  @Field(() => String) secret: string;
  @Field(() => DateTimeScalar) depositedAt: Date;
  @Field(() => String) depositedByName: string;
}
