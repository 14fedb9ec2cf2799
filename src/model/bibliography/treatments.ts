/** Sources for treatment options, drug rules and supportive care
 * (shared/clinical-reference/treatments.md, bibliography). */
import type { Citation } from "./types.js";

export const TREATMENT_CITATIONS = {
  "kyle-2010-leukemia": {
    authors: "Kyle RA, Durie BGM, Rajkumar SV, et al.",
    title:
      "Monoclonal gammopathy of undetermined significance (MGUS) and smoldering (asymptomatic) multiple myeloma: IMWG consensus perspectives risk factors for progression and guidelines for monitoring and management",
    source: "Leukemia 2010;24(6):1121-1127",
    year: 2010,
    doi: "10.1038/leu.2010.60",
    pmid: "20410922",
  },
} as const satisfies Record<string, Citation>;
