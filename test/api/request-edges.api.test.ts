import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { CatalogPackageResponse, CatalogResponse } from '../../src/http/routes/catalog/catalog.schemas.ts';
import type { ProposalResponse } from '../../src/http/routes/proposals/proposals.schemas.ts';
import type { ListImportResult } from '../../src/http/routes/screening/screening.schemas.ts';
import { buildCall } from '../builders/build-call.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { buildProposalContent } from '../builders/build-proposal-content.ts';
import { type BuiltUser, buildUser } from '../builders/build-user.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

/** Small limits, so the tests send little. */
const LIMITS = { defaultBytes: 64 * 1024, listImportBytes: 1024 * 1024 };
const HEADER = 'id,name,aliases,type,countries,source';
/** A watchlist file between the two limits (about 100 KiB). */
const LARGE_WATCHLIST = `${HEADER}\n${Array.from(
  { length: 1500 },
  (_, index) => `W-${index},Edge Test Trading Company Number ${index} LLC,,company,AE,Agency watchlist`,
).join('\n')}\n`;

type RawResponse = { status: number; head: string; body: string };

/** Reads one HTTP/1.1 response (with a Content-Length) from a socket: the status, the head and the body. */
const readResponse = (socket: ReturnType<typeof connect>): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = received.subarray(0, end).toString('latin1');
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (received.length < end + 4 + length) return;
      socket.off('data', onData);
      const status = Number(head.slice(9, 12));
      resolve({ status, head, body: received.subarray(end + 4, end + 4 + length).toString('utf8') });
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error(`connection closed after ${received.length} bytes`)));
  });

const opened = (port: number) =>
  new Promise<ReturnType<typeof connect>>((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' }, () => resolve(socket));
    socket.once('error', reject);
  });

const errorCode = (body: string): string => (JSON.parse(body) as ErrorBody).error.code;

