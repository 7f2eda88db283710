import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { UserRole } from '@smg/db';
import express from 'express';
import { SignJWT, UnsecuredJWT, createRemoteJWKSet, exportJWK, exportSPKI, generateKeyPair, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, DevelopmentIssuer } from '../src/auth/development-issuer.js';
import { ASYMMETRIC_ALGORITHMS, authConfigFromEnv } from '../src/auth/authentication.js';
import { createApp, startApiServer, type ApiApp, type RunningApiServer } from '../src/server.js';
import { errorCodes, startTestApi, temporalAddress, type Result, type TestApi } from './support.js';

const ME = 'query { me { id name email municipality { name } roles { role unit { name } administration { name } } } }';

async function post<T = any>(url: string, query: string, variables?: object, token?: string): Promise<{ status: number; body: Result<T> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Result<T> };
}

describe('sign-in', () => {
  let t: TestApi;
  let http: RunningApiServer;

  beforeAll(async () => {
    t = await startTestApi();
    http = await startApiServer({ port: 0, databaseUrl: t.db.appUrl, temporalAddress: temporalAddress(), host: '127.0.0.1' });
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
  });

  it('over HTTP: lists the demo users, signs one in, and knows them by the token, which the published JWKS verifies', async () => {
    const users = await post(http.url, '{ devUsers { id email roles { role unit { name } } } }');
    expect(users.status).toBe(200);
    const manager = users.body.data!.devUsers.find((u: any) => u.email === t.org.users.unitManager.email);
    expect(manager.roles).toEqual([{ role: 'UNIT_MANAGER', unit: { name: 'Biblioteket' } }]);

    const signIn = await post(http.url, 'mutation($id: ID!) { devSignIn(userId: $id) { token user { name } } }', { id: manager.id });
    const { token, user } = signIn.body.data!.devSignIn;
    expect(user.name).toBe('Ulf Enhetschef');

    const me = await post(http.url, ME, undefined, token);
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data!.me).toMatchObject({ id: manager.id, municipality: { name: 'Demokommun' } });

    const { payload, protectedHeader } = await jwtVerify(token, createRemoteJWKSet(new URL(http.jwksUrl)), {
      issuer: DEVELOPMENT_ISSUER,
      audience: DEVELOPMENT_AUDIENCE,
      algorithms: ['ES256'],
    });
    expect(protectedHeader.alg).toBe('ES256');
    expect(payload.sub).toBe(manager.id);
    expect(payload).not.toHaveProperty('roles');

    const anonymous = await post(http.url, ME);
    expect(anonymous.status).toBe(200);
    expect(errorCodes(anonymous.body)).toEqual(['UNAUTHENTICATED']);
    const expired = await post(http.url, ME, undefined, await t.api.authenticator.developmentIssuer!.sign(t.org.users.editor, { expiresAt: new Date(Date.now() - 1000) }));
    expect(errorCodes(expired.body)).toEqual(['UNAUTHENTICATED']);
  });

  it('reads roles from the database on every request, not from the token', async () => {
    const token = await t.tokenFor('editor');
    const before = await t.runWithHeader<any>(`Bearer ${token}`, ME);
    expect(before.data!.me.roles).toEqual([{ role: 'EDITOR', unit: { name: 'Biblioteket' }, administration: null }]);

    const roles = t.db.dataSource.getRepository(UserRole);
    const granted = await roles.save(roles.create({ userId: t.org.users.editor.id, role: 'UNIT_MANAGER', unitId: t.org.units.youthCentres.id }));
    try {
      const after = await t.runWithHeader<any>(`Bearer ${token}`, ME);
      expect(after.data!.me.roles.map((r: any) => `${r.role}@${r.unit.name}`).sort()).toEqual(['EDITOR@Biblioteket', 'UNIT_MANAGER@Fritidsgårdarna']);
    } finally {
      await roles.delete(granted.id);
    }
  });

  it('refuses signed-in fields without a valid token, saying why, while public fields still answer', async () => {
    const issuer = t.api.authenticator.developmentIssuer!;
    const editor = t.org.users.editor;
    const stranger = await DevelopmentIssuer.create();
    const { privateKey: otherKey } = await generateKeyPair('ES256');
    const cases: Array<[string, string | null, RegExp]> = [
      ['no token', null, /logga in/],
      ['not a bearer token', 'Basic ZWxpbjpoZW1saWd0', /Bearer/],
      ['garbage', 'Bearer not.a.jwt', /kunde inte verifieras/],
      ['expired', `Bearer ${await issuer.sign(editor, { expiresAt: new Date(Date.now() - 60_000) })}`, /gått ut/],
      ['wrong audience', `Bearer ${await issuer.sign(editor, { audience: 'urn:some-other-api' })}`, /kunde inte verifieras/],
      ['wrong issuer', `Bearer ${await issuer.sign(editor, { issuer: 'https://idp.example' })}`, /kunde inte verifieras/],
      ['signed by another issuer’s key', `Bearer ${await stranger.sign(editor)}`, /kunde inte verifieras/],
      [
        'signed by an unknown key with the right claims',
        `Bearer ${await new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).setIssuer(DEVELOPMENT_ISSUER).setAudience(DEVELOPMENT_AUDIENCE).setSubject(editor.id).setExpirationTime('1h').sign(otherKey)}`,
        /kunde inte verifieras/,
      ],
      [
        'unsigned (alg none)',
        `Bearer ${new UnsecuredJWT({}).setIssuer(DEVELOPMENT_ISSUER).setAudience(DEVELOPMENT_AUDIENCE).setSubject(editor.id).setExpirationTime('1h').encode()}`,
        /kunde inte verifieras/,
      ],
      ['a user who does not exist', `Bearer ${await issuer.sign({ id: randomUUID(), email: 'x@example.org', name: 'X' })}`, /finns inte/],
    ];
    for (const [name, header, message] of cases) {
      for (const query of [ME, '{ accounts { total } }', '{ units { id } }', '{ notifications { id } }']) {
        const result = await t.runWithHeader(header, query);
        expect(errorCodes(result), `${name}: ${query}`).toEqual(['UNAUTHENTICATED']);
        expect(result.errors![0].message, name).toMatch(message);
        expect(result.data, name).toBeNull();
      }
      const publicFields = await t.runWithHeader<any>(header, '{ register { displayName } checklistQuestions { key } devUsers { id } }');
      expect(publicFields.errors, name).toBeUndefined();
      expect(publicFields.data!.checklistQuestions).toHaveLength(11);
    }
  });
});

