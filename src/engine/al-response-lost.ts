/** Review c76-W1: AL amyloidosis with a CR or VGPR reached on a line and lost since (response/al-haematologic.ts
 * responseLostOf): "PR, Progression: no" and no alert had hidden a relapse after a CR (the involved FLC 18 -> 95 mg/L,
 * the ratio abnormal again). treatments.md 6 gives the AL response levels only and no AL haematologic progression
 * criteria: the loss is said with its values and dates, the reference's silence and the team's assessment now. */
import { responseLostWords } from "../response/al-haematologic.js";
import type { LineOfTherapy } from "../response/lines-types.js";
import type { AlResponseLost } from "../response/response.js";
import type { Alert } from "./assessment.js";

export const AL_RESPONSE_LOST = "alert.al.light-chain-rising-after-response";

/** The warning for a lost AL response level on `line` (the line the response grades). */
export function alResponseLostAlert(lost: AlResponseLost, line: LineOfTherapy, text: boolean): Alert {
  const span = line.end === null ? `from ${line.start}` : `${line.start} to ${line.end}`;
  return {
    id: AL_RESPONSE_LOST,
    severity: "warning",
    text: text
      ? `AL amyloidosis, line ${line.number} (${line.regimens.join(" -> ")}, ${span}): ${responseLostWords(lost)}. The reference gives no AL haematologic progression criteria and no relapse threshold (treatments.md 6 gives the response levels only); this reading, a level reached and then not met on two consecutive measurements, is the project's (UNVERIFIED). The involved free light chain is rising: the team should assess relapse and organ status now (the heart and the other involved organs).`
      : "",
    citations: ["palladini-2012-jco"],
    verified: false,
  };
}
