import type { NewOwner } from '@smg/domain';
import { IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BoardDecisionOutcome, NewOwnerKind } from '../enums.js';

/* Shape and size only; the content rules are @smg/domain's validateHandoverProposal, validateBoardDecision, validateHandoverEvidence. */
const SHORT = 300;
const LONG = 5_000;

@InputType('NewOwnerInput')
export class NewOwnerInput {
  @Field(() => NewOwnerKind) kind: NewOwner['kind'];

  @Field(() => ID, { nullable: true, description: 'MUNICIPAL_UNIT: the unit taking over.' })
  @IsOptional()
  @IsUUID('all', { message: 'Okänd verksamhet.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation’s or person’s name (not needed for a unit).' })
  @IsOptional()
  @MaxLength(SHORT)
  name?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(SHORT) contactName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(SHORT) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) phone?: string | null;
}

@InputType('HandoverProposalInput')
export class HandoverProposalInput {
  @Field(() => NewOwnerInput) @ValidateNested() newOwner: NewOwnerInput;
  @Field(() => String, { description: 'Why the account should no longer be run by the municipality.' }) @MaxLength(LONG) reason: string;
}

@InputType('BoardDecisionInput', { description: 'A board decision as the minutes give it; registered for the account whose handover it decides.' })
export class BoardDecisionInput {
  @Field(() => ID) @IsUUID('all', { message: 'Välj en nämnd.' }) boardId: string;
  @Field(() => ID, { description: 'The account whose handover the decision is about; the decision is linked to it at once.' })
  @IsUUID('all', { message: 'Okänt konto.' })
  accountId: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) @MaxLength(20) meetingDate: string;
  @Field(() => String) @MaxLength(SHORT) paragraph: string;
  @Field(() => String) @MaxLength(SHORT) diaryNumber: string;
  @Field(() => String) @MaxLength(25_000) decisionText: string;
  @Field(() => BoardDecisionOutcome) outcome: 'APPROVE' | 'REFUSE';
  @Field(() => ID, { description: 'The signed minutes extract (a PDF), uploaded to /api/files first.' })
  @IsUUID('all', { message: 'Bifoga protokollsutdraget.' })
  minutesFileId: string;
}

@InputType('HandoverEvidenceInput', { description: 'A link or a file (uploaded to /api/files first), and a note; or, for the rename only, a reason to decline.' })
export class HandoverEvidenceInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2_000) url?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Okänd fil.' }) fileId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(LONG) note?: string | null;
  @Field(() => String, { nullable: true, description: 'RENAMED only: why the account keeps its name.' })
  @IsOptional()
  @MaxLength(LONG)
  declineReason?: string | null;
}
