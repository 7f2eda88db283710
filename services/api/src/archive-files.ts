import { pipeline } from 'node:stream/promises';
import { PackageNotFoundError, packageKeyFromPath } from '@smg/archive/storage';
import { PACKAGED_STATUSES } from '@smg/domain';
import express from 'express';
import type { ApiContext } from './context.js';
import { ErrorCode } from './errors.js';
import { GraphQLError } from './graphql.js';
import { findSnapshot } from './resolvers/archive/archive.resolver.js';

/**
 * Archive packages and their files over plain HTTP, beside /graphql: GraphQL is no place for a zip. The same bearer
 * token and the same permission (ARCHIVE_READ, within the caller's municipality) as the `snapshot` query.
 *
 *   GET /api/archive/snapshots/:id/package          the stored package, a zip as the e-archive receives it
 *   GET /api/archive/snapshots/:id/files/<path>     one file of it, e.g. representations/rep1/data/page.pdf
 */
export function archiveFilesRouter(contextFor: (authorization?: string | null) => Promise<ApiContext>): express.Router {
  const router = express.Router();

  const packaged = async (req: express.Request, res: express.Response) => {
    const ctx = await contextFor(req.headers.authorization);
    if (!ctx.actor) {
      res.status(401).json({ error: ctx.authError ?? 'Du måste logga in.' });
      return null;
    }
    try {
      const snapshot = await findSnapshot(ctx, String(req.params.id), 'ARCHIVE_READ');
      if (!snapshot) {
        res.status(404).json({ error: 'Ögonblicksbilden finns inte.' });
        return null;
      }
      if (!PACKAGED_STATUSES.includes(snapshot.status) || !snapshot.storageKey) {
        res.status(404).json({ error: 'Ögonblicksbilden har inget arkiverat paket än.' });
        return null;
      }
      return { ctx, snapshot, key: packageKeyFromPath(snapshot.storageKey) };
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === ErrorCode.FORBIDDEN) {
        res.status(403).json({ error: error.message });
        return null;
      }
      throw error;
    }
  };

  const send = async (res: express.Response, open: () => Promise<NodeJS.ReadableStream>) => {
    try {
      const stream = await open();
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      await pipeline(stream, res);
    } catch (error) {
      if (!(error instanceof PackageNotFoundError)) throw error;
      res.status(404).json({ error: 'Paketet saknas i arkivlagringen.' });
    }
  };

  router.get('/snapshots/:id/package', async (req, res) => {
    const found = await packaged(req, res);
    if (!found) return;
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${found.key.packageId}.zip"`);
    await send(res, () => found.ctx.archiveStorage.get(found.key));
  });

  router.get('/snapshots/:id/files/*path', async (req, res) => {
    const found = await packaged(req, res);
    if (!found) return;
    const path = ([] as string[]).concat(req.params.path ?? []).join('/');
    const file = found.snapshot.files.find((f) => f.path === path);
    if (!file) {
      res.status(404).json({ error: `Paketet har ingen fil ${path}.` });
      return;
    }
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `inline; filename="${path.split('/').pop()}"`);
    await send(res, () => found.ctx.archiveStorage.getFile(found.key, file.path));
  });

  return router;
}
