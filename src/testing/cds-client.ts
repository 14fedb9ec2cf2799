/** Test helper: a CDS client (an EHR) with its own ES384 key pair. `env` configures `mmnav serve` to
 * trust it (MMNAV_CDS_CLIENTS with the public key inline); `token(aud)` signs a fresh JWT per call. */
import { exportJWK, generateKeyPair, SignJWT } from "jose";

export interface CdsTestClient {
  iss: string;
  env: { MMNAV_CDS_CLIENTS: string };
  token(audience: string): Promise<string>;
}

export async function createCdsTestClient(iss = "https://ehr.example.org"): Promise<CdsTestClient> {
  const { privateKey, publicKey } = await generateKeyPair("ES384");
  const jwk = { ...(await exportJWK(publicKey)), kid: "test-es384", alg: "ES384", use: "sig" };
  let n = 0;
  return {
    iss,
    env: { MMNAV_CDS_CLIENTS: JSON.stringify([{ iss, jwks: { keys: [jwk] } }]) },
    token: (audience) => {
      const now = Math.floor(Date.now() / 1000);
      n += 1;
      return new SignJWT({})
        .setProtectedHeader({ alg: "ES384", typ: "JWT", kid: "test-es384" })
        .setIssuer(iss)
        .setSubject("test-ehr")
        .setAudience(audience)
        .setIssuedAt(now)
        .setExpirationTime(now + 240)
        .setJti(`test-${process.pid}-${now}-${n}`)
        .sign(privateKey);
    },
  };
}
