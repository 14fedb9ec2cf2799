/** CDS Hooks 2.0 client authentication: the CDS client (EHR) signs a short-lived JWT with its private
 * key; we verify it against the JWKS of an allow-listed issuer. Asymmetric algorithms only (ES384 and
 * RS384 required by the spec; HS* and "none" refused), `aud` = the called service URL, `exp` and `iat`
 * required and sane, `jti` required and never accepted twice. Config: MMNAV_CDS_CLIENTS. */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  errors as joseErrors,
  jwtVerify,
} from "jose";
import { z } from "zod";
import { ErrorCode, MmnavError } from "../../model/errors.js";
import { DEFAULT_ORGANISATION } from "../../store/migrations.js";
import { ORGANISATION_PATTERN } from "./organisation.js";

/** Asymmetric JWS algorithms accepted. The CDS Hooks 2.0 spec requires ES384 and RS384. */
export const CDS_JWT_ALGORITHMS = [
  "ES384",
  "RS384",
  "ES256",
  "ES512",
  "RS256",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "EdDSA",
] as const;

export interface CdsClientConfig {
  /** The client's `iss` claim, exactly. */
  iss: string;
  /** Where its public keys are published (fetched by jose with caching). */
  jwksUrl?: string;
  /** Or its public keys inline (tests, air-gapped deployments). */
  jwks?: JSONWebKeySet;
  /** The organisation the client acts for (default: the default organisation). */
  organisation?: string;
}

/** Remembers JWT ids until they expire. `seen` records `jti` and says whether it was already recorded,
 * atomically (the DB-backed store uses a unique key). The id passed is "<iss> <jti>". */
export interface ReplayCache {
  seen(jti: string, expiresAt: Date): Promise<boolean>;
}

/** An in-memory ReplayCache (one process). Expired ids are swept as new ones arrive. */
export class MemoryReplayCache implements ReplayCache {
  private readonly ids = new Map<string, number>();
  constructor(private readonly now: () => Date = () => new Date()) {}
  async seen(jti: string, expiresAt: Date): Promise<boolean> {
    const t = this.now().getTime();
    for (const [k, exp] of this.ids) if (exp < t) this.ids.delete(k);
    if (this.ids.has(jti)) return true;
    this.ids.set(jti, expiresAt.getTime());
    return false;
  }
}

export interface CdsJwtOptions {
  clients: readonly CdsClientConfig[];
  replayCache?: ReplayCache;
  /** Clock skew allowed on exp / iat, seconds (default 60). */
  clockToleranceSec?: number;
  /** Longest accepted lifetime (exp - iat) and age of iat, seconds (default 300: the spec's 5 minutes). */
  maxLifetimeSec?: number;
  now?: () => Date;
}

export interface CdsClientIdentity {
  iss: string;
  sub: string | null;
  jti: string;
  tenant: string | null;
  /** The organisation of the client, from its configuration. */
  organisation: string;
}

export type CdsJwtVerifier = (
  authorization: string | undefined,
  audience: string | readonly string[],
) => Promise<CdsClientIdentity>;

const unauthorized = (message: string) => new MmnavError(ErrorCode.UNAUTHORIZED, message);

