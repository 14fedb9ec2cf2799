import { describe, expect, it } from "vitest";
import { isCitationId } from "../model/bibliography/index.js";
import type { RuleDef } from "../model/trace.js";
import { AL_STAGE_RULES } from "./al-stage/al-stage.js";
import { CYTOGENETIC_RULES } from "./cytogenetic-risk/cytogenetic-risk.js";
import { FRAILTY_RULES } from "./frailty/frailty.js";
import { IMPEDE_VTE_RULES } from "./impede-vte/impede-vte.js";
import { ISS_RULES } from "./iss/iss.js";
import { KIDNEY_RULES } from "./kidney/kidney.js";
import { R_ISS_RULES } from "./r-iss/r-iss.js";
import { R2_ISS_RULES } from "./r2-iss/r2-iss.js";
import { SMM_IMWG_2020_RULES } from "./smm-imwg-2020/smm-imwg-2020.js";
import { SMM_MAYO_2018_RULES } from "./smm-mayo-2018/smm-mayo-2018.js";
import { SMM_MAYO_2018_FISH_RULES } from "./smm-mayo-2018-fish/smm-mayo-2018-fish.js";

const TABLES: Record<string, Readonly<Record<string, RuleDef>>> = {
  ISS_RULES,
  R_ISS_RULES,
  R2_ISS_RULES,
  SMM_MAYO_2018_RULES,
  SMM_IMWG_2020_RULES,
  SMM_MAYO_2018_FISH_RULES,
  CYTOGENETIC_RULES,
  AL_STAGE_RULES,
  KIDNEY_RULES,
  FRAILTY_RULES,
  IMPEDE_VTE_RULES,
};
const all = Object.values(TABLES).flatMap((t) => Object.values(t));

describe("score rules", () => {
  it("every rule id is unique across the calculators", () => {
    const ids = all.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("every rule cites a source in the bibliography and states its evidence", () => {
    for (const r of all) {
      expect(isCitationId(r.citation), r.id).toBe(true);
      expect(["verified", "secondary", "unverified"]).toContain(r.evidence);
      expect(r.text.length, r.id).toBeGreaterThan(10);
    }
  });

  it("facts the reference marks UNVERIFIED carry that evidence", () => {
    const mustBeUnverified = [
      FRAILTY_RULES.imwgAge,
      FRAILTY_RULES.imwgCharlson,
      FRAILTY_RULES.imwgAdl,
      FRAILTY_RULES.imwgIadl,
      CYTOGENETIC_RULES.msmart,
      CYTOGENETIC_RULES.ims2025Tp53,
      IMPEDE_VTE_RULES.anticoagulant,
    ];
    for (const r of mustBeUnverified) expect(r.evidence, r.id).toBe("unverified");
  });
});