for (const engine of testDatabases()) {
  describe(`HTTP edges on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let webRoot: string;
    let server: ReturnType<typeof serve>;
    let port: number;
    let applicant: BuiltUser;
    let compliance: BuiltUser;
    let consortium: BuiltConsortium;
    let legacyId: string;

    before(async () => {
      database = await engine.open();
      webRoot = mkdtempSync(join(tmpdir(), 'aiexports-web-'));
      mkdirSync(join(webRoot, 'assets'));
      writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>aiexports</title><div id="root"></div>');
      writeFileSync(join(webRoot, 'assets', 'index-3f9a1c.js'), 'console.log("app")');
      t = await buildTestApp(database, { bodyLimits: LIMITS, webRoot });
      await buildCall(t);
      server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      port = (server.address() as AddressInfo).port;
      consortium = await buildConsortium(t);
      applicant = consortium.anchor;
      compliance = await buildUser(t, { role: 'compliance_officer' });
      const officers = {
        programOfficer: await buildUser(t, { role: 'program_officer' }),
        decisionMaker: await buildUser(t, { role: 'decision_maker' }),
      };
      await buildProposal(t, {
        consortium,
        status: 'designated',
        ...officers,
        content: {
          title: 'Public Edge Stack',
          summary: 'CONFIDENTIAL-SUMMARY',
          targets: ['KE'],
          operatingModel: { operator: { name: 'CONFIDENTIAL-OPERATOR', country: 'KE' }, description: 'x' },
          bci: ['summary', 'operatingModel', 'layers.hardware.*.valueUsd'],
        },
      });
      // a package stored before a confidential title was refused: its version marks the title confidential
      const legacy = await buildProposal(t, {
        consortium,
        status: 'designated',
        ...officers,
        content: { title: 'CONFIDENTIAL-TITLE', targets: ['KE'] },
      });
      legacyId = legacy.id;
      await sql`ALTER TABLE proposal_versions DISABLE TRIGGER proposal_versions_frozen`.execute(database.db);
      await sql`UPDATE proposal_versions SET content = jsonb_set(content, '{bci}', '["title"]')
                WHERE proposal_id = ${legacyId}`.execute(database.db);
      await sql`ALTER TABLE proposal_versions ENABLE TRIGGER proposal_versions_frozen`.execute(database.db);
    });
    after(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
      rmSync(webRoot, { recursive: true, force: true });
    });

    describe('body limits', () => {
      it('answers 413 from Content-Length before any of the body is sent', async () => {
        const socket = await opened(port);
        const response = readResponse(socket);
        socket.write(
          'POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
            'Content-Length: 500000000\r\n\r\n',
        );
        const { status, head, body } = await response;
        socket.destroy();
        assert.equal(status, 413);
        assert.equal(errorCode(body), 'payload_too_large');
        assert.match(head, /\r\ncache-control: no-store/i);
      });

      it('cuts a chunked body without length off at the limit while it streams', async () => {
        const socket = await opened(port);
        const response = readResponse(socket);
        socket.on('error', () => {}); // the server may close while chunks are still on their way
        socket.write(
          'POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
            'Transfer-Encoding: chunked\r\n\r\n',
        );
        const chunk = `{"email":"${'a'.repeat(16 * 1024)}`;
        // five 16 KiB chunks pass the 64 KiB limit; the body is never finished (no last chunk)
        for (let index = 0; index < 5 && !socket.destroyed; index += 1) {
          socket.write(`${Buffer.byteLength(chunk).toString(16)}\r\n${chunk}\r\n`);
        }
        const { status, body } = await response;
        socket.destroy();
        assert.equal(status, 413);
        assert.equal(errorCode(body), 'payload_too_large');
      });

      it('reads a chunked body under the limit as usual', async () => {
        const socket = await opened(port);
        const response = readResponse(socket);
        const json = JSON.stringify({ email: applicant.email, password: 'test-password-2026' });
        socket.write(
          'POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
            `Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n${Buffer.byteLength(json).toString(16)}\r\n${json}\r\n0\r\n\r\n`,
        );
        const { status } = await response;
        socket.destroy();
        assert.equal(status, 200);
      });

      it('takes a list import above the default limit from a signed-in caller who may import lists', async () => {
        assert.ok(LARGE_WATCHLIST.length > LIMITS.defaultBytes && LARGE_WATCHLIST.length < LIMITS.listImportBytes);
        const body = { source: 'watchlist:edges', format: 'watchlist', content: LARGE_WATCHLIST };
        const anonymous = await t.client().send<ErrorBody>('POST', '/api/v1/lists/import', body);
        assert.equal(anonymous.status, 413);
        assert.equal(anonymous.body.error.code, 'payload_too_large');
        const notAllowed = await applicant.client.send<ErrorBody>('POST', '/api/v1/lists/import', body);
        assert.equal(notAllowed.status, 413);
        const imported = await compliance.client.send<ListImportResult>('POST', '/api/v1/lists/import', body);
        assert.equal(imported.status, 201);
        assert.equal(imported.body.version.entryCount, 1500);
        // the larger limit is for that route only
        const draft = await applicant.client.send<ErrorBody>('POST', '/api/v1/proposals', {
          consortiumId: consortium.id,
          content: { ...buildProposalContent(), summary: 'x'.repeat(LIMITS.defaultBytes) },
        });
        assert.equal(draft.status, 413);
      });

      it('refuses a list import above its own limit from Content-Length', async () => {
        const socket = await opened(port);
        const response = readResponse(socket);
        socket.write(
          'POST /api/v1/lists/import HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
            `Content-Length: ${LIMITS.listImportBytes + 1}\r\n\r\n`,
        );
        const { status } = await response;
        socket.destroy();
        assert.equal(status, 413);
      });
    });

    describe('bad input', () => {
      const post = (path: string, body: BodyInit, headers: Record<string, string>) =>
        t.app.fetch(new Request(`http://test.local${path}`, { method: 'POST', body, headers }));

      it('answers malformed JSON with 400, not 500', async () => {
        for (const text of ['{"email":', '{"email": "a@b.c",}', 'not json']) {
          const response = await post('/api/v1/auth/login', text, { 'content-type': 'application/json' });
          assert.equal(response.status, 400, text);
          const body = (await response.json()) as ErrorBody;
          assert.equal(body.error.code, 'invalid_input');
          assert.deepEqual(fieldErrorPaths(body), ['body']);
        }
        const empty = await post('/api/v1/auth/login', '', { 'content-type': 'application/json' });
        assert.equal(empty.status, 400);
        assert.equal(((await empty.json()) as ErrorBody).error.code, 'invalid_input');
      });

      it('answers a wrong or missing content type on a JSON route with 415', async () => {
        const json = JSON.stringify({ email: 'a@b.c', password: 'x' });
        for (const headers of [
          { 'content-type': 'text/plain' },
          { 'content-type': 'application/x-www-form-urlencoded' },
        ]) {
          const response = await post('/api/v1/auth/login', json, headers);
          assert.equal(response.status, 415, headers['content-type']);
          assert.equal(((await response.json()) as ErrorBody).error.code, 'unsupported_media_type');
        }
        const missing = await post('/api/v1/auth/login', new TextEncoder().encode(json), {});
        assert.equal(missing.status, 415);
      });

      it('refuses a NUL character in the body with 400 naming the field', async () => {
        const content = { ...buildProposalContent(), title: 'Stack\u0000Title' };
        const created = await applicant.client.send<ErrorBody>('POST', '/api/v1/proposals', {
          consortiumId: consortium.id,
          content,
        });
        assert.equal(created.status, 400);
        assert.equal(created.body.error.code, 'invalid_input');
        assert.deepEqual(fieldErrorPaths(created.body), ['body.content.title']);
        const login = await t.client().login('someone\u0000@example.com');
        assert.equal(login.status, 400);
      });

      it('refuses a lone surrogate in the body with 400 naming the field', async () => {
        const response = await post('/api/v1/auth/login', '{"email":"a\\ud800@b.c","password":"x"}', {
          'content-type': 'application/json',
        });
        assert.equal(response.status, 400);
        const body = (await response.json()) as ErrorBody;
        assert.deepEqual(fieldErrorPaths(body), ['body.email']);
        assert.match(body.error.message, /lone surrogate/);
      });

      it('refuses a NUL character in a path parameter or the query with 400 naming it', async () => {
        const anonymous = t.client();
        const path = await anonymous.get<ErrorBody>('/api/v1/catalog/%00');
        assert.equal(path.status, 400);
        assert.deepEqual(fieldErrorPaths(path.body), ['path.id']);
        const query = await anonymous.get<ErrorBody>('/api/v1/catalog?q=a%00b');
        assert.equal(query.status, 400);
        assert.deepEqual(fieldErrorPaths(query.body), ['query.q']);
        const draft = await applicant.client.send<ErrorBody>('PUT', '/api/v1/proposals/x%00y/draft', {
          content: buildProposalContent(),
        });
        assert.equal(draft.status, 400);
        assert.deepEqual(fieldErrorPaths(draft.body), ['path.id']);
      });
    });

    describe('response headers', () => {
      it('sends Cache-Control no-store on API responses, no-cache on the page, and caches only hashed assets', async () => {
        const get = (path: string) => t.app.fetch(new Request(`http://test.local${path}`));
        for (const path of ['/api/health', '/api/v1/catalog', '/api/v1/proposals', '/api/nothing']) {
          assert.equal((await get(path)).headers.get('cache-control'), 'no-store', path);
        }
        for (const path of ['/', '/catalog']) {
          assert.equal((await get(path)).headers.get('cache-control'), 'no-cache', path);
        }
        const page = await get('/catalog');
        assert.match(page.headers.get('content-type') ?? '', /text\/html/);
        const asset = await get('/assets/index-3f9a1c.js');
        assert.equal(asset.status, 200);
        assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
        const missing = await get('/assets/index-000000.js');
        assert.equal(missing.status, 404);
        assert.equal(missing.headers.get('cache-control'), 'no-store');
      });

      it('forbids framing and limits base URIs and form targets in the CSP', async () => {
        for (const path of ['/', '/api/health']) {
          const csp = (await t.app.fetch(new Request(`http://test.local${path}`))).headers.get(
            'content-security-policy',
          );
          assert.match(csp ?? '', /frame-ancestors 'none'/, path);
          assert.match(csp ?? '', /base-uri 'self'/, path);
          assert.match(csp ?? '', /form-action 'self'/, path);
        }
      });
    });

    describe('confidential text', () => {
      it('refuses a title marked confidential with 400 naming the mark', async () => {
        const created = await applicant.client.send<ProposalResponse>('POST', '/api/v1/proposals', {
          consortiumId: consortium.id,
          content: buildProposalContent(),
        });
        assert.equal(created.status, 201);
        const saved = await applicant.client.send<ErrorBody>(
          'PUT',
          `/api/v1/proposals/${created.body.proposal.id}/draft`,
          { content: buildProposalContent({ bci: ['financing', 'title'] }) },
        );
        assert.equal(saved.status, 400);
        assert.equal(saved.body.error.code, 'invalid_input');
        assert.deepEqual(fieldErrorPaths(saved.body), ['content.bci.1']);
        assert.match(saved.body.error.message, /title/);
      });

      it('never shows confidential text in the catalog, not even a title stored as confidential', async () => {
        const anonymous = t.client();
        const list = await anonymous.get<CatalogResponse>('/api/v1/catalog');
        assert.equal(list.status, 200);
        assert.equal(list.body.packages.length, 2);
        assert.ok(!JSON.stringify(list.body).includes('CONFIDENTIAL'), 'no confidential value in the list');
        const legacy = await anonymous.get<CatalogPackageResponse>(`/api/v1/catalog/${legacyId}`);
        assert.equal(legacy.status, 200);
        assert.equal(legacy.body.package.title, '');
        assert.ok(!JSON.stringify(legacy.body).includes('CONFIDENTIAL'));
        const search = await anonymous.get<CatalogResponse>('/api/v1/catalog?q=confidential');
        assert.deepEqual(search.body.packages, []);
      });
    });
  });
}
