import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Search attributes every lifecycle keeps current, so operations can filter in the Temporal UI
 * ("all openings waiting for approval in unit X") without the database. Registered on the server by infra.
 */
export const ACCOUNT_ID = defineSearchAttributeKey('AccountId', SearchAttributeType.KEYWORD);
export const UNIT_ID = defineSearchAttributeKey('UnitId', SearchAttributeType.KEYWORD);
export const MUNICIPALITY_ID = defineSearchAttributeKey('MunicipalityId', SearchAttributeType.KEYWORD);
/** The account's status as the lifecycle sees it, e.g. IN_REVIEW. */
export const LIFECYCLE_STAGE = defineSearchAttributeKey('LifecycleStage', SearchAttributeType.KEYWORD);
