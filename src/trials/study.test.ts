/** Reading registry records: the three file shapes, errors naming the study and field, the
 * diseases and disease state a study is for, its transplant setting, ages, and the import plan. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MmnavError } from "../model/errors.js";
import { planImport } from "./import-plan.js";
import { parseStudies, registryUrl, type Study } from "./study.js";
import {
  diseasesIn,
  parseAge,
  studyDiseaseState,
  studyDiseases,
  studyTransplantSetting,
} from "./study-facts.js";

const majestec3 = JSON.parse(readFileSync("examples/trials/NCT05083169-majestec-3.json", "utf8")) as unknown;

function study(identification: Record<string, unknown>, extra: Record<string, unknown> = {}): Study {
  return parseStudies(
    {
      protocolSection: {
        identificationModule: { nctId: "NCT00000001", ...identification },
        statusModule: { overallStatus: "RECRUITING", lastUpdatePostDateStruct: { date: "2025-01-02" } },
        ...extra,
      },
    },
    "t.json",
  )[0]!;
}

function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (e instanceof MmnavError) return e.issues;
    throw e;
  }
  throw new Error("expected an error");
}

describe("parseStudies", () => {
  it("reads one study, an array and the API's { studies } page alike", () => {
    expect(parseStudies(majestec3, "a.json")).toHaveLength(1);
    expect(parseStudies([majestec3, majestec3], "b.json")).toHaveLength(2);
    expect(parseStudies({ studies: [majestec3], nextPageToken: "x" }, "c.json")).toHaveLength(1);
  });

  it("names the file, the study and the field of a bad record", () => {
    const bad = structuredClone(majestec3) as {
      protocolSection: { eligibilityModule: { minimumAge: string } };
    };
    bad.protocolSection.eligibilityModule.minimumAge = "eighteen";
    expect(issuesOf(() => parseStudies({ studies: [majestec3, bad] }, "x.json"))).toEqual([
      {
        path: "x.json NCT05083169: protocolSection.eligibilityModule.minimumAge",
        message: 'expected an age such as "18 Years"',
      },
    ]);
  });

  it("names a study without an NCT number by its position", () => {
    const issues = issuesOf(() =>
      parseStudies(
        [majestec3, { protocolSection: { identificationModule: {}, statusModule: {} } }],
        "y.json",
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      "y.json study #2: protocolSection.identificationModule.nctId",
      "y.json study #2: protocolSection.statusModule.overallStatus",
    ]);
  });

  it("refuses JSON that is no study record at all", () => {
    expect(issuesOf(() => parseStudies({ patient: {} }, "z.json"))[0]?.path).toBe("z.json");
  });

  it("links each study to its registry page", () => {
    expect(registryUrl("NCT05083169")).toBe("https://clinicaltrials.gov/study/NCT05083169");
  });
});

describe("what a study is for", () => {
  it("maps condition names to the navigator's categories; smoldering myeloma is not myeloma", () => {
    expect(diseasesIn(["Smoldering Multiple Myeloma"])).toEqual(["smoldering-myeloma"]);
    expect(diseasesIn(["Multiple Myeloma", "AL Amyloidosis"])).toEqual([
      "multiple-myeloma",
      "al-amyloidosis",
    ]);
    expect(diseasesIn(["Monoclonal Gammopathy of Undetermined Significance"])).toEqual(["mgus"]);
    expect(diseasesIn(["Solitary Plasmacytoma of Bone"])).toEqual(["solitary-plasmacytoma"]);
    expect(diseasesIn(["Breast Cancer"])).toEqual([]);
  });

  it("takes the diseases from conditions, else from the titles", () => {
    expect(studyDiseases(study({ briefTitle: "X in Newly Diagnosed AL Amyloidosis" }))).toEqual([
      "al-amyloidosis",
    ]);
    expect(
      studyDiseases(
        study({ briefTitle: "X in myeloma" }, { conditionsModule: { conditions: ["Smouldering Myeloma"] } }),
      ),
    ).toEqual(["smoldering-myeloma"]);
  });

  it("reads the disease state only when unambiguous", () => {
    expect(studyDiseaseState(study({ briefTitle: "Y in Relapsed or Refractory Multiple Myeloma" }))).toBe(
      "relapsed-refractory",
    );
    expect(studyDiseaseState(study({ briefTitle: "Y in Newly Diagnosed Multiple Myeloma" }))).toBe(
      "newly-diagnosed",
    );
    expect(
      studyDiseaseState(study({ briefTitle: "Y in Newly Diagnosed or Relapsed Multiple Myeloma" })),
    ).toBeNull();
    expect(studyDiseaseState(study({ briefTitle: "Y in Multiple Myeloma" }))).toBeNull();
  });

  it("reads the transplant setting from the titles", () => {
    expect(studyTransplantSetting(study({ officialTitle: "Z in NDMM Who Are Transplant Eligible" }))).toBe(
      "transplant-eligible",
    );
    expect(studyTransplantSetting(study({ briefTitle: "Z in NDMM Not Eligible for Transplant" }))).toBe(
      "transplant-ineligible",
    );
    expect(
      studyTransplantSetting(study({ briefTitle: "Z in NDMM Following Autologous Stem Cell Transplant" })),
    ).toBe("after-transplant");
    expect(studyTransplantSetting(study({ briefTitle: "Z in Multiple Myeloma" }))).toBeNull();
  });

  it("reads the registry's ages in years", () => {
    expect(parseAge("18 Years")).toBe(18);
    expect(parseAge("6 Months")).toBe(0.5);
    expect(parseAge("N/A")).toBeNull();
    expect(parseAge(undefined)).toBeNull();
    expect(() => parseAge("adult")).toThrow(/18 Years/);
  });
});

describe("planImport", () => {
  const withStatus = (nctId: string, overallStatus: string, date: string, condition = "Multiple Myeloma") =>
    parseStudies(
      {
        protocolSection: {
          identificationModule: { nctId, briefTitle: "T" },
          statusModule: { overallStatus, lastUpdatePostDateStruct: { date } },
          conditionsModule: { conditions: [condition] },
        },
      },
      "p.json",
    )[0]!;

  it("keeps recruiting plasma-cell-disorder studies once, the newest record of each", () => {
    const plan = planImport([
      withStatus("NCT00000001", "RECRUITING", "2025-01-01"),
      withStatus("NCT00000001", "RECRUITING", "2025-03-01"),
      withStatus("NCT00000002", "COMPLETED", "2025-02-01"),
      withStatus("NCT00000003", "RECRUITING", "2025-02-01", "Breast Cancer"),
      withStatus("NCT00000004", "ENROLLING_BY_INVITATION", "2024-12-01"),
    ]);
    expect(plan.read).toBe(5);
    expect(plan.keep.map((k) => [k.nctId, k.lastUpdate])).toEqual([
      ["NCT00000001", "2025-03-01"],
      ["NCT00000004", "2024-12-01"],
    ]);
    expect(plan.skipped.map((s) => [s.nctId, s.reason])).toEqual([
      ["NCT00000001", "older-duplicate"],
      ["NCT00000002", "not-recruiting"],
      ["NCT00000003", "not-a-plasma-cell-disorder"],
    ]);
    expect(plan.stopped).toEqual([{ nctId: "NCT00000002", lastUpdate: "2025-02-01" }]);
    expect(plan.newestUpdate).toBe("2025-03-01");
  });
});
