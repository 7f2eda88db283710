import type { NewOwner } from '@smg/domain';
import { IsOptional, ValidateNested } from 'class-validator';
import { PlainText, IsId } from '../../validation.js';
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
  @IsId('Okänd verksamhet.')
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'The organisation’s or person’s name (not needed for a unit).' })
  @IsOptional()
  @PlainText(SHORT)
  name?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @PlainText(SHORT) contactName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @PlainText(SHORT) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @PlainText(60) phone?: string | null;
}

@InputType('HandoverProposalInput')
export class HandoverProposalInput {
  @Field(() => NewOwnerInput) @ValidateNested() newOwner: NewOwnerInput;
  @Field(() => String, { description: 'Why the account should no longer be run by the municipality.' }) @PlainText(LONG) reason: string;
}

@InputType('BoardDecisionInput', { description: 'A board decision as the minutes give it; registered for the account whose handover it decides.' })
export class BoardDecisionInput {
  @Field(() => ID) @IsId('Välj en nämnd.') boardId: string;
  @Field(() => ID, { description: 'The account whose handover the decision is about; the decision is linked to it at once.' })
  @IsId('Okänt konto.')
  accountId: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) @PlainText(20) meetingDate: string;
  @Field(() => String) @PlainText(SHORT) paragraph: string;
  @Field(() => String) @PlainText(SHORT) diaryNumber: string;
  @Field(() => String) @PlainText(25_000) decisionText: string;
  @Field(() => BoardDecisionOutcome) outcome: 'APPROVE' | 'REFUSE';
  @Field(() => ID, { description: 'The signed minutes extract (a PDF), uploaded to /api/files first.' })
  @IsId('Bifoga protokollsutdraget.')
  minutesFileId: string;
}

@InputType('HandoverEvidenceInput', { description: 'A link or a file (uploaded to /api/files first), and a note; or, for the rename only, a reason to decline.' })
export class HandoverEvidenceInput {
  @Field(() => String, { nullable: true }) @IsOptional() @PlainText(2_000) url?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsId('Okänd fil.') fileId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @PlainText(LONG) note?: string | null;
  @Field(() => String, { nullable: true, description: 'RENAMED only: why the account keeps its name.' })
  @IsOptional()
  @PlainText(LONG)
  declineReason?: string | null;
}
