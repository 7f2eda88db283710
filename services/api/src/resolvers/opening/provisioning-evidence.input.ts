import type { ProvisioningEvidence } from '@smg/domain';
import { IsOptional, ValidateNested } from 'class-validator';
import { PlainText, MaxItems } from '../../validation.js';
import { Field, InputType } from 'type-graphql';

/* Shape and size only; what each provisioning item needs is checked by @smg/domain's validateProvisioningEvidence. */
const SHORT = 300;
const LONG = 5_000;

@InputType('ProvisionedAdministratorInput')
export class ProvisionedAdministratorInput {
  @Field(() => String) @PlainText(SHORT) name: string;
  @Field(() => String) @PlainText(SHORT) email: string;
  @Field(() => Boolean) twoFactorConfirmed: boolean;
}

@InputType('ProvisioningEvidenceInput', { description: 'What shows the item is done; which fields are needed depends on the item.' })
export class ProvisioningEvidenceInput {
  @Field(() => String, { nullable: true, description: 'A link showing the item is done (ACCOUNT_CREATED, PROFILE_TEXT_PUBLISHED).' })
  @IsOptional()
  @PlainText(2_000)
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PlainText(LONG)
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'FUNCTIONAL_EMAIL: the dedicated address.' })
  @IsOptional()
  @PlainText(SHORT)
  functionalEmail?: string | null;

  @Field(() => [ProvisionedAdministratorInput], {
    nullable: true,
    description: 'ADMINISTRATORS_TWO_FACTOR: each administrator and whether two-factor authentication is confirmed.',
  })
  @IsOptional()
  @MaxItems(20)
  @ValidateNested()
  administrators?: ProvisionedAdministratorInput[] | null;
}

export function evidenceOf(input: ProvisioningEvidenceInput): ProvisioningEvidence {
  return {
    url: input.url?.trim() || null,
    note: input.note?.trim() || null,
    functionalEmail: input.functionalEmail?.trim() || null,
    administrators:
      input.administrators?.map((a) => ({ name: a.name.trim(), email: a.email.trim(), twoFactorConfirmed: a.twoFactorConfirmed })) ?? null,
  };
}
