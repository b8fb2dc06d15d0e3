import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import { chooseEncoding } from '../../src/http/static-files.ts';
import { buildTestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A raw HTTP GET (fetch would decompress the body and hide Content-Encoding). */
const rawGet = (port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });

const SCRIPT = `${'export const message = "a hashed asset of the web UI";\n'.repeat(200)}`;
const PAGE = `<!doctype html><html lang="en"><title>aiexports</title>${'<!-- padding -->'.repeat(60)}<div id="root"></div>`;

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, honours q-values and falls back to identity', () => {
    assert.equal(chooseEncoding('gzip, deflate, br'), 'br');
    assert.equal(chooseEncoding('gzip'), 'gzip');
    assert.equal(chooseEncoding('br;q=0.5, gzip;q=0.8'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('*;q=0'), 'identity');
    assert.equal(chooseEncoding('deflate'), 'identity');
    assert.equal(chooseEncoding(''), 'identity');
    assert.equal(chooseEncoding(undefined), 'identity');
  });
});

describe('static files on the real HTTP server', () => {
  let database: DatabaseHandle;
  let webRoot: string;
  let server: ReturnType<typeof serve>;
  let port: number;
  const asset = '/assets/index-Ab12Cd34.js';

  before(async () => {
    const engine = testDatabases()[0];
    assert.ok(engine);
    database = await engine.open();
    webRoot = mkdtempSync(join(tmpdir(), 'aiexports-static-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), PAGE);
    writeFileSync(join(webRoot, asset), SCRIPT);
    writeFileSync(join(webRoot, 'assets', 'logo-Zz9.png'), Buffer.alloc(4096, 7));
    const t = await buildTestApp(database, { webRoot });
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('sends a hashed asset brotli-compressed to a browser that accepts br, immutable for a year', async () => {
    const res = await rawGet(port, asset, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'br');
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(res.headers['content-type'] ?? '', /javascript/);
    assert.ok(res.body.length < SCRIPT.length / 5, `compressed to ${res.body.length} of ${SCRIPT.length} bytes`);
    assert.equal(Number(res.headers['content-length']), res.body.length);
    assert.equal(brotliDecompressSync(res.body).toString('utf8'), SCRIPT);
  });

  it('sends gzip to a client that accepts only gzip, and the plain file to one that accepts neither', async () => {
    const gz = await rawGet(port, asset, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gz.body).toString('utf8'), SCRIPT);
    const plain = await rawGet(port, asset, { 'accept-encoding': 'identity' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString('utf8'), SCRIPT);
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    const none = await rawGet(port, asset);
    assert.equal(none.headers['content-encoding'], undefined);
    assert.equal(none.body.toString('utf8'), SCRIPT);
  });

  it('gives each encoding its own ETag and answers If-None-Match with 304 and no body', async () => {
    const br = await rawGet(port, asset, { 'accept-encoding': 'br' });
    const gz = await rawGet(port, asset, { 'accept-encoding': 'gzip' });
    const plain = await rawGet(port, asset);
    const tags = [br.headers.etag, gz.headers.etag, plain.headers.etag];
    assert.ok(tags.every((tag) => typeof tag === 'string' && /^".+"$/.test(tag)));
    assert.equal(new Set(tags).size, 3);
    const again = await rawGet(port, asset, { 'accept-encoding': 'br', 'if-none-match': br.headers.etag ?? '' });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers.etag, br.headers.etag);
    assert.equal(again.headers['cache-control'], 'public, max-age=31536000, immutable');
    // the gzip tag does not validate the brotli representation
    const other = await rawGet(port, asset, { 'accept-encoding': 'br', 'if-none-match': gz.headers.etag ?? '' });
    assert.equal(other.status, 200);
    assert.equal(other.headers['content-encoding'], 'br');
  });

  it('sends the page compressed with no-cache for every page path, and 304 while it has not changed', async () => {
    for (const path of ['/', '/catalog', '/proposals/p1/versions', '/index.html']) {
      const res = await rawGet(port, path, { 'accept-encoding': 'br' });
      assert.equal(res.status, 200, path);
      assert.equal(res.headers['cache-control'], 'no-cache', path);
      assert.equal(res.headers['content-encoding'], 'br', path);
      assert.match(res.headers['content-type'] ?? '', /text\/html/, path);
      assert.equal(brotliDecompressSync(res.body).toString('utf8'), PAGE, path);
    }
    const first = await rawGet(port, '/catalog', { 'accept-encoding': 'gzip' });
    const again = await rawGet(port, '/catalog', {
      'accept-encoding': 'gzip',
      'if-none-match': first.headers.etag ?? '',
    });
    assert.equal(again.status, 304);
    assert.equal(again.headers['cache-control'], 'no-cache');
    // a rebuilt page gets a new ETag at once (no restart)
    writeFileSync(join(webRoot, 'index.html'), PAGE.replace('aiexports', 'aiexports 2'));
    utimesSync(join(webRoot, 'index.html'), new Date(), new Date(Date.now() + 5_000));
    const rebuilt = await rawGet(port, '/catalog', {
      'accept-encoding': 'gzip',
      'if-none-match': first.headers.etag ?? '',
    });
    assert.equal(rebuilt.status, 200);
    assert.match(gunzipSync(rebuilt.body).toString('utf8'), /aiexports 2/);
  });

  it('sends already-compressed files as they are, and a missing asset as 404 no-store', async () => {
    const png = await rawGet(port, '/assets/logo-Zz9.png', { 'accept-encoding': 'br, gzip' });
    assert.equal(png.status, 200);
    assert.equal(png.headers['content-encoding'], undefined);
    assert.equal(png.headers['content-type'], 'image/png');
    assert.equal(png.body.length, 4096);
    const missing = await rawGet(port, '/assets/index-00000000.js', { 'accept-encoding': 'br' });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['cache-control'], 'no-store');
  });

  it('answers HEAD with the headers and no body, and serves nothing outside the web folder', async () => {
    const head = await rawGet(port, asset, { 'accept-encoding': 'br' }, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-encoding'], 'br');
    assert.equal(head.body.length, 0);
    for (const path of ['/assets/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const res = await rawGet(port, path);
      assert.doesNotMatch(res.body.toString('utf8'), /root:/, path);
    }
  });
});
