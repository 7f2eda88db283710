/**
 * A public account page in miniature, served on 127.0.0.1 with a free port: comments behind "Visa fler
 * kommentarer" (one toggled in the page, one fetched in two batches), a second and third page of posts loaded on
 * scroll, and a lazily loaded image answered with a delay.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';

export interface FixtureServer {
  url: string;
  /** Paths requested so far, to check that the image was really fetched. */
  requests: string[];
  close(): Promise<void>;
}

export const HIDDEN_COMMENT = 'Kanelbulle42';
export const FETCHED_COMMENT_BATCH_1 = 'Dagmar: Gäller det även filialerna?';
export const FETCHED_COMMENT_BATCH_2 = 'Erik: Andra omgången Hallonsaft77 laddad.';
export const LAZY_POST_PAGE_2 = 'Författarbesök i oktober';
export const LAZY_POST_PAGE_3 = 'Bokcirkeln Blåbärssoppa99 startar';
export const LAZY_POST_COMMENT = 'Fredrik: Kommentar på sida tre Lingonsylt55.';

export async function startFixtureServer(): Promise<FixtureServer> {
  const page = await readFile(new URL('./fixture/account.html', import.meta.url));
  const png = solidPng(320, 160, [29, 79, 145]);
  const requests: string[] = [];

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const json = (body: unknown) => {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/konto/biblioteket') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
    } else if (url.pathname === '/images/banner.png') {
      // Slow on purpose: the capture must wait for images instead of printing an empty frame.
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'image/png' });
        response.end(png);
      }, 400);
    } else if (url.pathname === '/api/comments') {
      const batch = url.searchParams.get('batch');
      setTimeout(
        () =>
          json(
            batch === '1'
              ? { comments: [FETCHED_COMMENT_BATCH_1], more: true }
              : { comments: [FETCHED_COMMENT_BATCH_2], more: false },
          ),
        150,
      );
    } else if (url.pathname === '/api/posts') {
      const pageNumber = url.searchParams.get('page');
      setTimeout(() => {
        if (pageNumber === '2') {
          json({
            posts: [`<h2>${LAZY_POST_PAGE_2}</h2><p>Välkommen på författarbesök.</p>`],
            last: false,
          });
        } else {
          json({
            posts: [
              `<h2>${LAZY_POST_PAGE_3}</h2><p>Anmäl dig i receptionen.</p>` +
                `<section class="comments"><div class="comment">Gun: Jag kommer.</div>` +
                `<div class="comment hidden">${LAZY_POST_COMMENT}</div>` +
                `<button type="button" data-reveal>Show more</button></section>`,
            ],
            last: true,
          });
        }
      }, 200);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/konto/biblioteket`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A one-colour RGB PNG, so the fixture needs no binary file in the repository. */
function solidPng(width: number, height: number, [red, green, blue]: [number, number, number]): Buffer {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x += 1) row.set([red, green, blue], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, default compression, filter and interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