/** Builds the verifier. Throws MmnavError CONFIG on a bad client list. */
export function createCdsJwtVerifier(options: CdsJwtOptions): CdsJwtVerifier {
  const now = options.now ?? (() => new Date());
  const replay = options.replayCache ?? new MemoryReplayCache(now);
  const tolerance = options.clockToleranceSec ?? 60;
  const maxLifetime = options.maxLifetimeSec ?? 300;
  const keys = new Map<string, JWTVerifyGetKey>();
  const organisations = new Map(options.clients.map((c) => [c.iss, c.organisation ?? DEFAULT_ORGANISATION]));
  for (const c of options.clients) {
    if (keys.has(c.iss)) throw new MmnavError(ErrorCode.CONFIG, `CDS client ${c.iss} is listed twice`);
    if (c.jwks) keys.set(c.iss, createLocalJWKSet(c.jwks));
    else if (c.jwksUrl) keys.set(c.iss, createRemoteJWKSet(new URL(c.jwksUrl)));
    else throw new MmnavError(ErrorCode.CONFIG, `CDS client ${c.iss} needs jwksUrl or jwks`);
  }

  return async (authorization, audience) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
    if (!match)
      throw unauthorized("CDS client authentication required: send Authorization: Bearer <signed JWT>");
    const token = match[1] as string;
    let alg: string | undefined;
    let claims: JWTPayload;
    try {
      alg = decodeProtectedHeader(token).alg;
      claims = decodeJwt(token);
    } catch {
      throw unauthorized("the bearer token is not a JWT");
    }
    if (!alg || alg === "none") throw unauthorized('unsigned JWT (alg "none") refused');
    if (!(CDS_JWT_ALGORITHMS as readonly string[]).includes(alg)) {
      throw unauthorized(
        `JWT algorithm ${alg} refused: CDS clients must sign with an asymmetric key (ES384 or RS384)`,
      );
    }
    const iss = typeof claims.iss === "string" ? claims.iss : null;
    if (!iss) throw unauthorized("the JWT has no iss claim");
    const getKey = keys.get(iss);
    if (!getKey)
      throw new MmnavError(
        ErrorCode.FORBIDDEN,
        `CDS client ${JSON.stringify(iss)} is not allowed (unknown issuer)`,
      );

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        algorithms: [...CDS_JWT_ALGORITHMS],
        issuer: iss,
        audience: typeof audience === "string" ? audience : [...audience],
        requiredClaims: ["exp", "iat", "jti"],
        clockTolerance: tolerance,
        maxTokenAge: maxLifetime + tolerance,
        currentDate: now(),
      }));
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired) throw unauthorized("the JWT has expired");
      if (e instanceof joseErrors.JWTClaimValidationFailed) {
        if (e.claim === "aud") {
          throw unauthorized(
            `the JWT audience does not match this service (expected ${[audience].flat().join(" or ")})`,
          );
        }
        throw unauthorized(`the JWT ${e.claim} claim is missing or invalid: ${e.message}`);
      }
      if (
        e instanceof joseErrors.JWSSignatureVerificationFailed ||
        e instanceof joseErrors.JWKSNoMatchingKey
      ) {
        throw unauthorized(`the JWT signature does not verify with the keys of ${iss}`);
      }
      throw unauthorized(`the JWT was refused: ${e instanceof Error ? e.message : "invalid token"}`);
    }
    const exp = payload.exp as number;
    const iat = payload.iat as number;
    const t = Math.floor(now().getTime() / 1000);
    if (iat > t + tolerance) throw unauthorized("the JWT iat is in the future");
    if (exp - iat > maxLifetime + tolerance) {
      throw unauthorized(`the JWT lives ${exp - iat} s; at most ${maxLifetime} s is accepted`);
    }
    const jti = payload.jti as string;
    if (jti.length === 0 || jti.length > 256) throw unauthorized("the JWT jti is empty or too long");
    if (await replay.seen(`${iss} ${jti}`, new Date((exp + tolerance) * 1000))) {
      throw unauthorized("the JWT was already used (replayed jti)");
    }
    return {
      iss,
      sub: typeof payload.sub === "string" ? payload.sub : null,
      jti,
      tenant: typeof payload.tenant === "string" ? payload.tenant : null,
      organisation: organisations.get(iss) ?? DEFAULT_ORGANISATION,
    };
  };
}

const ClientList = z.array(
  z
    .strictObject({
      iss: z.string().min(1),
      jwksUrl: z.url({ protocol: /^https?$/ }).optional(),
      jwks: z.looseObject({ keys: z.array(z.looseObject({ kty: z.string() })) }).optional(),
      organisation: z
        .string()
        .regex(ORGANISATION_PATTERN, "letters, digits, dot, dash or underscore (1-64)")
        .optional(),
    })
    .refine((c) => (c.jwksUrl === undefined) !== (c.jwks === undefined), {
      message: "give exactly one of jwksUrl or jwks",
    }),
);

/** Reads MMNAV_CDS_CLIENTS: a JSON array of `{ "iss": "...", "jwksUrl": "https://..." }` or
 * `{ "iss": "...", "jwks": { "keys": [...] } }`. Returns null when unset. */
export function cdsClientsFromEnv(env: Record<string, string | undefined>): CdsClientConfig[] | null {
  const raw = env.MMNAV_CDS_CLIENTS?.trim();
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new MmnavError(ErrorCode.CONFIG, "MMNAV_CDS_CLIENTS is not valid JSON");
  }
  const res = ClientList.safeParse(parsed);
  if (!res.success) {
    const first = res.error.issues[0];
    throw new MmnavError(
      ErrorCode.CONFIG,
      `MMNAV_CDS_CLIENTS: ${first ? `${first.path.join(".") || "(list)"}: ${first.message}` : "invalid"}`,
    );
  }
  return res.data.map((c) => ({
    iss: c.iss,
    ...(c.jwksUrl ? { jwksUrl: c.jwksUrl } : {}),
    ...(c.jwks ? { jwks: c.jwks as unknown as JSONWebKeySet } : {}),
    ...(c.organisation ? { organisation: c.organisation } : {}),
  }));
}

/** The CDS Hooks authentication of a server, from its environment: MMNAV_CDS_CLIENTS lists the
 * allowed clients; with none, every call is refused (403 unknown issuer). MMNAV_CDS_AUTH=disabled
 * turns checking off, for local development only, and cannot be combined with a client list. */
export function cdsAuthFromEnv(
  env: Record<string, string | undefined>,
  options: Omit<CdsJwtOptions, "clients"> = {},
): CdsJwtVerifier | "disabled" {
  const clients = cdsClientsFromEnv(env);
  const mode = env.MMNAV_CDS_AUTH?.trim();
  if (mode !== undefined && mode !== "" && mode !== "disabled" && mode !== "jwt") {
    throw new MmnavError(
      ErrorCode.CONFIG,
      `MMNAV_CDS_AUTH must be "jwt" or "disabled", not ${JSON.stringify(mode)}`,
    );
  }
  if (mode === "disabled") {
    if (clients)
      throw new MmnavError(
        ErrorCode.CONFIG,
        "MMNAV_CDS_AUTH=disabled cannot be combined with MMNAV_CDS_CLIENTS",
      );
    return "disabled";
  }
  return createCdsJwtVerifier({ ...options, clients: clients ?? [] });
}
