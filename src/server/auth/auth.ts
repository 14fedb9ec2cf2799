/** Authentication of the REST API: static bearer tokens (MMNAV_API_TOKENS) and/or OIDC JWTs
 * verified against the issuer's JWKS (MMNAV_OIDC_ISSUER, MMNAV_OIDC_JWKS_URL, MMNAV_OIDC_AUDIENCE). */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { ErrorCode, MmnavError } from "../../model/errors.js";

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
}

export interface AuthConfig {
  /** Accepted static bearer tokens (empty: none). */
  tokens: string[];
  oidc: OidcConfig | null;
  /** Key source for OIDC; defaults to the remote JWKS at `oidc.jwksUrl` (tests pass a local set). */
  jwks?: JWTVerifyGetKey;
}

export const NO_AUTH: AuthConfig = { tokens: [], oidc: null };

export function authEnabled(config: AuthConfig): boolean {
  return config.tokens.length > 0 || config.oidc !== null;
}

/** Reads the auth settings from the environment; a half-configured OIDC is an error, not ignored. */
export function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig {
  const tokens = (env.MMNAV_API_TOKENS ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  for (const t of tokens) {
    if (t.length < 16) {
      throw new MmnavError(
        ErrorCode.CONFIG,
        "each MMNAV_API_TOKENS token must be at least 16 characters long",
      );
    }
  }
  const issuer = env.MMNAV_OIDC_ISSUER?.trim() ?? "";
  const jwksUrl = env.MMNAV_OIDC_JWKS_URL?.trim() ?? "";
  const audience = env.MMNAV_OIDC_AUDIENCE?.trim() ?? "";
  const given = [issuer, jwksUrl, audience].filter((v) => v.length > 0).length;
  if (given > 0 && given < 3) {
    throw new MmnavError(
      ErrorCode.CONFIG,
      "OIDC needs all of MMNAV_OIDC_ISSUER, MMNAV_OIDC_JWKS_URL and MMNAV_OIDC_AUDIENCE",
    );
  }
  if (given === 3) {
    try {
      new URL(jwksUrl);
    } catch {
      throw new MmnavError(ErrorCode.CONFIG, "MMNAV_OIDC_JWKS_URL is not a URL");
    }
  }
  return { tokens, oidc: given === 3 ? { issuer, jwksUrl, audience } : null };
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

export interface Principal {
  kind: "token" | "oidc";
  subject: string | null;
}

/** Returns a function that checks an Authorization header and yields the caller, or throws
 * MmnavError UNAUTHORIZED. Static tokens are compared in constant time. */
export function createAuthenticator(
  config: AuthConfig,
): (authorization: string | undefined) => Promise<Principal> {
  const tokenDigests = config.tokens.map(digest);
  const oidc = config.oidc;
  const keys = oidc ? (config.jwks ?? createRemoteJWKSet(new URL(oidc.jwksUrl))) : null;
  return async (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
    if (!match)
      throw new MmnavError(
        ErrorCode.UNAUTHORIZED,
        "authentication required: send Authorization: Bearer <token>",
      );
    const token = match[1]!;
    const d = digest(token);
    if (tokenDigests.some((t) => timingSafeEqual(t, d))) return { kind: "token", subject: null };
    if (oidc && keys && token.split(".").length === 3) {
      try {
        const { payload } = await jwtVerify(token, keys, { issuer: oidc.issuer, audience: oidc.audience });
        return { kind: "oidc", subject: payload.sub ?? null };
      } catch {
        // fall through: the message must not say which check failed
      }
    }
    throw new MmnavError(ErrorCode.UNAUTHORIZED, "invalid or expired credentials");
  };
}

declare module "fastify" {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** An onRequest hook that requires authentication when any is configured (else lets all through). */
export function requireAuth(config: AuthConfig) {
  if (!authEnabled(config)) return async (_req: FastifyRequest, _reply: FastifyReply) => {};
  const authenticate = createAuthenticator(config);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      req.principal = await authenticate(req.headers.authorization);
    } catch (e) {
      reply.header("www-authenticate", 'Bearer realm="mmnav"');
      throw e;
    }
  };
}
