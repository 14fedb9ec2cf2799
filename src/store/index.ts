/** The store: patients, observations over time, treatment history, append-only assessments. */
export { canonicalJson, inputHash } from "./canonical.js";
export { type Dialect, migrateToLatest, migrations } from "./migrations.js";
export { DEFAULT_DATA_DIR, describeStore, isPostgresUrl, openStore, type StoreConfig } from "./open.js";
export * from "./store.js";
export { riskGroupOf, summarizeAssessment } from "./summary.js";
