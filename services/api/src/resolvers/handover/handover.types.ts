import { Field, ID, Int } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';
import { AccountType } from '../accounts/account.types.js';
import { BoardDecisionOutcome, HandoverItemKey, HandoverStatus, NewOwnerKind } from '../enums.js';
import { AttachedFileType } from '../files/file.types.js';
import { BoardType, UnitType } from '../organisation/organisation.types.js';
import { DateTimeScalar } from '../scalars.js';

@ApiObjectType('NewOwner', { description: 'Who takes the account over.' })
export class NewOwnerType {
  @Field(() => NewOwnerKind) kind: string;
  @Field(() => String) kindLabel: string;
  @Field(() => String) name: string;
  @Field(() => UnitType, { nullable: true, description: 'MUNICIPAL_UNIT: the unit taking over.' }) unit: UnitType | null;
  @Field(() => String, { nullable: true }) contactName: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
}

@ApiObjectType('BoardDecision', { description: 'Nämndbeslut, registered by the board secretary from the minutes.' })
export class BoardDecisionType {
  @Field(() => ID) id: string;
  @Field(() => BoardType) board: BoardType;
  @Field(() => String, { description: 'The meeting’s date, YYYY-MM-DD.' }) meetingDate: string;
  @Field(() => String) paragraph: string;
  @Field(() => String) diaryNumber: string;
  @Field(() => String) decisionText: string;
  @Field(() => BoardDecisionOutcome) outcome: string;
  @Field(() => String) outcomeLabel: string;
  @Field(() => String, { description: 'As the minutes cite it: board, date, paragraph, diary number.' }) citation: string;
  @Field(() => AttachedFileType, { description: 'The signed minutes extract.' }) minutesFile: AttachedFileType;
  @Field(() => AccountType, { nullable: true }) account: AccountType | null;
  @Field(() => DateTimeScalar) registeredAt: Date;
  @Field(() => String) registeredByName: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was linked to the handover it decided.' }) linkedAt: Date | null;
}

@ApiObjectType('HandoverItem', { description: 'A condition of the handover, or a step by which the municipality lets go, with its evidence.' })
export class HandoverItemType {
  @Field(() => HandoverItemKey) key: string;
  @Field(() => String) label: string;
  @Field(() => String, { description: 'The seed section it comes from.' }) source: string;
  @Field(() => String, { description: 'CONDITION (seed 003) or RELEASE (the municipality’s rights end).' }) group: string;
  @Field(() => Boolean, { description: 'Recommended only: may be declined with a reason (the rename).' }) optional: boolean;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt: Date | null;
  @Field(() => String, { nullable: true }) completedByName: string | null;
  @Field(() => String, { nullable: true }) completedRole: string | null;
  @Field(() => String, { nullable: true }) evidenceUrl: string | null;
  @Field(() => String, { nullable: true }) evidenceNote: string | null;
  @Field(() => AttachedFileType, { nullable: true }) evidenceFile: AttachedFileType | null;
  @Field(() => String, { nullable: true }) declineReason: string | null;
}

@ApiObjectType('FinalSnapshot', { description: 'The snapshot archived before the handover changes anything.' })
export class FinalSnapshotType {
  @Field(() => String) snapshotKey: string;
  @Field(() => String, { description: 'WAITING, CAPTURING, ARCHIVED, FAILED or ACCEPTED.' }) status: string;
  @Field(() => String, { nullable: true }) packageId: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) capturedAt: Date | null;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) failureReason: string | null;
}

@ApiObjectType('Handover', { description: 'Överlåtelse of an account to another owner by board decision (seed 003).' })
export class HandoverType {
  @Field(() => ID) id: string;
  @Field(() => HandoverStatus) status: string;
  @Field(() => String) statusLabel: string;
  @Field(() => AccountType) account: AccountType;
  @Field(() => BoardType, { description: 'The board responsible for the account’s unit: only its decision counts.' }) responsibleBoard: BoardType;
  @Field(() => NewOwnerType) newOwner: NewOwnerType;
  @Field(() => String) reason: string;
  @Field(() => DateTimeScalar) proposedAt: Date;
  @Field(() => String) proposedByName: string;
  @Field(() => String) proposedRole: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the board secretary is reminded next if no decision is linked.' })
  decisionDueAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) remindedAt: Date | null;
  @Field(() => BoardDecisionType, { nullable: true }) decision: BoardDecisionType | null;
  @Field(() => FinalSnapshotType, { nullable: true }) finalSnapshot: FinalSnapshotType | null;
  @Field(() => [HandoverItemType]) items: HandoverItemType[];
  @Field(() => String, { nullable: true, description: 'Why it ended without a handover.' }) lastReason: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) endedAt: Date | null;
  @Field(() => String, { description: 'The Temporal workflow id, account-handover/<accountId>.' }) workflowId: string;
  @Field(() => [String], {
    description: 'The mutations the signed-in user may take on this handover now: withdrawHandover, registerBoardDecision, recordHandoverItem, retryFinalSnapshot.',
  })
  myActions: string[];
}
