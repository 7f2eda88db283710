import type { Actor } from '@smg/domain';
import { User } from '@smg/db';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { DataSource } from 'typeorm';
import { DEVELOPMENT_ALGORITHM, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, DevelopmentIssuer } from './development-issuer.js';
import { isId } from '../validation.js';

/**
 * Who is calling. Tokens prove identity only; what the person may do comes from their role assignments in the
 * database (user_role), so a role change takes effect on the next request rather than when a token expires.
 */
export type AuthConfig =
  | { mode: 'development'; issuer: DevelopmentIssuer }
  | {
      mode: 'oidc';
      issuer: string;
      audience: string;
      /** Accepted signature algorithms; anything else (notably `none` and HMAC) is refused. */
      algorithms: string[];
      /** Overrides discovery through the issuer's /.well-known/openid-configuration. */
      jwksUri?: string;
    };

/**
 * The only signature algorithms an OIDC issuer may be configured with: asymmetric ones, so `none` and HMAC (whose
 * "secret" an attacker could take from the public JWKS: HS/RS confusion) can never be allowed by configuration.
 */
export const ASYMMETRIC_ALGORITHMS: readonly string[] = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

function checkedAlgorithms(algorithms: string[]): string[] {
  const refused = algorithms.filter((alg) => !ASYMMETRIC_ALGORITHMS.includes(alg));
  if (algorithms.length === 0 || refused.length > 0) {
    throw new Error(
      `OIDC_ALGORITHMS must list asymmetric signature algorithms only (${ASYMMETRIC_ALGORITHMS.join(', ')}); refused: ${refused.join(', ') || '(empty list)'}`,
    );
  }
  return algorithms;
}

/** The OIDC issuer when OIDC_ISSUER is set; otherwise the development issuer (DEVELOPMENT ONLY). */
export async function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<AuthConfig> {
  if (env.OIDC_ISSUER) {
    if (!env.OIDC_AUDIENCE) throw new Error('OIDC_AUDIENCE must be set together with OIDC_ISSUER');
    return {
      mode: 'oidc',
      issuer: env.OIDC_ISSUER,
      audience: env.OIDC_AUDIENCE,
      algorithms: checkedAlgorithms((env.OIDC_ALGORITHMS ?? 'RS256,ES256').split(',').map((a) => a.trim()).filter(Boolean)),
      jwksUri: env.OIDC_JWKS_URI || undefined,
    };
  }
  return { mode: 'development', issuer: await DevelopmentIssuer.create() };
}

export interface Authentication {
  actor: Actor | null;
  user: User | null;
  /** Why a presented token was refused; null when no token was presented or it was accepted. */
  error: string | null;
}

const ANONYMOUS: Authentication = { actor: null, user: null, error: null };

export class Authenticator {
  private keySet: Promise<JWTVerifyGetKey> | null = null;
  /** The development issuer's keys, imported once: importing an EC key on every request cost more than the query. */
  private localKeySet: JWTVerifyGetKey | null = null;

  constructor(
    readonly config: AuthConfig,
    private readonly dataSource: DataSource,
  ) {
    if (config.mode === 'oidc') checkedAlgorithms(config.algorithms);
  }

  /** The development issuer when it is on, so the sign-in resolvers and the JWKS route can use it. */
  get developmentIssuer(): DevelopmentIssuer | null {
    return this.config.mode === 'development' ? this.config.issuer : null;
  }

  async authenticate(authorizationHeader: string | undefined | null): Promise<Authentication> {
    if (!authorizationHeader) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorizationHeader.trim());
    if (!match) return { ...ANONYMOUS, error: 'Ogiltigt Authorization-huvud; ange "Bearer <token>".' };

    let payload: JWTPayload;
    try {
      payload = await this.verify(match[1]);
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ...ANONYMOUS, error: 'Inloggningen har gått ut. Logga in igen.' };
      return { ...ANONYMOUS, error: 'Inloggningen kunde inte verifieras.' };
    }
    const user = await this.findUser(payload);
    if (!user) return { ...ANONYMOUS, error: 'Användaren finns inte i systemet.' };
    return { actor: actorOf(user), user, error: null };
  }

  private async verify(token: string): Promise<JWTPayload> {
    if (this.config.mode === 'development') {
      this.localKeySet ??= createLocalJWKSet(this.config.issuer.jwks());
      const { payload } = await jwtVerify(token, this.localKeySet, {
        issuer: DEVELOPMENT_ISSUER,
        audience: DEVELOPMENT_AUDIENCE,
        algorithms: [DEVELOPMENT_ALGORITHM],
        requiredClaims: ['sub', 'exp'],
      });
      return payload;
    }
    const { payload } = await jwtVerify(token, await this.remoteKeySet(), {
      issuer: this.config.issuer,
      audience: this.config.audience,
      algorithms: this.config.algorithms,
      requiredClaims: ['sub', 'exp'],
    });
    return payload;
  }

  /** Discovered once; a failed discovery is retried on the next request instead of being cached. */
  private remoteKeySet(): Promise<JWTVerifyGetKey> {
    if (this.config.mode !== 'oidc') throw new Error('remote key set is only used with an OIDC issuer');
    const config = this.config;
    this.keySet ??= (async () => {
      let jwksUri = config.jwksUri;
      if (!jwksUri) {
        const response = await fetch(`${config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
        if (!response.ok) throw new Error(`OIDC discovery failed with HTTP ${response.status}`);
        jwksUri = ((await response.json()) as { jwks_uri?: string }).jwks_uri;
        if (!jwksUri) throw new Error('the OIDC discovery document has no jwks_uri');
      }
      return createRemoteJWKSet(new URL(jwksUri));
    })();
    return this.keySet.catch((error) => {
      this.keySet = null;
      throw error;
    });
  }

  /** The signed-in user: by id with the development issuer; otherwise by the subject claim, then by a verified address. */
  private async findUser(payload: JWTPayload): Promise<User | null> {
    const subject = payload.sub!;
    if (this.config.mode === 'development') return isId(subject) ? this.userWhere('u.id = $1', subject) : null;
    const bySubject = await this.userWhere('u."externalSubject" = $1', subject);
    if (bySubject) return bySubject;
    // An identity provider that says the address is unverified cannot be trusted to name the person.
    const email = typeof payload.email === 'string' && payload.email_verified !== false ? payload.email.trim().toLowerCase() : null;
    if (!email) return null;
    return this.userWhere('lower(u.email) = $1', email);
  }

  /** The user with their roles in one plain statement (no TypeORM join to hydrate): it runs on every request. */
  private async userWhere(condition: string, value: string): Promise<User | null> {
    const [user] = await this.dataSource.query<User[]>(
      `select u.*, coalesce(json_agg(r.*) filter (where r.id is not null), '[]') as roles
         from app_user u left join user_role r on r."userId" = u.id where ${condition} group by u.id`,
      [value],
    );
    return user ?? null;
  }
}

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    municipalityId: user.municipalityId,
    name: user.name,
    roles: (user.roles ?? []).map((r) => ({ role: r.role, unitId: r.unitId, administrationId: r.administrationId })),
  };
}
