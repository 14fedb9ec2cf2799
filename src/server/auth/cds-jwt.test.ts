import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { MmnavError } from "../../model/errors.js";
import { cdsAuthFromEnv, cdsClientsFromEnv, createCdsJwtVerifier, MemoryReplayCache } from "./cds-jwt.js";

const AUD = "https://mmnav.example.org/cds-services/myeloma-navigator-patient-view";
const NOW = new Date("2026-11-26T12:00:00Z");
const now = () => NOW;
const t = Math.floor(NOW.getTime() / 1000);

type Key = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];
let es384: Key;
let rs384: Key;
let stranger: Key;
let jwks: { keys: JWK[] };
let rsJwks: { keys: JWK[] };

beforeAll(async () => {
  const es = await generateKeyPair("ES384", { extractable: true });
  const rs = await generateKeyPair("RS384", { extractable: true });
  const other = await generateKeyPair("ES384", { extractable: true });
  es384 = es.privateKey;
  rs384 = rs.privateKey;
  stranger = other.privateKey;
  jwks = { keys: [{ ...(await exportJWK(es.publicKey)), kid: "es-1", alg: "ES384" }] };
  rsJwks = { keys: [{ ...(await exportJWK(rs.publicKey)), kid: "rs-1", alg: "RS384" }] };
}, 60_000);

let jtiN = 0;
async function sign(
  key: Key,
  alg: string,
  kid: string,
  claims: Record<string, unknown> = {},
  opts: { iat?: number; exp?: number | null; jti?: string | null; aud?: string; iss?: string } = {},
): Promise<string> {
  const jwt = new SignJWT({ ...claims })
    .setProtectedHeader({ alg, kid, typ: "JWT" })
    .setIssuer(opts.iss ?? (alg.startsWith("RS") ? "https://ehr-rs.example.org" : "https://ehr.example.org"))
    .setSubject("client-1")
    .setAudience(opts.aud ?? AUD)
    .setIssuedAt(opts.iat ?? t);
  if (opts.exp !== null) jwt.setExpirationTime(opts.exp ?? t + 300);
  if (opts.jti !== null) jwt.setJti(opts.jti ?? `jti-${++jtiN}`);
  return jwt.sign(key);
}

function verifier() {
  return createCdsJwtVerifier({
    clients: [
      { iss: "https://ehr.example.org", jwks },
      { iss: "https://ehr-rs.example.org", jwks: rsJwks },
    ],
    now,
  });
}

async function refusal(p: Promise<unknown>): Promise<MmnavError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(MmnavError);
    return e as MmnavError;
  }
  throw new Error("expected the token to be refused");
}

describe("CDS client JWT", () => {
  it("accepts ES384 and RS384 tokens from allow-listed issuers, for this service's URL", async () => {
    const v = verifier();
    const es = await v(`Bearer ${await sign(es384, "ES384", "es-1", { tenant: "t1" })}`, AUD);
    expect(es).toMatchObject({ iss: "https://ehr.example.org", sub: "client-1", tenant: "t1" });
    const rs = await v(`Bearer ${await sign(rs384, "RS384", "rs-1")}`, [AUD, `${AUD}/feedback`]);
    expect(rs.iss).toBe("https://ehr-rs.example.org");
  });

  it("refuses a missing header, a non-JWT and an unsigned token (alg none) with 401 and a clear message", async () => {
    const v = verifier();
    expect((await refusal(v(undefined, AUD))).message).toMatch(/authentication required/);
    expect((await refusal(v("Bearer not-a-jwt", AUD))).message).toMatch(/not a JWT/);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const none = `${b64({ alg: "none", typ: "JWT" })}.${b64({ iss: "https://ehr.example.org", aud: AUD, exp: t + 60, iat: t, jti: "x" })}.`;
    const e = await refusal(v(`Bearer ${none}`, AUD));
    expect(e.code).toBe("UNAUTHORIZED");
    expect(e.message).toMatch(/unsigned/);
  });

  it("refuses HS256 even when signed with a shared secret", async () => {
    const secret = new TextEncoder().encode("a-shared-secret-that-is-long-enough-32b");
    const hs = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("https://ehr.example.org")
      .setAudience(AUD)
      .setIssuedAt(t)
      .setExpirationTime(t + 60)
      .setJti("hs")
      .sign(secret);
    const e = await refusal(verifier()(`Bearer ${hs}`, AUD));
    expect(e.code).toBe("UNAUTHORIZED");
    expect(e.message).toMatch(/HS256 refused.*asymmetric/);
  });

  it("refuses a wrong audience, an expired token, and a token without exp or jti", async () => {
    const v = verifier();
    const wrongAud = await refusal(
      v(`Bearer ${await sign(es384, "ES384", "es-1", {}, { aud: "https://other/cds-services/x" })}`, AUD),
    );
    expect(wrongAud.message).toMatch(/audience does not match/);
    const expired = await refusal(
      v(`Bearer ${await sign(es384, "ES384", "es-1", {}, { iat: t - 900, exp: t - 600 })}`, AUD),
    );
    expect(expired.message).toMatch(/expired/);
    const noExp = await refusal(v(`Bearer ${await sign(es384, "ES384", "es-1", {}, { exp: null })}`, AUD));
    expect(noExp.message).toMatch(/exp/);
    const noJti = await refusal(v(`Bearer ${await sign(es384, "ES384", "es-1", {}, { jti: null })}`, AUD));
    expect(noJti.message).toMatch(/jti/);
  });

  it("refuses an iat in the future and a lifetime beyond five minutes", async () => {
    const v = verifier();
    const future = await refusal(
      v(`Bearer ${await sign(es384, "ES384", "es-1", {}, { iat: t + 600, exp: t + 700 })}`, AUD),
    );
    expect(future.code).toBe("UNAUTHORIZED");
    const long = await refusal(v(`Bearer ${await sign(es384, "ES384", "es-1", {}, { exp: t + 3600 })}`, AUD));
    expect(long.message).toMatch(/at most 300 s/);
  });

  it("refuses an unknown issuer (403) and a known issuer's name with another key (401)", async () => {
    const v = verifier();
    const unknown = await refusal(
      v(`Bearer ${await sign(es384, "ES384", "es-1", {}, { iss: "https://evil.example.org" })}`, AUD),
    );
    expect(unknown.code).toBe("FORBIDDEN");
    expect(unknown.message).toMatch(/not allowed/);
    const forged = await refusal(v(`Bearer ${await sign(stranger, "ES384", "es-1")}`, AUD));
    expect(forged.code).toBe("UNAUTHORIZED");
    expect(forged.message).toMatch(/signature/);
  });

  it("refuses a replayed token: the same jti is accepted once", async () => {
    const v = verifier();
    const token = `Bearer ${await sign(es384, "ES384", "es-1", {}, { jti: "once" })}`;
    await v(token, AUD);
    expect((await refusal(v(token, AUD))).message).toMatch(/replayed/);
  });

  it("the in-memory replay cache forgets ids after they expire", async () => {
    let clock = new Date("2026-11-26T12:00:00Z");
    const cache = new MemoryReplayCache(() => clock);
    expect(await cache.seen("a", new Date("2026-11-26T12:05:00Z"))).toBe(false);
    expect(await cache.seen("a", new Date("2026-11-26T12:05:00Z"))).toBe(true);
    clock = new Date("2026-11-26T12:06:00Z");
    expect(await cache.seen("a", new Date("2026-11-26T12:11:00Z"))).toBe(false);
  });
});

