import { Field, Float, ID, Int } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';
import { ArchivingRunStatus, SnapshotReason, SnapshotStatus } from '../enums.js';
import { DateTimeScalar } from '../scalars.js';

@ApiObjectType('ArchivedFile', { description: 'One file of an archive package, with its SHA-256 as METS and PREMIS record it.' })
export class ArchivedFileType {
  @Field(() => String, { description: 'Path inside the package, e.g. representations/rep1/data/page.pdf.' }) path: string;
  @Field(() => String, { description: 'pdf, export, screenshot, attachment, or the package’s own METS/PREMIS metadata.' }) role: string;
  @Field(() => String) sha256: string;
  @Field(() => Float, { description: 'Bytes.' }) size: number;
  @Field(() => String) mimeType: string;
  @Field(() => String, { description: 'Where the file is served (GET with the bearer token), relative to the API.' }) url: string;
}

@ApiObjectType('ValidationReport', { description: 'What a validator (veraPDF, commons-ip) said about the package.' })
export class ValidationReportType {
  @Field(() => Boolean) passed: boolean;
  @Field(() => String, { description: 'The validator and its version.' }) validator: string;
  @Field(() => [String]) problems: string[];
}

@ApiObjectType('SnapshotProgress', { description: 'How many of a run’s accounts are in each state.' })
export class SnapshotProgressType {
  @Field(() => Int) waiting: number;
  @Field(() => Int) capturing: number;
  @Field(() => Int) archived: number;
  @Field(() => Int) failed: number;
  @Field(() => Int) accepted: number;
  @Field(() => Int, { description: 'Accounts the run has found due so far.' }) total: number;
  @Field(() => Int, { description: 'Archived or accepted: the accounts that have their package.' }) done: number;
}

@ApiObjectType('Snapshot', { description: 'One account documented once for a period or an occasion; at most one package.' })
export class SnapshotType {
  @Field(() => ID) id: string;
  @Field(() => SnapshotReason) reason: SnapshotReason;
  @Field(() => String, { description: 'The period (2026-H1) or the occasion and its moment.' }) snapshotKey: string;
  @Field(() => SnapshotStatus) status: SnapshotStatus;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, in Swedish.' }) failureReason: string | null;
  @Field(() => DateTimeScalar) requestedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) capturedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The E-ARK package’s OBJID.' }) packageId: string | null;
  @Field(() => ValidationReportType, { nullable: true, description: 'veraPDF on the PDF/A-2b page.' }) pdfaValidation: ValidationReportType | null;
  @Field(() => ValidationReportType, { nullable: true, description: 'commons-ip on the E-ARK SIP.' }) sipValidation: ValidationReportType | null;
  @Field(() => Int) postCount: number;
  @Field(() => Int) commentCount: number;
  @Field(() => DateTimeScalar, { nullable: true }) acceptedAt: Date | null;
  @Field(() => String, { nullable: true }) acceptedByName: string | null;
  @Field(() => String, { description: 'The Temporal workflow id, account-snapshot/<account>/<key>.' }) workflowId: string;
}

@ApiObjectType('SnapshotPage')
export class SnapshotPage {
  @Field(() => [SnapshotType]) items: SnapshotType[];
  @Field(() => Int, { description: 'All matching, over all pages.' }) total: number;
}

@ApiObjectType('ArchivingRun', { description: 'A municipality’s run for one period, archiving-run/<municipality>/<period>.' })
export class ArchivingRunType {
  @Field(() => ID) id: string;
  @Field(() => String) period: string;
  @Field(() => String, { description: 'e.g. "första halvåret 2026".' }) periodLabel: string;
  @Field(() => String, { description: 'SCHEDULE or MANUAL.' }) trigger: string;
  @Field(() => String, { nullable: true }) startedByName: string | null;
  @Field(() => ArchivingRunStatus) status: ArchivingRunStatus;
  @Field(() => DateTimeScalar) startedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt: Date | null;
  @Field(() => String) workflowId: string;
}

@ApiObjectType('ArchivingPeriod', { description: 'A documentation period.' })
export class ArchivingPeriodType {
  @Field(() => String) period: string;
  @Field(() => String) label: string;
}

@ApiObjectType('TextSegment', { description: 'A piece of archived text; match marks the words the search found.' })
export class TextSegmentType {
  @Field(() => String) text: string;
  @Field(() => Boolean) match: boolean;
}

@ApiObjectType('ArchivedItem', { description: 'A post or comment as it was archived.' })
export class ArchivedItemType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'POST, COMMENT or REPLY.' }) kind: string;
  @Field(() => DateTimeScalar) publishedAt: Date;
  @Field(() => String, { nullable: true }) author: string | null;
  @Field(() => String) text: string;
  @Field(() => [TextSegmentType], { description: 'The text with the matched words marked.' }) highlights: TextSegmentType[];
  @Field(() => String, { nullable: true }) permalink: string | null;
  snapshotId: string;
  accountId: string;
}

@ApiObjectType('ArchiveSearchResult')
export class ArchiveSearchResultType {
  @Field(() => Int, { description: 'All matches, over all pages.' }) total: number;
  @Field(() => [ArchivedItemType], { description: 'Newest first.' }) items: ArchivedItemType[];
}
