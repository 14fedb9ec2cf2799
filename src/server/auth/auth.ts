/** Authentication of the REST API: static bearer tokens (MMNAV_API_TOKENS) and/or OIDC JWTs
 * verified against the issuer's JWKS (MMNAV_OIDC_ISSUER, MMNAV_OIDC_JWKS_URL, MMNAV_OIDC_AUDIENCE).
 * Every caller acts for one organisation: a static token names it (`org-a:token`; a bare token is
 * the default organisation), an OIDC token carries it in a claim (MMNAV_OIDC_ORGANISATION_CLAIM). */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { ErrorCode, MmnavError } from "../../model/errors.js";
import { DEFAULT_ORGANISATION } from "../../store/migrations.js";
import { ORGANISATION_PATTERN } from "./organisation.js";

export { DEFAULT_ORGANISATION, ORGANISATION_PATTERN };

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** The claim naming the caller's organisation; absent: every OIDC caller is in the default one. */
  organisationClaim?: string;
}

/** A static token and the organisation it acts for. */
export interface StaticToken {
  token: string;
  organisation: string;
}

export interface AuthConfig {
  /** Accepted static bearer tokens (empty: none); a bare string is in the default organisation. */
  tokens: (string | StaticToken)[];
  oidc: OidcConfig | null;
  /** Key source for OIDC; defaults to the remote JWKS at `oidc.jwksUrl` (tests pass a local set). */
  jwks?: JWTVerifyGetKey;
}

export const NO_AUTH: AuthConfig = { tokens: [], oidc: null };

export function authEnabled(config: AuthConfig): boolean {
  return config.tokens.length > 0 || config.oidc !== null;
}

/** One MMNAV_API_TOKENS entry: `organisation:token`, or a bare token (the default organisation). */
export function parseStaticToken(entry: string): StaticToken {
  const colon = entry.indexOf(":");
  const org = colon > 0 ? entry.slice(0, colon) : "";
  if (ORGANISATION_PATTERN.test(org)) return { organisation: org, token: entry.slice(colon + 1) };
  return { organisation: DEFAULT_ORGANISATION, token: entry };
}

const normaliseToken = (t: string | StaticToken): StaticToken =>
  typeof t === "string" ? { token: t, organisation: DEFAULT_ORGANISATION } : t;

/** Reads the auth settings from the environment; a half-configured OIDC is an error, not ignored. */
export function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig {
  const tokens = (env.MMNAV_API_TOKENS ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map(parseStaticToken);
  if (new Set(tokens.map((t) => t.token)).size < tokens.length) {
    throw new MmnavError(ErrorCode.CONFIG, "MMNAV_API_TOKENS lists the same token twice");
  }
  for (const { token: t } of tokens) {
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
  const organisationClaim = env.MMNAV_OIDC_ORGANISATION_CLAIM?.trim() || undefined;
  return {
    tokens,
    oidc:
      given === 3 ? { issuer, jwksUrl, audience, ...(organisationClaim ? { organisationClaim } : {}) } : null,
  };
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

export interface Principal {
  kind: "token" | "oidc";
  subject: string | null;
  /** The organisation whose patients the caller may see. */
  organisation: string;
}

/** Returns a function that checks an Authorization header and yields the caller, or throws
 * MmnavError UNAUTHORIZED. Static tokens are compared in constant time. */
export function createAuthenticator(
  config: AuthConfig,
): (authorization: string | undefined) => Promise<Principal> {
  const tokens = config.tokens.map(normaliseToken).map((t) => ({ ...t, digest: digest(t.token) }));
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
    // Every digest is compared (no early exit), so the time taken does not say which token matched.
    let matched: StaticToken | null = null;
    for (const t of tokens) if (timingSafeEqual(t.digest, d)) matched = t;
    if (matched) return { kind: "token", subject: null, organisation: matched.organisation };
    if (oidc && keys && token.split(".").length === 3) {
      let payload: Record<string, unknown> | null = null;
      try {
        ({ payload } = await jwtVerify(token, keys, { issuer: oidc.issuer, audience: oidc.audience }));
      } catch {
        // fall through: the message must not say which check failed
      }
      if (payload) {
        const subject = typeof payload.sub === "string" ? payload.sub : null;
        if (!oidc.organisationClaim) return { kind: "oidc", subject, organisation: DEFAULT_ORGANISATION };
        const org = payload[oidc.organisationClaim];
        if (typeof org !== "string" || !ORGANISATION_PATTERN.test(org)) {
          throw new MmnavError(
            ErrorCode.FORBIDDEN,
            `the token names no organisation (claim ${oidc.organisationClaim}): ask for a token of your organisation`,
          );
        }
        return { kind: "oidc", subject, organisation: org };
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

/** The organisation a request acts for (the default one when authentication is off). */
export function organisationOf(req: FastifyRequest): string {
  return req.principal?.organisation ?? DEFAULT_ORGANISATION;
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
