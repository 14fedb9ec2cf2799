/** The engine version recorded in every Assessment (bump on any change to engine behaviour). */
export const ENGINE_VERSION = "0.2.84";

/** Shown on every surface. */
export const DECISION_SUPPORT_NOTICE =
  "Decision support only: these are options to discuss with the care team, not orders or medical advice.";
