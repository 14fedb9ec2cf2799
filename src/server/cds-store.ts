/** The CDS Hooks surface's feedback store and JWT replay cache, kept in the database so that
 * several servers share them (a replayed JWT is refused by every server, feedback is stored once). */
import type { Store } from "../store/store.js";
import type { ReplayCache } from "./auth/cds-jwt.js";
import type { FeedbackEntry, FeedbackStore } from "./routes/cds-hooks.js";

export function storeFeedback(store: Store): FeedbackStore {
  return {
    async record(entry: FeedbackEntry) {
      const { created } = await store.recordCdsFeedback({
        organisation: entry.organisation,
        serviceId: entry.serviceId,
        cardUuid: entry.card,
        outcome: entry.outcome,
        outcomeTimestamp: entry.outcomeTimestamp,
        body: entry,
      });
      return created ? "stored" : "duplicate";
    },
  };
}

export function storeReplayCache(store: Store): ReplayCache {
  return {
    async seen(jti: string, expiresAt: Date) {
      return !(await store.claimJwtId(jti, Math.ceil(expiresAt.getTime() / 1000)));
    },
  };
}
