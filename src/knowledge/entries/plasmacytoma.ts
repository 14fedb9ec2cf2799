/** Solitary plasmacytoma (treatments.md section 1). */
import type { Condition, KnowledgeEntry } from "../types.js";
import { guidelineOnly, untreated } from "./common.js";

const solitary: Condition = {
  fact: "category",
  in: ["solitary-plasmacytoma", "solitary-plasmacytoma-minimal-marrow"],
};
const bone: Condition = { fact: "plasmacytomaSite", is: "bone" };
const extramedullary: Condition = { fact: "plasmacytomaSite", is: "extramedullary" };
const minimalMarrow: Condition = { fact: "category", is: "solitary-plasmacytoma-minimal-marrow" };
/** Definitive radiotherapy not yet given (or still being given): the primary treatment is still ahead. */
const rtAhead: Condition = { not: { fact: "plasmacytomaRadiotherapyGiven", is: true } };
const rtGiven: Condition = { fact: "plasmacytomaRadiotherapyGiven", is: true };
/** The radiotherapy is being given (engine/phase.ts: a radiotherapy entry without an end date). */
const rtBeingGiven: Condition = { fact: "phase", is: "radiotherapy" };
/** Said on the radiotherapy option while the course is under way: the treatment given, not a choice ahead. */
const rtUnderWay = {
  text: "Recorded as being given now: this is the treatment under way, not a choice still to make; follow-up every 3-6 months comes after it ends (NCCN).",
  when: rtBeingGiven,
  citations: ["nccn-mm-2026"],
  evidence: "verified",
} as const;
const workUp =
  "Before treatment, exclude myeloma with bone-marrow biopsy, FLC, SPEP/IFE and whole-body PET-CT or MRI; a skeletal survey alone is not adequate.";
const followUp =
  "Follow-up every 3-6 months with CBC, creatinine, calcium, SPEP/IFE, FLC and 24-h urine as needed; PET-CT/MRI as clinically indicated.";
/** Review c48-F12: treatments.md 1 lists an abnormal serum FLC ratio at diagnosis among the flags of a higher risk of
 * progression to myeloma (UNVERIFIED there). The record's ratio is its latest, which may be from after radiotherapy
 * (review c51-m2: the words said "found at diagnosis" then too): the words say when the flag applies, and the
 * reference gives nothing for a ratio after treatment. */
const abnormalFlcRatio = {
  text: "Abnormal serum FLC ratio in the record: at diagnosis, an adverse flag for progression to myeloma (UNVERIFIED in the reference); the reference says nothing of a ratio after treatment. Follow closely.",
  when: { fact: "flcRatioAbnormal", is: true },
  citations: ["caers-2018-jho"],
  evidence: "unverified",
} as const;
const rtReg = { us: guidelineOnly("NCCN: RT +/- surgery"), eu: guidelineOnly("European expert panel") };