describe('sign-in through a configured OIDC issuer', () => {
  let t: TestApi;
  let oidc: ApiApp;
  let idp: Server;
  let idpUrl: string;
  let signingKey: CryptoKey;
  let publicKey: CryptoKey;
  let publicJwkJson: string;

  beforeAll(async () => {
    t = await startTestApi();
    // A minimal identity provider: discovery document and key set, as a real one publishes them.
    const keys = await generateKeyPair('RS256', { extractable: true });
    signingKey = keys.privateKey;
    publicKey = keys.publicKey;
    const publicJwk = { ...(await exportJWK(keys.publicKey)), kid: 'idp-key-1', alg: 'RS256', use: 'sig' };
    publicJwkJson = JSON.stringify(publicJwk);
    const app = express();
    app.get('/.well-known/openid-configuration', (_req, res) => res.json({ issuer: idpUrl, jwks_uri: `${idpUrl}/keys` }));
    app.get('/keys', (_req, res) => res.json({ keys: [publicJwk] }));
    idp = createServer(app);
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    idpUrl = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
    oidc = await createApp({
      dataSource: t.appDataSource,
      temporal: t.temporal,
      auth: { mode: 'oidc', issuer: idpUrl, audience: 'smg-production', algorithms: ['RS256'] },
    });
  });
  afterAll(async () => {
    await oidc?.stop();
    if (idp) await new Promise((resolve) => idp.close(resolve));
    await t?.close();
  });

  const idpToken = (claims: Record<string, unknown>, audience = 'smg-production') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'idp-key-1' })
      .setIssuer(idpUrl)
      .setAudience(audience)
      .setSubject(String(claims.sub ?? randomUUID()))
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(signingKey);

  async function me(token: string) {
    const response = await oidc.server.executeOperation({ query: ME }, { contextValue: await oidc.contextFor(`Bearer ${token}`) });
    return response.body.kind === 'single' ? (response.body.singleResult as Result<any>) : null!;
  }

  it('maps the identity provider’s user to app_user by e-mail and takes the roles from the database', async () => {
    const result = await me(await idpToken({ email: 'Klara.Kommunikator@demokommun.se', email_verified: true }));
    expect(result.errors).toBeUndefined();
    expect(result.data!.me).toMatchObject({ name: 'Klara Kommunikatör', roles: [{ role: 'COMMUNICATIONS', unit: null, administration: null }] });
  });

  it('refuses a wrong audience, an unverified e-mail, and the development issuer’s tokens; development sign-in is off', async () => {
    expect(errorCodes(await me(await idpToken({ email: 'klara.kommunikator@demokommun.se' }, 'urn:other')))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await me(await idpToken({ email: 'klara.kommunikator@demokommun.se', email_verified: false })))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await me(await t.tokenFor('communications')))).toEqual(['UNAUTHENTICATED']);

    const context = await oidc.contextFor(null);
    const users = await oidc.server.executeOperation({ query: '{ devUsers { id } }' }, { contextValue: context });
    expect(users.body.kind === 'single' && users.body.singleResult.data).toEqual({ devUsers: [] });
    const signIn = await oidc.server.executeOperation(
      { query: 'mutation($id: ID!) { devSignIn(userId: $id) { token } }', variables: { id: t.org.users.editor.id } },
      { contextValue: await oidc.contextFor(null) },
    );
    expect(signIn.body.kind === 'single' && errorCodes(signIn.body.singleResult)).toEqual(['FORBIDDEN']);
  });

  it('refuses alg none, HS256 signed with the public key (HS/RS confusion), a wrong issuer or audience, an expired token and an unknown key id', async () => {
    const email = 'klara.kommunikator@demokommun.se';
    const good = await idpToken({ email, email_verified: true });
    expect((await me(good)).errors).toBeUndefined();
    const claims = (jwt: SignJWT) => jwt.setIssuer(idpUrl).setAudience('smg-production').setSubject(randomUUID()).setIssuedAt().setExpirationTime('10m');
    const secretFrom = (text: string) => new TextEncoder().encode(text);
    const { privateKey: otherKey } = await generateKeyPair('RS256');
    const { privateKey: rs512Key } = await generateKeyPair('RS512');
    const cases: Array<[string, string]> = [
      ['alg none', new UnsecuredJWT({ email, email_verified: true }).setIssuer(idpUrl).setAudience('smg-production').setSubject(randomUUID()).setIssuedAt().setExpirationTime('10m').encode()],
      ['HS256 with the public key (PEM) as secret', await claims(new SignJWT({ email, email_verified: true }).setProtectedHeader({ alg: 'HS256', kid: 'idp-key-1' })).sign(secretFrom(await exportSPKI(publicKey)))],
      ['HS256 with the public JWK as secret', await claims(new SignJWT({ email, email_verified: true }).setProtectedHeader({ alg: 'HS256', kid: 'idp-key-1' })).sign(secretFrom(publicJwkJson))],
      ['wrong issuer', await new SignJWT({ email, email_verified: true }).setProtectedHeader({ alg: 'RS256', kid: 'idp-key-1' }).setIssuer('https://evil.example').setAudience('smg-production').setSubject('x').setExpirationTime('10m').sign(signingKey)],
      ['wrong audience', await idpToken({ email, email_verified: true }, 'urn:another-api')],
      ['expired', await new SignJWT({ email, email_verified: true }).setProtectedHeader({ alg: 'RS256', kid: 'idp-key-1' }).setIssuer(idpUrl).setAudience('smg-production').setSubject('x').setIssuedAt(Math.floor(Date.now() / 1000) - 3600).setExpirationTime(Math.floor(Date.now() / 1000) - 600).sign(signingKey)],
      ['unknown key id, signed by the right key', await claims(new SignJWT({ email, email_verified: true }).setProtectedHeader({ alg: 'RS256', kid: 'idp-key-999' })).sign(signingKey)],
      ['unknown key id and key', await claims(new SignJWT({ email, email_verified: true }).setProtectedHeader({ alg: 'RS256', kid: 'idp-key-2' })).sign(otherKey)],
      ['RS512 (not in the allowlist)', await claims(new SignJWT({ email, email_verified: true }).setProtectedHeader({ alg: 'RS512', kid: 'idp-key-1' })).sign(rs512Key)],
    ];
    for (const [name, token] of cases) {
      const result = await me(token);
      expect(errorCodes(result), name).toEqual(['UNAUTHENTICATED']);
      expect(result.errors![0].message, name).toMatch(name === 'expired' ? /gått ut/ : /kunde inte verifieras/);
      expect(result.data, name).toBeNull();
    }
  });

  it('only accepts an explicit allowlist of asymmetric algorithms from the configuration', async () => {
    const base = { OIDC_ISSUER: 'https://idp.example', OIDC_AUDIENCE: 'smg' };
    expect(await authConfigFromEnv(base)).toMatchObject({ mode: 'oidc', algorithms: ['RS256', 'ES256'] });
    expect(await authConfigFromEnv({ ...base, OIDC_ALGORITHMS: 'PS256, ES384' })).toMatchObject({ algorithms: ['PS256', 'ES384'] });
    for (const refused of ['none', 'HS256', 'RS256,HS512', 'rs256', '']) {
      await expect(authConfigFromEnv({ ...base, OIDC_ALGORITHMS: refused }), refused).rejects.toThrow(/OIDC_ALGORITHMS/);
    }
    expect(ASYMMETRIC_ALGORITHMS).not.toContain('none');
    expect(ASYMMETRIC_ALGORITHMS.some((alg) => alg.startsWith('HS'))).toBe(false);
    // The constructor checks too, for configurations built in code.
    await expect(createApp({ dataSource: t.appDataSource, temporal: t.temporal, auth: { mode: 'oidc', issuer: idpUrl, audience: 'a', algorithms: ['HS256'] } })).rejects.toThrow(/HS256/);
  });
});
