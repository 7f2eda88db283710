import { snapshotReasonLabel, snapshotStatusLabel, type SnapshotReason, type SnapshotStatus } from '@smg/domain';

export const statusLabel = (status: SnapshotStatus) => snapshotStatusLabel[status];
export const reasonLabel = (reason: SnapshotReason) => snapshotReasonLabel[reason];

/** Badge colour per snapshot or run state, reusing the kit's badge tones. */
export function statusTone(status: string): string {
  if (status === 'ARCHIVED' || status === 'ACCEPTED' || status === 'COMPLETED') return 'smg-badge--active';
  if (status === 'FAILED' || status === 'COMPLETED_WITH_FAILURES') return 'smg-badge--rejected';
  if (status === 'CAPTURING' || status === 'RUNNING') return 'smg-badge--in-review';
  return 'smg-badge--draft';
}

/** "smg-…c0ffee.zip": what a downloaded package is called. */
export const packageFileName = (packageId: string | null | undefined) => `${packageId ?? 'paket'}.zip`;

/** The file roles of a package, as the archivist says them. */
export const fileRoleLabel: Record<string, string> = {
  pdf: 'Sidan som PDF/A',
  export: 'Inlägg och kommentarer (JSON)',
  screenshot: 'Skärmbild',
  attachment: 'Bilaga',
  descriptive: 'Beskrivande metadata',
  preservation: 'Bevarandemetadata (PREMIS)',
  'representation-mets': 'Representationens METS',
};
