import type { AttachedFileRef, HandoverEvidence } from '@smg/domain';
import { Field, ID, Int } from 'type-graphql';
import { ApiObjectType } from '../object-type.js';

@ApiObjectType('AttachedFile', { description: 'A file attached to a record (a minutes extract, evidence), with its SHA-256; the bytes are at downloadPath.' })
export class AttachedFileType {
  @Field(() => ID) id: string;
  @Field(() => String) fileName: string;
  @Field(() => String) mimeType: string;
  @Field(() => Int) size: number;
  @Field(() => String, { description: 'Hex SHA-256 of the bytes, recorded on upload.' }) sha256: string;
  @Field(() => String, { description: 'GET with the bearer token: /api/files/<id>.' }) downloadPath: string;
}

@ApiObjectType('Evidence', { description: 'What shows a step was done: a link, a file, a note.' })
export class EvidenceType {
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => AttachedFileType, { nullable: true }) file: AttachedFileType | null;
}

export function attachedFileOf(file: Pick<AttachedFileRef, 'id' | 'fileName' | 'mimeType' | 'size' | 'sha256'>): AttachedFileType {
  return { id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256, downloadPath: `/api/files/${file.id}` };
}

/** Evidence as the audit trail keeps it (`data.evidence`), or null. */
export function evidenceOf(data: unknown): EvidenceType | null {
  const evidence = (data as { evidence?: HandoverEvidence | null } | null)?.evidence;
  if (!evidence) return null;
  return { url: evidence.url ?? null, note: evidence.note ?? null, file: evidence.file ? attachedFileOf(evidence.file) : null };
}
