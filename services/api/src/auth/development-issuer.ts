/**
 * DEVELOPMENT ONLY. Signs sign-in tokens for the demo users so the stack runs without an identity provider.
 * It is switched on only when no OIDC issuer is configured (OIDC_ISSUER); a production deployment sets one and
 * this issuer is never created. Tokens are verified exactly like an identity provider's: by signature against the
 * JWKS this issuer publishes, issuer, audience and algorithm.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, importPKCS8, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';

export const DEVELOPMENT_ISSUER = 'urn:smg:development-issuer';
export const DEVELOPMENT_AUDIENCE = 'urn:smg:api';
export const DEVELOPMENT_ALGORITHM = 'ES256';
/** A working day; the frontends drop a stored token once it has expired and ask the user to sign in again. */
const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

export interface DevelopmentTokenOptions {
  /** Overrides for tests that need tokens the API must refuse. */
  audience?: string;
  issuer?: string;
  expiresAt?: Date;
}

export class DevelopmentIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
  ) {}

  /**
   * A fresh key pair per process unless DEV_JWT_PRIVATE_KEY (PKCS#8 PEM, P-256) is given, which keeps tokens valid
   * across API restarts.
   */
  static async create(privateKeyPem = process.env.DEV_JWT_PRIVATE_KEY): Promise<DevelopmentIssuer> {
    const privateKey = privateKeyPem
      ? await importPKCS8(privateKeyPem, DEVELOPMENT_ALGORITHM, { extractable: true })
      : (await generateKeyPair(DEVELOPMENT_ALGORITHM, { extractable: true })).privateKey;
    const { d: _secret, ...publicPart } = await exportJWK(privateKey);
    const publicJwk: JWK = { ...publicPart, kid: randomUUID(), alg: DEVELOPMENT_ALGORITHM, use: 'sig' };
    return new DevelopmentIssuer(privateKey, publicJwk);
  }

  /** Served at /.well-known/jwks.json. */
  jwks(): JSONWebKeySet {
    return { keys: [this.publicJwk] };
  }

  /** `sub` is the app_user id; roles are deliberately not in the token (they are read from the database). */
  async sign(user: { id: string; email: string; name: string }, options: DevelopmentTokenOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const expiresAt = options.expiresAt ? Math.floor(options.expiresAt.getTime() / 1000) : now + TOKEN_LIFETIME_SECONDS;
    return new SignJWT({ email: user.email, name: user.name })
      .setProtectedHeader({ alg: DEVELOPMENT_ALGORITHM, kid: this.publicJwk.kid, typ: 'JWT' })
      .setIssuer(options.issuer ?? DEVELOPMENT_ISSUER)
      .setAudience(options.audience ?? DEVELOPMENT_AUDIENCE)
      .setSubject(user.id)
      .setIssuedAt(Math.min(now, expiresAt - 1))
      .setExpirationTime(expiresAt)
      .sign(this.privateKey);
  }
}
