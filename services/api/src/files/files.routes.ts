import { createHash } from 'node:crypto';
import { UploadedFile, type User } from '@smg/db';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, safeFileName, sniffAttachmentType, type Actor } from '@smg/domain';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Authenticator } from '../auth/authentication.js';
import { actingRole, holdsRoleFor } from '../auth/authorization.js';
import { isId } from '../validation.js';

/**
 * Attachments as raw bytes beside GraphQL (which stays JSON with a small body limit):
 *   POST /api/files      body = the file, Content-Type = its type, X-File-Name = its name (URI-encoded);
 *                        201 { id, fileName, mimeType, size, sha256 }
 *   GET  /api/files/:id  the file, to its uploader or, once attached to a record, to whoever may read the account.
 * Only PDF, PNG and JPEG, told by their first bytes; at most MAX_ATTACHMENT_BYTES; the SHA-256 is recorded on arrival.
 * A file is attached to a record by the GraphQL mutation that records it (a board decision, a handover condition).
 */

const allowed = Object.keys(ATTACHMENT_TYPES).join(', ');

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

export function fileRoutes({ dataSource, auth }: { dataSource: DataSource; auth: Authenticator }): express.Router {
  const router = express.Router();
  const files = () => dataSource.getRepository(UploadedFile);

  async function signedIn(req: Request, res: Response): Promise<{ actor: Actor; user: User } | null> {
    const { actor, user, error } = await auth.authenticate(req.headers.authorization);
    if (!actor || !user) {
      refuse(res, 401, 'UNAUTHENTICATED', error ?? 'Du måste logga in.');
      return null;
    }
    return { actor, user };
  }

  router.post(
    '/',
    // The size check comes before anything is read into memory beyond the limit.
    express.raw({ type: () => true, limit: MAX_ATTACHMENT_BYTES }),
    async (req: Request, res: Response) => {
      const caller = await signedIn(req, res);
      if (!caller) return;
      const { actor, user } = caller;
      if (!holdsRoleFor(actor, 'FILE_UPLOAD')) return refuse(res, 403, 'FORBIDDEN', 'Du har inte behörighet att bifoga filer.');
      const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (body.length === 0) return refuse(res, 400, 'BAD_USER_INPUT', 'Filen är tom.');
      const declared = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      const sniffed = sniffAttachmentType(body);
      if (!sniffed) return refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `Filen kan inte bifogas: bara PDF, PNG och JPEG tas emot (${allowed}).`);
      if (declared && declared !== 'application/octet-stream' && declared !== sniffed) {
        return refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `Filen säger sig vara ${declared} men är ${ATTACHMENT_TYPES[sniffed]}.`);
      }
      let fileName: string;
      try {
        fileName = safeFileName(decodeURIComponent(String(req.headers['x-file-name'] ?? '')));
      } catch {
        fileName = safeFileName(String(req.headers['x-file-name'] ?? ''));
      }
      const saved = await files().save({
        municipalityId: actor.municipalityId,
        fileName,
        mimeType: sniffed,
        size: body.length,
        sha256: createHash('sha256').update(body).digest('hex'),
        content: body,
        uploadedAt: new Date(),
        uploadedById: user.id,
        uploadedByName: user.name,
        attachedTo: null,
        accountId: null,
      });
      res.status(201).json({ id: saved.id, fileName: saved.fileName, mimeType: saved.mimeType, size: saved.size, sha256: saved.sha256 });
    },
  );

  router.get('/:id', async (req: Request, res: Response) => {
    const caller = await signedIn(req, res);
    if (!caller) return;
    const { actor } = caller;
    const id = String(req.params.id);
    const file = isId(id)
      ? await files().createQueryBuilder('f').addSelect('f.content').where('f.id = :id', { id }).getOne()
      : null;
    const visible =
      file &&
      file.municipalityId === actor.municipalityId &&
      (file.uploadedById === actor.userId || (file.attachedTo !== null && (await readableAccount(file.accountId, actor))));
    if (!file || !visible) return refuse(res, 404, 'NOT_FOUND', 'Filen finns inte.');
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('X-Checksum-Sha256', file.sha256);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(file.content);
  });

  async function readableAccount(accountId: string | null, actor: Actor): Promise<boolean> {
    if (!accountId) return true;
    const [account] = await dataSource.query(`select "municipalityId", "administrationId", "unitId" from account where id = $1`, [accountId]);
    return !!account && actingRole(actor, 'ACCOUNT_READ', account) !== null;
  }

  // A body over the limit: said in Swedish, in the same shape as the other refusals.
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if ((error as { type?: string })?.type === 'entity.too.large') {
      return refuse(res, 413, 'PAYLOAD_TOO_LARGE', `Filen är för stor; högst ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB tas emot.`);
    }
    next(error);
  });
  return router;
}
