/** The matcher on synthetic studies: each structured and free-text criterion compared with an
 * example patient's record and assessment, and the answer's links and option. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { PatientRecord } from "../model/record.js";
import { buildTrialsAnswer } from "./answer.js";
import { matchStudy } from "./match.js";
import { parseStudies, type Study } from "./study.js";

const load = (f: string) => {
  const record = JSON.parse(readFileSync(`examples/vignettes/${f}`, "utf8")) as PatientRecord;
  return { record, assessment: assess(record, { defaultAsOf: "2026-12-01" }) };
};
// 68-year-old man, 4 prior lines, triple-class refractory, no BCMA therapy, CrCl about 77 mL/min.
const tcr = load("rrmm-triple-class-four-lines.json");

function study(
  eligibility: Record<string, unknown>,
  title = "A Study in Relapsed/Refractory Multiple Myeloma",
): Study {
  return parseStudies(
    {
      protocolSection: {
        identificationModule: { nctId: "NCT09999999", briefTitle: title },
        statusModule: { overallStatus: "RECRUITING" },
        conditionsModule: { conditions: ["Multiple Myeloma"] },
        eligibilityModule: eligibility,
      },
    },
    "s.json",
  )[0]!;
}
const criteria = (inclusion: string[], exclusion: string[] = []) =>
  `Inclusion Criteria:\n\n${inclusion.map((l) => `* ${l}`).join("\n")}\n\nExclusion Criteria:\n\n${exclusion.map((l) => `* ${l}`).join("\n")}`;

const result = (s: Study, criterion: string) =>
  [
    ...matchStudy(s, tcr.record, tcr.assessment).fits,
    ...matchStudy(s, tcr.record, tcr.assessment).contradicts,
  ].find((f) => f.criterion === criterion)?.result;

describe("matchStudy", () => {
  it("compares structured age and sex", () => {
    expect(result(study({ minimumAge: "18 Years", maximumAge: "65 Years" }), "age-max")).toBe("contradicts");
    expect(result(study({ minimumAge: "18 Years" }), "age-min")).toBe("fits");
    expect(result(study({ sex: "FEMALE" }), "sex")).toBe("contradicts");
    expect(result(study({ sex: "MALE" }), "sex")).toBe("fits");
  });

  it("compares prior lines, triple-class status and prior targeted therapy read from the text", () => {
    expect(
      result(study({ eligibilityCriteria: criteria(["At least 3 prior lines of therapy"]) }), "prior-lines"),
    ).toBe("fits");
    expect(
      result(study({ eligibilityCriteria: criteria(["1 to 3 prior lines of therapy"]) }), "prior-lines"),
    ).toBe("contradicts");
    expect(
      result(study({ eligibilityCriteria: criteria(["Triple-class refractory"]) }), "triple-class"),
    ).toBe("fits");
    expect(
      result(study({ eligibilityCriteria: criteria([], ["Prior BCMA-directed therapy"]) }), "no-prior-bcma"),
    ).toBe("fits");
    expect(
      result(
        study({ eligibilityCriteria: criteria([], ["Any prior GPRC5D-directed therapy"]) }),
        "no-prior-gprc5d",
      ),
    ).toBe("fits");
  });

  it("compares creatinine clearance with Cockcroft-Gault and says so when the study names no formula", () => {
    const m = matchStudy(
      study({ eligibilityCriteria: criteria(["Creatinine clearance >= 90 mL/min"]) }),
      tcr.record,
      tcr.assessment,
    );
    expect(m.matches).toBe(false);
    expect(m.contradicts[0]).toMatchObject({
      criterion: "crcl-min",
      studyValue: 90,
      from: "criteria-text",
      assumed: expect.stringMatching(/Cockcroft-Gault/),
    });
  });

  it("a patient the study's condition does not cover does not match", () => {
    const smm = load("smm-high-risk.json");
    const m = matchStudy(study({}), smm.record, smm.assessment);
    expect(m.contradicts.map((f) => [f.criterion, f.patientValue])).toEqual([
      ["condition", "smoldering-myeloma"],
    ]);
  });

  it("answers with the clinical-trial option and the registry link", () => {
    const a = buildTrialsAnswer([{ study: study({}) }], tcr.record, tcr.assessment, null);
    expect(a.clinicalTrialOptions.map((o) => o.id)).toEqual(["rr.clinical-trial"]);
    expect(a.matching[0]?.url).toBe("https://clinicaltrials.gov/study/NCT09999999");
    expect(a.export).toBeNull();
  });
});
