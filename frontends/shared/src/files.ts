import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '@smg/domain';
import { getToken, signOut } from './session.js';

/** A file as the API recorded it on arrival, ready to be named in a mutation (`minutesFileId`, `fileId`). */
export interface UploadedFileInfo {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/** What the file input offers to pick; the API decides by the file's bytes in the end. */
export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_TYPES).join(',');

/** Refused by the browser before sending (too large, empty) or by the API; the message is for the person. */
export class UploadError extends Error {
  override name = 'UploadError';
}

/**
 * Sends one file to /api/files as its raw bytes (not through GraphQL, which stays small JSON). The API checks the
 * type by the first bytes, the size, and records the SHA-256 it returns.
 */
export async function uploadFile(file: File): Promise<UploadedFileInfo> {
  if (file.size === 0) throw new UploadError('Filen är tom.');
  if (file.size > MAX_ATTACHMENT_BYTES) throw new UploadError(`Filen är för stor; högst ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB tas emot.`);
  const token = getToken();
  let response: Response;
  try {
    response = await fetch('/api/files', {
      method: 'POST',
      headers: {
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: file,
    });
  } catch {
    throw new UploadError('Kunde inte nå servern. Kontrollera anslutningen och försök igen.');
  }
  const body = (await response.json().catch(() => null)) as (UploadedFileInfo & { error?: { message?: string } }) | null;
  if (response.status === 401 && token) signOut('expired');
  if (!response.ok || !body) throw new UploadError(body?.error?.message ?? 'Filen kunde inte tas emot. Försök igen.');
  return body;
}

/**
 * A file the API serves behind the sign-in token (attachments, archive packages and their files) as a Blob; the
 * message of a refusal is the API's own.
 */
export async function fetchWithToken(path: string): Promise<Blob> {
  const token = getToken();
  let response: Response;
  try {
    response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new UploadError('Kunde inte nå servern. Kontrollera anslutningen och försök igen.');
  }
  if (response.status === 401 && token) signOut('expired');
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string | { message?: string } } | null;
    const message = typeof body?.error === 'string' ? body.error : body?.error?.message;
    throw new UploadError(message ?? 'Filen kunde inte hämtas.');
  }
  return response.blob();
}

/** Hands a Blob to the browser as a download under the given name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fetches an attached file with the sign-in token and hands it to the browser as a download under its own name. */
export async function downloadFile(file: { id: string; fileName: string }): Promise<void> {
  saveBlob(await fetchWithToken(`/api/files/${encodeURIComponent(file.id)}`), file.fileName);
}

/** "412 kB" – a size as people read it. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/**
 * An uploader for one form: a file sent once is not sent again when the form is submitted again after a refusal
 * (nothing was attached then), so a corrected form leaves no stray copies behind.
 */
export function formUploader(): (file: File) => Promise<UploadedFileInfo> {
  const sent = new WeakMap<File, UploadedFileInfo>();
  return async (file) => {
    const known = sent.get(file);
    if (known) return known;
    const uploaded = await uploadFile(file);
    sent.set(file, uploaded);
    return uploaded;
  };
}