export const PLASMACYTOMA_ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: "sp.bone.radiotherapy",
    group: "plasmacytoma",
    when: { all: [solitary, untreated, bone, rtAhead] },
    kind: "radiation",
    regimen: null,
    title: "Definitive involved-site radiotherapy (solitary bone plasmacytoma)",
    strength: "standard",
    clinicianText: `Definitive involved-site radiotherapy, 40-50 Gy in 1.8-2.0 Gy fractions (NCCN; the European-panel wording is UNVERIFIED in the reference). Systemic therapy is not routine (no randomized evidence). ${workUp} ${followUp}`,
    patientText:
      "This is the main treatment for a single tumor in the bone. Radiation is aimed at the tumor only. It is given in small doses over a few weeks. It can often control the tumor for a long time. You will still need blood tests every few months.",
    cautions: [
      rtUnderWay,
      // Review c11-W1: the verified dose first (treatments.md 1: "40-50 Gy ✔ NCCN"); the ILROG size split
      // below stays UNVERIFIED.
      {
        text: "Dose: 40-50 Gy in 1.8-2.0 Gy fractions (NCCN).",
        citations: ["nccn-mm-2026"],
        evidence: "verified",
      },
      {
        text: "Minimal marrow involvement (clonal plasma cells <10%): the strongest predictor of progression to myeloma, which is much more frequent and earlier; follow closely.",
        when: minimalMarrow,
        citations: ["caers-2018-jho"],
        evidence: "verified",
      },
      abnormalFlcRatio,
      {
        text: "Lesion 5 cm or more: worse local control and myeloma-free survival in solitary bone plasmacytoma (retrospective series).",
        when: { fact: "plasmacytomaSizeCm", gte: 5 },
        citations: ["caers-2018-jho"],
        evidence: "verified",
      },
      {
        text: "ILROG size-adapted doses (35-40 Gy for lesions <5 cm, up to 45-50 Gy for lesions of 5 cm or more) are UNVERIFIED in the reference.",
        when: { fact: "plasmacytomaSizeCm", known: true },
        citations: ["tsang-2018-ijrobp"],
        evidence: "unverified",
      },
    ],
    citations: ["caers-2018-jho", "tsang-2018-ijrobp", "nccn-mm-2026"],
    regulatory: rtReg,
    evidence: "verified",
  },
  {
    id: "sp.bone.surgery",
    group: "plasmacytoma",
    when: {
      all: [
        solitary,
        untreated,
        bone,
        rtAhead,
        {
          any: [
            { fact: "pathologicFracture", is: true },
            { fact: "spinalCordCompression", is: true },
          ],
        },
      ],
    },
    kind: "surgery",
    regimen: null,
    title: "Surgery for fracture, instability or neurological compression, then radiotherapy",
    strength: "standard",
    clinicianText:
      "Surgery is not primary therapy for solitary bone plasmacytoma; use it for structural instability, fracture or neurological compression, then give radiotherapy.",
    patientText:
      "Surgery is not the main treatment. It may be needed if the bone has broken. It may also be needed if the tumor presses on the spinal cord or nerves. Radiation is part of the treatment too, most often after the surgery.",
    cautions: [
      {
        // Review c18 (M9): the "surgery, then radiotherapy" order is past once the course is under way; the
        // fracture or compression may still need an operation (treatments.md 1, Surgery row).
        text: "Radiotherapy is recorded as under way: the order 'surgery, then radiotherapy' no longer applies. Surgery only if the fracture, instability or compression still needs it, planned with radiation oncology (NCCN: RT +/- surgery).",
        when: rtBeingGiven,
        citations: ["nccn-mm-2026"],
        evidence: "verified",
      },
      {
        text: "Spinal cord compression is an emergency: urgent assessment by spinal surgery and radiation oncology.",
        when: { fact: "spinalCordCompression", is: true },
        citations: ["nccn-mm-2026"],
        evidence: "verified",
      },
    ],
    citations: ["nccn-mm-2026", "caers-2018-jho"],
    regulatory: { us: guidelineOnly("NCCN: RT +/- surgery"), eu: guidelineOnly(null) },
    evidence: "verified",
  },
  {
    id: "sp.extramedullary.radiotherapy",
    group: "plasmacytoma",
    when: { all: [solitary, untreated, extramedullary, rtAhead] },
    kind: "radiation",
    regimen: null,
    title: "Definitive radiotherapy (solitary extramedullary plasmacytoma)",
    strength: "standard",
    clinicianText: `Definitive radiotherapy, 40-50 Gy; often curative (head and neck sites are the most common). Excision alone is not standard: radiotherapy after surgery, or radiotherapy alone. ${workUp} ${followUp} NCCN v1.2026: soft-tissue / head and neck extramedullary plasmacytoma can be followed less often.`,
    patientText:
      "This is the main treatment for a single tumor outside the bone. Radiation is aimed at the tumor. It is given in small doses over a few weeks. It often cures this kind of tumor. You will still need check-ups.",
    cautions: [
      rtUnderWay,
      {
        text: "Dose: 40-50 Gy (NCCN).",
        citations: ["nccn-mm-2026"],
        evidence: "verified",
      },
      {
        text: "Minimal marrow involvement (clonal plasma cells <10%): the strongest predictor of progression to myeloma; follow closely.",
        when: minimalMarrow,
        citations: ["caers-2018-jho"],
        evidence: "verified",
      },
      abnormalFlcRatio,
    ],
    citations: ["caers-2018-jho", "tsang-2018-ijrobp", "nccn-mm-2026"],
    regulatory: rtReg,
    evidence: "verified",
  },
  {
    id: "sp.extramedullary.excision",
    group: "plasmacytoma",
    // Excision comes before the radiotherapy (NCCN: RT +/- surgery): not once the radiotherapy is under way.
    when: { all: [solitary, untreated, extramedullary, rtAhead, { not: rtBeingGiven }] },
    kind: "surgery",
    regimen: null,
    title: "Excision followed by radiotherapy (solitary extramedullary plasmacytoma)",
    strength: "consider",
    clinicianText:
      "Excision alone is not standard for solitary extramedullary plasmacytoma; when the lesion is excised, give radiotherapy after surgery (NCCN: RT +/- surgery).",
    patientText:
      "Sometimes the tumor is taken out with surgery. Surgery alone is not enough. Radiation is still given after it.",
    cautions: [
      {
        text: "Excision alone is not standard therapy: plan radiotherapy after surgery.",
        citations: ["nccn-mm-2026"],
        evidence: "verified",
      },
    ],
    citations: ["nccn-mm-2026", "caers-2018-jho"],
    regulatory: { us: guidelineOnly("NCCN: RT +/- surgery"), eu: guidelineOnly(null) },
    evidence: "verified",
  },
  {
    // Review c9b: after definitive radiotherapy the reference describes follow-up, not more treatment.
    id: "sp.after-radiotherapy.follow-up",
    group: "plasmacytoma",
    when: { all: [solitary, untreated, rtGiven] },
    kind: "observation",
    regimen: null,
    title: "Follow-up after definitive radiotherapy (solitary plasmacytoma)",
    strength: "standard",
    clinicianText: `Definitive radiotherapy has been given. ${followUp} Systemic therapy is not routine after radiotherapy (no randomized evidence). NCCN v1.2026: soft-tissue / head and neck extramedullary plasmacytoma can be followed less often.`,
    patientText:
      "You have had radiation for the tumor. Now you will have check-ups with blood and urine tests every few months. Scans are done if they are needed. These tests look for any sign that the disease has come back or spread.",
    cautions: [
      {
        text: "Minimal marrow involvement (clonal plasma cells <10%): the strongest predictor of progression to myeloma, which is much more frequent and earlier; follow closely.",
        when: minimalMarrow,
        citations: ["caers-2018-jho"],
        evidence: "verified",
      },
      abnormalFlcRatio,
    ],
    citations: ["nccn-mm-2026", "caers-2018-jho"],
    regulatory: { us: guidelineOnly("NCCN: follow-up every 3-6 months"), eu: guidelineOnly(null) },
    evidence: "verified",
  },
  {
    id: "sp.high-risk.trial",
    group: "plasmacytoma",
    when: {
      all: [
        solitary,
        untreated,
        {
          any: [minimalMarrow, { all: [bone, { fact: "plasmacytomaSizeCm", gte: 5 }] }],
        },
      ],
    },
    kind: "clinical-trial",
    regimen: null,
    title: "Closer follow-up and a clinical trial for plasmacytoma with high-risk features",
    strength: "trial",
    clinicianText:
      "High risk of progression to myeloma (minimal marrow involvement, or a bone lesion of 5 cm or more): systemic therapy is not routine and has no randomized evidence; consider a clinical trial and closer follow-up.",
    patientText:
      "Your tumor has signs that it may turn into myeloma. There is no proven drug to stop this yet. A research study may be an option. Your team may also check you more often.",
    cautions: [],
    citations: ["caers-2018-jho"],
    regulatory: { us: null, eu: null },
    evidence: "verified",
  },
];
