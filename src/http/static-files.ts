import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';

/**
 * The web UI's files (dist/web), compressed: brotli or gzip as the browser accepts (`Accept-Encoding`, q-values
 * honoured), each file compressed once per build (on first request, kept in memory beside its size and mtime, so
 * a rebuilt file is compressed again), with a strong ETag per encoding and 304 for `If-None-Match`. Caching
 * headers are set by `cacheControl` (`request-edges.ts`): hashed assets immutable for a year, the rest no-cache.
 */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;
/** Brotli 9 is within a few percent of 11 on the UI's bundle at a tenth of the time (the first request waits). */
const BROTLI_QUALITY = 9;
/** Below this size compression saves less than the headers it costs. */
const MIN_COMPRESS_BYTES = 512;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export type Encoding = 'br' | 'gzip' | 'identity';
const ETAG_SUFFIX: Record<Encoding, string> = { br: '-br', gzip: '-gz', identity: '' };

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const compress = (encoding: Exclude<Encoding, 'identity'>, body: Buffer): Promise<Buffer> =>
  encoding === 'br'
    ? brotli(body, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: 9 });

/**
 * The encoding to send: the best of br, gzip and identity the header accepts (q > 0), brotli first on a tie.
 * No header, or one that accepts neither, gives identity (never refused: identity is always acceptable here).
 */
export const chooseEncoding = (acceptEncoding: string | undefined): Encoding => {
  if (!acceptEncoding) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: 'br' | 'gzip') => q.get(name) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return 'identity';
};

type Variant = { body: Buffer; etag: string };
type Entry = {
  mtimeMs: number;
  size: number;
  type: string;
  compressible: boolean;
  variants: Map<Encoding, Promise<Variant>>;
  identity: Buffer;
  hash: string;
};

export type StaticFiles = {
  /** middleware: answers a GET or HEAD for an existing file under the root, else passes on */
  middleware: MiddlewareHandler;
  /** answers with this file of the root (the UI's index.html for every page path) */
  send: (c: Context, relativePath: string) => Promise<Response | null>;
};

export const createStaticFiles = (root: string): StaticFiles => {
  const base = resolve(root);
  const cache = new Map<string, Entry>();

  const load = async (path: string): Promise<Entry | null> => {
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return null;
    const cached = cache.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
    const identity = await readFile(path);
    const type = MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
    const entry: Entry = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      type,
      compressible: COMPRESSIBLE.test(type) && identity.length >= MIN_COMPRESS_BYTES,
      variants: new Map([['identity', Promise.resolve({ body: identity, etag: `"${hash}"` })]]),
      identity,
      hash,
    };
    cache.set(path, entry);
    return entry;
  };

  const variant = (entry: Entry, encoding: Encoding): Promise<Variant> => {
    const known = entry.variants.get(encoding);
    if (known) return known;
    // single flight: concurrent first requests share one compression
    const made = compress(encoding as Exclude<Encoding, 'identity'>, entry.identity).then((body) => ({
      body,
      etag: `"${entry.hash}${ETAG_SUFFIX[encoding]}"`,
    }));
    entry.variants.set(encoding, made);
    return made;
  };

  const inside = (relativePath: string): string | null => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(relativePath);
    } catch {
      return null;
    }
    if (decoded.includes('\0')) return null;
    const path = resolve(join(base, decoded));
    return path.startsWith(base + sep) ? path : null;
  };

  const send = async (c: Context, relativePath: string): Promise<Response | null> => {
    const path = inside(relativePath);
    if (path === null) return null;
    const entry = await load(path);
    if (entry === null) return null;
    const encoding = entry.compressible ? chooseEncoding(c.req.header('accept-encoding')) : 'identity';
    const { body, etag } = await variant(entry, encoding);
    const headers: Record<string, string> = { etag, 'content-type': entry.type };
    if (entry.compressible) headers.vary = 'Accept-Encoding';
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      return c.body(null, 304, headers);
    }
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.length);
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(body), 200, headers);
  };

  const middleware: MiddlewareHandler = async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.endsWith('/')) return next();
    const response = await send(c, c.req.path);
    if (response === null) return next();
    return response;
  };

  return { middleware, send };
};