describe("MMNAV_CDS_CLIENTS", () => {
  it("parses a JSON list of issuers with a JWKS URL or inline keys; unset is null", () => {
    expect(cdsClientsFromEnv({})).toBeNull();
    const clients = cdsClientsFromEnv({
      MMNAV_CDS_CLIENTS: JSON.stringify([
        { iss: "https://ehr.example.org", jwksUrl: "https://ehr.example.org/.well-known/jwks.json" },
        { iss: "local", jwks: { keys: [{ kty: "EC", crv: "P-384", x: "a", y: "b" }] } },
      ]),
    });
    expect(clients?.map((c) => c.iss)).toEqual(["https://ehr.example.org", "local"]);
  });

  it("says what is wrong with a bad list", () => {
    expect(() => cdsClientsFromEnv({ MMNAV_CDS_CLIENTS: "[{" })).toThrow(/not valid JSON/);
    expect(() => cdsClientsFromEnv({ MMNAV_CDS_CLIENTS: '[{"iss":"x"}]' })).toThrow(
      /exactly one of jwksUrl or jwks/,
    );
    expect(() => cdsClientsFromEnv({ MMNAV_CDS_CLIENTS: '[{"iss":"x","jwksUrl":"ftp://a/b"}]' })).toThrow(
      /MMNAV_CDS_CLIENTS/,
    );
    expect(() => createCdsJwtVerifier({ clients: [{ iss: "x" }] })).toThrow(/needs jwksUrl or jwks/);
  });
});

describe("cdsAuthFromEnv", () => {
  it("refuses every client when none is configured, and is disabled only when asked", async () => {
    const v = cdsAuthFromEnv({});
    expect(v).not.toBe("disabled");
    if (v !== "disabled") {
      const e = await refusal(v(`Bearer ${await sign(es384, "ES384", "es-1")}`, AUD));
      expect(e.code).toBe("FORBIDDEN");
    }
    expect(cdsAuthFromEnv({ MMNAV_CDS_AUTH: "disabled" })).toBe("disabled");
    expect(() => cdsAuthFromEnv({ MMNAV_CDS_AUTH: "off" })).toThrow(/must be "jwt" or "disabled"/);
    expect(() =>
      cdsAuthFromEnv({
        MMNAV_CDS_AUTH: "disabled",
        MMNAV_CDS_CLIENTS: JSON.stringify([{ iss: "a", jwks: { keys: [] } }]),
      }),
    ).toThrow(/cannot be combined/);
  });

  it("verifies tokens of the clients listed in MMNAV_CDS_CLIENTS", async () => {
    const v = cdsAuthFromEnv(
      { MMNAV_CDS_CLIENTS: JSON.stringify([{ iss: "https://ehr.example.org", jwks }]) },
      { now },
    );
    expect(v).not.toBe("disabled");
    if (v !== "disabled")
      expect((await v(`Bearer ${await sign(es384, "ES384", "es-1")}`, AUD)).iss).toBe(
        "https://ehr.example.org",
      );
  });
});
