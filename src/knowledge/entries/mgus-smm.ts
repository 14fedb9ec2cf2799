/** MGUS and smoldering myeloma: monitoring by risk, and therapy for high-risk SMM (treatments.md 2). */
import type { Condition, KnowledgeEntry } from "../types.js";
import { approved, offLabel, treated, untreated } from "./common.js";

const mgus: Condition = { all: [{ fact: "category", is: "mgus" }, untreated] };
/** Light-chain MGUS is followed by its free light chains (review c9b): its own entry below. */
const notLightChain: Condition = { not: { fact: "lightChainMgus", is: true } };
const smm: Condition = { all: [{ fact: "category", is: "smoldering-myeloma" }, untreated] };
/** Smouldering myeloma treated as such (treatmentHistory setting; the category kept: review c8-07). */
const smmTreated: Condition = { all: [{ fact: "category", is: "smoldering-myeloma" }, treated] };
const mayoHigh: Condition = { fact: "smmMayo2018Group", is: "high" };
/** The AQUILA fixed duration in months: up to 39 cycles / 36 months (treatments.md 2b). */
const AQUILA_MONTHS = 36;

export const MGUS_SMM_ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: "smm.on-therapy.continue-daratumumab",
    group: "mgus-smm",
    when: {
      all: [
        smmTreated,
        { fact: "phase", is: "smoldering-therapy" },
        { fact: "onAntiCd38", is: true },
        // Not past the fixed course (review c20-2); another anti-CD38 schedule (no months) is not AQUILA's.
        { not: { fact: "smmDaratumumabMonths", gte: AQUILA_MONTHS } },
      ],
    },
    kind: "systemic-therapy",
    regimen: { code: "Dara-SC", drugs: ["daratumumab"] },
    title:
      "Continue daratumumab SC for high-risk smoldering myeloma to its fixed duration (up to 39 cycles / 36 months; AQUILA)",
    strength: "standard",
    clinicianText:
      "Daratumumab-hyaluronidase 1800 mg SC every 4 weeks from week 25, to 39 cycles / 36 months from the start or until progression (fixed duration), then active monitoring. It is therapy for smoldering myeloma, not a line of myeloma therapy: no transplant or maintenance pathway applies unless the disease progresses to active myeloma.",
    patientText:
      "The usual choice is to keep getting the daratumumab shot until its set time ends, up to 3 years. Your team checks your blood often. If the disease turns active, the plan changes.",
    cautions: [
      {
        text: "Infections 16.1% vs 4.6% in AQUILA.",
        citations: ["dimopoulos-2025-nejm-aquila"],
        evidence: "verified",
      },
    ],
    citations: ["dimopoulos-2025-nejm-aquila", "dara-smm-approvals-2025"],
    regulatory: {
      us: approved("2025-11-06", "Darzalex Faspro; high-risk SMM only"),
      eu: approved("2025-07-23", "CHMP 2025-06-19"),
    },
    evidence: "verified",
  },
  {
    // Review c20-2: at month 39 "continue daratumumab" was still listed as standard. AQUILA is a fixed course:
    // up to 39 cycles / 36 months or until progression (treatments.md 2b), then active monitoring.
    id: "smm.on-therapy.daratumumab-course-complete",
    group: "mgus-smm",
    when: {
      all: [
        smmTreated,
        { fact: "phase", is: "smoldering-therapy" },
        { fact: "smmDaratumumabMonths", gte: AQUILA_MONTHS },
      ],
    },
    kind: "observation",
    regimen: null,
    title:
      "Daratumumab course for smoldering myeloma complete (36 months, the AQUILA fixed duration): stop it and return to active monitoring",
    strength: "standard",
    clinicianText:
      "AQUILA gave daratumumab SC for up to 39 cycles / 36 months or until progression (fixed duration); the record shows 36 months or more. The course is complete: active monitoring follows (re-test every 6-12 months if stable, IMWG 2010).",
    patientText:
      "Your daratumumab shots were planned for a set time of up to 3 years, and that time is reached. The usual next step is to stop them and keep checking your blood regularly.",
    cautions: [],
    citations: ["dimopoulos-2025-nejm-aquila", "kyle-2010-leukemia"],
    regulatory: { us: null, eu: null },
    evidence: "verified",
  },
  {
    id: "smm.on-therapy.monitoring",
    group: "mgus-smm",
    when: smmTreated,
    kind: "observation",
    regimen: null,
    // Review c67-U2: lenalidomide alone (E3A06) or with dexamethasone (QuiRedex) given for smouldering myeloma
    // had no pregnancy-prevention word anywhere (treatments.md 7a: "pregnancy REMS"; 7b). Said here, the card of
    // the therapy being given, as the line being given says it in active myeloma.
    currentDrugRules: [
      "lenalidomide.pregnancy-prevention",
      "pomalidomide.pregnancy-prevention",
      "thalidomide.pregnancy-prevention",
    ],
    title: "Monitoring for progression to active myeloma, during and after therapy for smoldering myeloma",
    strength: "standard",
    clinicianText:
      "Watch for progression to active myeloma (an IMWG 2014 myeloma-defining event: CRAB or SLiM) with M-protein, free light chains, blood count, calcium and creatinine, and imaging when symptoms suggest it. The reference gives intervals for smoldering myeloma off therapy (re-test every 4-6 months for 1 year, then every 6-12 months if stable; IMWG 2010); during therapy follow the regimen's assessment schedule (the reference gives none).",
    patientText:
      "Your team checks your blood regularly to see if the disease turns active. Tell them about new bone pain, tiredness or infections.",
    cautions: [],
    citations: ["kyle-2010-leukemia", "rajkumar-2014-lancet-oncol", "dimopoulos-2025-nejm-aquila"],
    regulatory: { us: null, eu: null },
    evidence: "verified",
  },
  {
    id: "mgus.low-risk.monitoring",
    group: "mgus-smm",
    when: { all: [mgus, notLightChain, { fact: "mgusRisk", is: "low" }] },
    kind: "observation",
    regimen: null,
    title: "Monitoring for low-risk MGUS",
    strength: "standard",
    clinicianText:
      "Low-risk MGUS (M-protein <1.5 g/dL, IgG type, normal FLC ratio; IMWG 2010): SPEP at 6 months; if stable, every 2-3 years or when symptoms suggest progression.",
    patientText:
      "MGUS is not cancer. It rarely turns into myeloma. You need a blood test in 6 months. If it stays the same, you need tests every 2 to 3 years. Tell your doctor about new bone pain or tiredness.",
    cautions: [],
    citations: ["kyle-2010-leukemia"],
    regulatory: { us: null, eu: null },
    evidence: "verified",
  },
  {
    id: "mgus.intermediate-high-risk.monitoring",
    group: "mgus-smm",
    when: { all: [mgus, notLightChain, { fact: "mgusRisk", is: "intermediate-high" }] },
    showWhenUnknown: true,
    kind: "observation",
    regimen: null,
    title: "Monitoring for intermediate- or high-risk MGUS",
    strength: "standard",
    clinicianText:
      "Intermediate/high-risk MGUS (at least one of: M-protein >=1.5 g/dL, non-IgG type, abnormal FLC ratio; IMWG 2010): re-test at 6 months, then yearly for life. When the risk cannot be decided, this closer plan is shown.",
    patientText:
      "MGUS is not cancer. Your blood tests show a somewhat higher chance that it could change. You need a blood test in 6 months. After that, you need one each year.",
    cautions: [],
    citations: ["kyle-2010-leukemia"],
    regulatory: { us: null, eu: null },
    evidence: "verified",
  },
  {
    // Review c9b. The reference gives no separate schedule for light-chain MGUS: it is defined by an
    // abnormal FLC ratio with no heavy chain on IFE (criteria-and-scores.md 1.3), so the FLC is what is
    // followed, and an abnormal FLC ratio is an IMWG 2010 intermediate/high-risk factor (treatments.md 2a).
    id: "mgus.light-chain.monitoring",
    group: "mgus-smm",
    when: { all: [mgus, { fact: "lightChainMgus", is: true }] },
    kind: "observation",
    regimen: null,
    title: "Monitoring for light-chain MGUS, by serum free light chains",
    strength: "standard",
    clinicianText:
      "Light-chain MGUS (abnormal FLC ratio <0.26 or >1.65 with the involved light chain raised, no heavy chain on immunofixation, urine M-protein <500 mg/24 h; IMWG 2014): follow it by serum free light chains (kappa, lambda and their ratio), not by a serum M-spike, which it does not have. Its abnormal FLC ratio is an IMWG 2010 risk factor, so the intermediate/high-risk interval applies: at 6 months, then yearly.",
    patientText:
      "Light chain MGUS is not cancer. It is checked with a blood test of light chains, not the usual blood protein test. You need this test in 6 months. After that, you need one each year.",
    cautions: [],
    citations: ["rajkumar-2014-lancet-oncol", "kyle-2010-leukemia"],
    regulatory: { us: null, eu: null },
    evidence: "verified",
    evidenceNote:
      "The reference gives no separate monitoring row for light-chain MGUS: the test (FLC) follows from its definition, the interval from the IMWG 2010 abnormal-FLC-ratio risk factor.",
  },
  {
    id: "smm.monitoring",
    group: "mgus-smm",
    when: { all: [smm, { not: mayoHigh }] },
    showWhenUnknown: true,
    kind: "observation",
    regimen: null,
    title: "Active monitoring for smoldering myeloma",
    strength: "standard",
    clinicianText:
      "Active monitoring is standard for smoldering myeloma that is not high risk: re-test 2-3 months after diagnosis, then every 4-6 months for 1 year, then every 6-12 months if stable (IMWG 2010).",
    patientText:
      "Smoldering myeloma does not need treatment now. It may stay quiet for years. Your team will check your blood often. The first check is in 2 to 3 months. Later checks are spaced out if things stay the same.",
    cautions: [],
    citations: ["kyle-2010-leukemia", "lakshman-2018-bcj"],
    regulatory: { us: null, eu: null },
    evidence: "verified",
  },
  {
    id: "smm.high-risk.active-monitoring",
    group: "mgus-smm",
    when: { all: [smm, mayoHigh] },
    kind: "observation",
    regimen: null,
    title: "Active monitoring (high-risk smoldering myeloma)",
    strength: "consider",
    clinicianText:
      "Active monitoring remains an option in high-risk smoldering myeloma (the AQUILA control arm; NCCN lists observation or a trial). Mayo 2018 high risk: about 44-50% progress at 2 years. Re-test 2-3 months after diagnosis, then every 4-6 months for a year, then every 6-12 months if stable (IMWG 2010; the same schedule as any smoldering myeloma: the reference gives no separate high-risk interval).",
    patientText:
      "Your smoldering myeloma has a higher chance of turning active. Waiting and checking often is still a choice. Your team will test your blood every few months. Treatment starts if the disease becomes active.",
    cautions: [],
    citations: ["dimopoulos-2025-nejm-aquila", "lakshman-2018-bcj", "mateos-2020-bcj", "kyle-2010-leukemia"],
    regulatory: { us: null, eu: null },
    evidence: "verified",
  },
  {
    id: "smm.high-risk.daratumumab-sc",
    group: "mgus-smm",
    when: { all: [smm, { any: [mayoHigh, { fact: "smmHighRiskAquila", is: true }] }] },
    kind: "systemic-therapy",
    regimen: { code: "Dara-SC", drugs: ["daratumumab"] },
    title: "Daratumumab SC monotherapy for high-risk smoldering myeloma (AQUILA)",
    strength: "standard",
    adjust: [
      {
        // Review c48-F4: high risk by the AQUILA entry definition alone while 20/2/20 reads low or intermediate.
        // treatments.md 2b: active monitoring is the default for low/intermediate risk, and the drug is indicated
        // for high-risk SMM only; criteria-and-scores.md 2.3: the trial definition labels about 3 times more
        // patients high risk than 20/2/20, so the two are kept apart.
        id: "mayo-not-high",
        when: { fact: "smmMayo2018Group", in: ["low", "intermediate"] },
        to: "consider",
        because:
          "High risk by the AQUILA trial definition only: the Mayo 2018 (20/2/20) model reads this smouldering myeloma as not high risk, and active monitoring is the default for low and intermediate risk (the AQUILA definition labels about 3 times more patients high risk than 20/2/20). Not a first choice; the team weighs the two",
        show: ["smmMayo2018Group"],
        citations: ["lakshman-2018-bcj", "dimopoulos-2025-nejm-aquila", "dara-smm-approvals-2025"],
        evidence: "verified",
      },
      {
        // Review c49-W2: IgA smouldering myeloma with no FLC values: the Mayo group cannot be computed, and the
        // AQUILA definition alone gave daratumumab "standard".
        id: "mayo-not-known",
        when: { fact: "smmMayo2018Group", known: false },
        to: "consider",
        because:
          "The Mayo 2018 (20/2/20) risk group cannot be computed (a value it needs is not recorded): high risk by the AQUILA trial definition alone is not high risk by the model, and active monitoring is the default for low and intermediate risk. Not a first choice until the model's values are measured",
        show: ["smmMayo2018Group"],
        citations: ["lakshman-2018-bcj", "dimopoulos-2025-nejm-aquila", "dara-smm-approvals-2025"],
        evidence: "verified",
      },
    ],
    clinicianText:
      "Daratumumab-hyaluronidase 1800 mg SC weekly weeks 1-8, every 2 weeks weeks 9-24, every 4 weeks from week 25; up to 39 cycles / 36 months or until progression (fixed duration). AQUILA (n=390): PFS HR 0.49 (0.36-0.67); 5-year PFS 63.1% vs 40.8%; 5-year OS 93.0% vs 86.9%. First approved SMM therapy.",
    patientText:
      "This drug is a shot under the skin. It helps the immune system attack the myeloma cells. In a large study it delayed active myeloma. People also lived longer. It is given for up to 3 years. Infections were more common.",
    cautions: [
      {
        text: "The FDA notices do not name a risk model: the drug is indicated for high-risk SMM only, not other risk groups. The label's exact high-risk wording was not seen; do not map it to a single score without reading the prescribing information.",
        citations: ["dara-smm-approvals-2025"],
        evidence: "verified",
      },
      {
        text: "Infections 16.1% vs 4.6% in AQUILA.",
        citations: ["dimopoulos-2025-nejm-aquila"],
        evidence: "verified",
      },
    ],
    citations: ["dimopoulos-2025-nejm-aquila", "dara-smm-approvals-2025", "lakshman-2018-bcj"],
    regulatory: {
      us: approved("2025-11-06", "Darzalex Faspro; high-risk SMM only"),
      eu: approved("2025-07-23", "CHMP 2025-06-19"),
    },
    evidence: "verified",
  },
  {
    id: "smm.high-risk.lenalidomide-dexamethasone",
    group: "mgus-smm",
    when: { all: [smm, { any: [mayoHigh, { fact: "smmHighRiskQuiredex", is: true }] }] },
    kind: "systemic-therapy",
    regimen: { code: "Rd", drugs: ["lenalidomide", "dexamethasone"] },
    title: "Lenalidomide-dexamethasone for high-risk smoldering myeloma (QuiRedex)",
    strength: "consider",
    clinicianText:
      "Induction lenalidomide 25 mg days 1-21 + dexamethasone 20 mg days 1-4 and 12-15, every 28 days x 9; then lenalidomide 10 mg days 1-21 to 2 years. QuiRedex: TTP HR 0.18; 3-year OS 94% vs 80%; at 12.5 years TTP 9.5 vs 2.1 years, OS HR 0.57.",
    patientText:
      "These are two pills taken by mouth. In one study they delayed active myeloma. People also lived longer. The study is older. Some people in it may have had active myeloma already.",
    cautions: [
      {
        text: "The trial predates modern imaging and may have included patients with active myeloma.",
        citations: ["mateos-2013-nejm"],
        evidence: "verified",
      },
    ],
    citations: ["mateos-2013-nejm"],
    regulatory: { us: offLabel(), eu: offLabel() },
    evidence: "unverified",
    evidenceNote:
      "The QuiRedex entry definition of high risk is UNVERIFIED in criteria-and-scores 2.3 (only its first arm, marrow plasma cells and M-protein, is computed; the flow-cytometry arm is not in the record).",
  },
  {
    id: "smm.high-risk.lenalidomide",
    group: "mgus-smm",
    // Correction 2026-12-01 (treatments.md 2b): the E3A06 entry criteria (BMPC >= 10% and an abnormal
    // FLC ratio) are met by most SMM, so they are not the population to offer. Offer to Mayo 2018
    // high risk; intermediate only with the caution below; never to low risk.
    when: { all: [smm, { fact: "smmMayo2018Group", in: ["intermediate", "high"] }] },
    kind: "systemic-therapy",
    regimen: { code: "R", drugs: ["lenalidomide"] },
    title: "Lenalidomide alone for high-risk smoldering myeloma (E3A06)",
    strength: "consider",
    clinicianText:
      "Lenalidomide 25 mg days 1-21 every 28 days. E3A06 (n=182; marrow plasma cells >=10% and abnormal FLC ratio): PFS HR 0.28 (0.12-0.62); 3-year PFS 91% vs 66%. Grade 3-4 non-haematologic adverse events 28%; many stopped for toxicity. Most SMM meets the trial's entry criteria, so they are not the population to offer: offer to Mayo 2018 (20/2/20) high-risk SMM; intermediate risk only with the caution that the benefit was concentrated in high risk; never to low-risk SMM.",
    patientText:
      "This is one pill taken by mouth. In one study it delayed active myeloma. Side effects made many people stop. Ask your team how it compares with waiting.",
    cautions: [
      {
        text: "Grade 3-4 non-haematologic adverse events in 28%; many patients stopped for toxicity.",
        citations: ["lonial-2020-jco"],
        evidence: "verified",
      },
      {
        text: "Mayo 2018 intermediate risk: in E3A06 the benefit was concentrated in high-risk (20/2/20) patients and was not significant in low risk (subgroup UNVERIFIED in the reference: recalled, figure not re-read). Active monitoring is the standard here.",
        when: { fact: "smmMayo2018Group", is: "intermediate" },
        citations: ["lonial-2020-jco", "lakshman-2018-bcj"],
        evidence: "unverified",
      },
    ],
    citations: ["lonial-2020-jco", "lakshman-2018-bcj"],
    regulatory: { us: offLabel(), eu: offLabel() },
    evidence: "verified",
    evidenceNote:
      "The trial is checked; the benefit by 20/2/20 group is UNVERIFIED (named in a caution for intermediate risk).",
  },
  {
    id: "smm.high-risk.trial",
    group: "mgus-smm",
    when: {
      all: [
        smm,
        {
          any: [
            mayoHigh,
            { fact: "smmImwg2020Group", in: ["intermediate-high", "high"] },
            { fact: "smmHighRiskAquila", is: true },
          ],
        },
      ],
    },
    kind: "clinical-trial",
    regimen: null,
    title: "Clinical trial for high-risk smoldering myeloma",
    strength: "trial",
    clinicianText: "NCCN lists observation or a clinical trial as options for high-risk smoldering myeloma.",
    patientText:
      "A research study may be a choice for you. Studies test new ways to stop smoldering myeloma from turning active. Ask your team if one is open near you.",
    cautions: [],
    citations: ["nccn-mm-2026", "mateos-2020-bcj"],
    regulatory: { us: null, eu: null },
    evidence: "unverified",
    evidenceNote: "NCCN category detail for this option is UNVERIFIED in the reference.",
  },
];
