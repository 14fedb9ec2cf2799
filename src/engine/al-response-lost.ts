/** Review c76-W1: AL amyloidosis with a CR or VGPR reached on a line and lost since (response/al-haematologic.ts
 * responseLostOf): "PR, Progression: no" and no alert had hidden a relapse after a CR (the involved FLC 18 -> 95 mg/L,
 * the ratio abnormal again). treatments.md 6 gives the AL response levels only and no AL haematologic progression
 * criteria: the loss is said with its values and dates, the reference's silence and the team's assessment now. */
import { aboveLevelOnceWords, responseLostWords } from "../response/al-haematologic.js";
import type { LineOfTherapy } from "../response/lines-types.js";
import type { AlResponseLost } from "../response/response.js";
import type { Alert } from "./assessment.js";

export const AL_RESPONSE_LOST = "alert.al.light-chain-rising-after-response";
/** Review c78-M1: the level failed on the latest value only. */
export const AL_ABOVE_LEVEL_ONCE = "alert.al.light-chain-above-level-once";

const spanOf = (line: LineOfTherapy) =>
  line.end === null ? `from ${line.start}` : `${line.start} to ${line.end}`;

/** The warning for a lost AL response level on `line` (the line the response grades). */
export function alResponseLostAlert(lost: AlResponseLost, line: LineOfTherapy, text: boolean): Alert {
  const span = spanOf(line);
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

/** Review c78-M1 (treatments.md 6: the AL response levels only, no AL progression criteria): the information for a level
 * failed on the latest FLC value only (AlHaematologic.aboveLevelOnce): the values, and a repeat to confirm. */
export function alAboveLevelOnceAlert(once: AlResponseLost, line: LineOfTherapy, text: boolean): Alert {
  return {
    id: AL_ABOVE_LEVEL_ONCE,
    severity: "info",
    text: text
      ? `AL amyloidosis, line ${line.number} (${line.regimens.join(" -> ")}, ${spanOf(line)}): ${aboveLevelOnceWords(once)}. The reference gives no AL haematologic progression criteria (treatments.md 6 gives the response levels only): progression is not graded meanwhile; this reading is the project's (UNVERIFIED).`
      : "",
    citations: ["palladini-2012-jco"],
    verified: false,
  };
}
