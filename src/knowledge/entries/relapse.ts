/** Relapsed/refractory myeloma: combination regimens by prior lines and refractoriness
 * (treatments.md 5a and the 5d selection matrix). */
import type { Condition, KnowledgeEntry } from "../types.js";
import { bispecificFitness, TECLISTAMAB_STAY } from "./bispecific.js";
import {
  afterBcma,
  approved,
  bortezomibRefractoryBvd,
  carfilzomibHeartFailure,
  carfilzomibRefractoryPositioning,
  guidelineOnly,
  notAntiCd38Refractory,
  notApproved,
  offLabel,
  pending,
  relapsed,
} from "./common.js";

const oneToThree: Condition = { fact: "priorLines", lte: 3 };
const lenSensitive: Condition = { fact: "lenalidomideRefractory", is: false };
const lenExposed: Condition = { fact: "lenalidomideExposed", is: true };
const piExposed: Condition = { fact: "piExposed", is: true };
const imidExposed: Condition = { fact: "imidExposed", is: true };
const euUnverified = (date: string | null) => approved(date, "UNVERIFIED in the reference");
/** Anti-CD38-refractory relapse, not carfilzomib-refractory, after at least `priorLines` prior lines. */
const antiCd38RefractoryAfter = (priorLines: number): Condition => ({
  all: [
    relapsed,
    { fact: "priorLines", gte: priorLines },
    { fact: "antiCd38Refractory", is: true },
    { not: { fact: "carfilzomibRefractory", is: true } },
  ],
});
/** Kd from the first relapse. The selection matrix (treatments.md 5d) lists Kd/KPd for anti-CD38-refractory
 * disease after >= 2 prior lines and has no row for anti-CD38-refractory disease at first relapse (after
 * D-VRd or DRd induction; review c8, 2026-12-02). Kd is labelled from 1 prior line (US Kyprolis PI,
 * section 1: 1 to 3 lines, with dexamethasone) on ENDEAVOR, which enrolled 1 to 3 prior lines. */
const kdSituation = antiCd38RefractoryAfter(1);
/** KPd keeps the matrix's >= 2 prior lines: no source was seen for it earlier. */
const kpdSituation = antiCd38RefractoryAfter(2);
/** "Other combinations (IRd, ERd, KPd, Kd, ...) are NCCN-listed options; dates/details U" (treatments.md 5a). NCCN is a
 * US guideline; the reference gives these no EU status, so none is stated (review c84-m3: "guideline-only" claimed
 * one), as for Xd. */
const nccnListed = {
  us: guidelineOnly("NCCN-listed option; approval dates and details UNVERIFIED in the reference"),
  eu: null,
};
const rrPatient =
  "The myeloma has come back, so a new mix of drugs is needed. Your team picks one based on the drugs you had before.";

export const RELAPSE_ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: "rr.dkd",
    group: "relapse",
    when: { all: [relapsed, notAntiCd38Refractory] },
    label: { us: oneToThree },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "DKd", drugs: ["daratumumab", "carfilzomib", "dexamethasone"] },
    title: "DKd (CANDOR)",
    strength: "standard",
    adjust: [carfilzomibHeartFailure, carfilzomibRefractoryPositioning],
    clinicianText:
      "Daratumumab (IV or SC) + carfilzomib 20/56 twice weekly or 20/70 weekly + dexamethasone; RRMM after 1-3 prior lines. Positioned for lenalidomide-refractory, PI-sensitive disease; not for significant cardiac disease.",
    patientText: `${rrPatient} This mix has three drugs. Two go into a vein or under the skin. It can strain the heart, so your heart will be checked.`,
    cautions: [],
    citations: ["dimopoulos-2020-lancet-candor"],
    regulatory: { us: approved("2020-08-20", "1-3 prior lines"), eu: euUnverified("2021") },
    evidence: "unverified",
    evidenceNote: "The EU approval date is UNVERIFIED in the reference.",
  },
  {
    id: "rr.isa-kd",
    group: "relapse",
    when: { all: [relapsed, notAntiCd38Refractory] },
    label: { us: oneToThree },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "Isa-Kd", drugs: ["isatuximab", "carfilzomib", "dexamethasone"] },
    title: "Isa-Kd (IKEMA)",
    strength: "standard",
    adjust: [carfilzomibHeartFailure, carfilzomibRefractoryPositioning],
    clinicianText:
      "Isatuximab 10 mg/kg + carfilzomib + dexamethasone; RRMM after 1-3 prior lines (US) or >=1 prior line (EU). Positioned as DKd.",
    patientText: `${rrPatient} This mix has three drugs. Two go into a vein. It can strain the heart, so your heart will be checked.`,
    cautions: [],
    citations: ["moreau-2021-lancet-ikema"],
    regulatory: {
      us: approved("2021-03-31", "1-3 prior lines"),
      eu: approved("2021", ">=1 prior line; month UNVERIFIED in the reference"),
    },
    evidence: "unverified",
    evidenceNote: "The EU approval month is UNVERIFIED in the reference.",
  },
  {
    id: "rr.dpd",
    group: "relapse",
    when: { all: [relapsed, lenExposed, piExposed, notAntiCd38Refractory] },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "DPd", drugs: ["daratumumab", "pomalidomide", "dexamethasone"] },
    title: "DPd (APOLLO)",
    strength: "standard",
    clinicianText:
      "Daratumumab SC + pomalidomide 4 mg days 1-21 + dexamethasone; >=1 prior line including lenalidomide and a PI. Positioned for lenalidomide-refractory disease after 1 line.",
    patientText: `${rrPatient} This mix has a shot under the skin and two pills.`,
    // Review c53-W5: standard at a lenalidomide-sensitive first relapse, beside its own caution; treatments.md 5d's
    // row for that situation does not list DPd (5a: positioned for lenalidomide-refractory disease after 1 line).
    adjust: [
      {
        id: "lenalidomide-sensitive-first-relapse",
        when: {
          all: [
            { fact: "priorLines", is: 1 },
            { fact: "lenalidomideRefractory", is: false },
          ],
        },
        to: "consider",
        because:
          "Lenalidomide-sensitive disease after 1 prior line: APOLLO required lenalidomide-refractory disease when there was only 1 prior line, and the regimens for a lenalidomide-sensitive first relapse do not include DPd (treatments.md 5d). Not a first choice here",
        show: ["priorLines", "lenalidomideRefractory"],
        citations: ["dimopoulos-2021-lancet-oncol-apollo"],
        evidence: "verified",
      },
    ],
    cautions: [
      {
        // Lenalidomide refractoriness not known (known not refractory: the adjustment above says it; review c54-6: the
        // words say it is not known).
        text: "Lenalidomide refractoriness is not known here: APOLLO required lenalidomide-refractory disease when there was only 1 prior line, and the matrix lists DPd for the lenalidomide-refractory first relapse (treatments.md 5d).",
        when: {
          all: [
            { fact: "priorLines", is: 1 },
            { fact: "lenalidomideRefractory", known: false },
          ],
        },
        citations: ["dimopoulos-2021-lancet-oncol-apollo"],
        evidence: "verified",
      },
    ],
    citations: ["dimopoulos-2021-lancet-oncol-apollo"],
    regulatory: { us: approved("2021-07-09", "SC"), eu: euUnverified("2021") },
    evidence: "unverified",
    evidenceNote: "The EU approval date is UNVERIFIED in the reference.",
  },
  {
    id: "rr.isa-pd",
    group: "relapse",
    when: { all: [relapsed, { fact: "priorLines", gte: 2 }, lenExposed, piExposed, notAntiCd38Refractory] },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "Isa-Pd", drugs: ["isatuximab", "pomalidomide", "dexamethasone"] },
    title: "Isa-Pd (ICARIA-MM)",
    strength: "standard",
    clinicianText:
      "Isatuximab 10 mg/kg + pomalidomide + dexamethasone; >=2 prior lines including lenalidomide and a PI.",
    patientText: `${rrPatient} This mix has a drug given into a vein and two pills.`,
    cautions: [
      {
        text: "Subcutaneous isatuximab (IRAKLIA, Isa-Pd SC vs IV, n=531: ORR 71.1% vs 70.5%; infusion reactions 1.5% vs 25%): EU approved before 2026-06-22 (day UNVERIFIED); US decision pending (PDUFA reportedly 2026-07-23, outcome unknown at the knowledge date): not approved in the US.",
        citations: ["iraklia-isatuximab-sc", "pending-decisions-2026"],
        evidence: "unverified",
      },
    ],
    citations: ["attal-2019-lancet-icaria"],
    regulatory: {
      us: approved("2020-03-02", ">=2 prior lines incl lenalidomide and a PI"),
      eu: euUnverified("2020"),
    },
    evidence: "unverified",
    evidenceNote: "The EU approval date is UNVERIFIED in the reference.",
  },
  {
    id: "rr.dvd",
    group: "relapse",
    when: { all: [relapsed, notAntiCd38Refractory] },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "DVd", drugs: ["daratumumab", "bortezomib", "dexamethasone"] },
    title: "DVd (CASTOR)",
    strength: "standard",
    clinicianText:
      "Daratumumab + bortezomib + dexamethasone; >=1 prior line; not dependent on lenalidomide refractoriness. DVd was the control arm in DREAMM-7 and MajesTEC-3.",
    patientText: `${rrPatient} This mix has two shots and a pill.`,
    cautions: [],
    citations: ["palumbo-2016-nejm-castor"],
    regulatory: {
      us: approved("2016-11-21", "UNVERIFIED in the reference"),
      eu: approved(null, "Date UNVERIFIED in the reference"),
    },
    evidence: "unverified",
    evidenceNote: "The DVd row is UNVERIFIED in the reference.",
  },
  {
    id: "rr.drd",
    group: "relapse",
    when: { all: [relapsed, lenSensitive, notAntiCd38Refractory] },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "DRd", drugs: ["daratumumab", "lenalidomide", "dexamethasone"] },
    title: "DRd (POLLUX), lenalidomide-sensitive only",
    strength: "standard",
    clinicianText:
      "Daratumumab + lenalidomide + dexamethasone; >=1 prior line; lenalidomide-sensitive disease only.",
    patientText: `${rrPatient} This mix has a shot and two pills. It only fits if the pill lenalidomide still works for you.`,
    cautions: [],
    citations: ["dimopoulos-2016-nejm-pollux"],
    regulatory: {
      us: approved("2016-11-21", "UNVERIFIED in the reference"),
      eu: approved(null, "UNVERIFIED"),
    },
    evidence: "unverified",
    evidenceNote: "The DRd (POLLUX) row is UNVERIFIED in the reference.",
  },
  {
    id: "rr.krd",
    group: "relapse",
    when: { all: [relapsed, lenSensitive] },
    label: { us: oneToThree },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "KRd", drugs: ["carfilzomib", "lenalidomide", "dexamethasone"] },
    title: "KRd (ASPIRE), lenalidomide-sensitive",
    strength: "standard",
    adjust: [carfilzomibHeartFailure],
    clinicianText:
      "Carfilzomib + lenalidomide + dexamethasone; 1-3 prior lines; lenalidomide-sensitive disease.",
    patientText: `${rrPatient} This mix has a drug given into a vein and two pills. Your heart will be checked.`,
    cautions: [],
    citations: ["stewart-2015-nejm-aspire"],
    regulatory: {
      us: approved("2015-07-24", "UNVERIFIED in the reference"),
      eu: approved(null, "UNVERIFIED"),
    },
    evidence: "unverified",
    evidenceNote: "The KRd (ASPIRE) row is UNVERIFIED in the reference.",
  },
  {
    id: "rr.pvd",
    group: "relapse",
    when: { all: [relapsed, lenExposed] },
    kind: "systemic-therapy",
    regimen: { code: "PVd", drugs: ["pomalidomide", "bortezomib", "dexamethasone"] },
    title: "PVd (OPTIMISMM)",
    strength: "consider",
    clinicianText:
      "Pomalidomide + bortezomib + dexamethasone; >=1 prior line including lenalidomide. Positioned for lenalidomide-refractory disease; control arm in CARTITUDE-4.",
    patientText: `${rrPatient} This mix has a shot and two pills.`,
    cautions: [],
    citations: ["richardson-2019-lancet-oncol-optimismm"],
    regulatory: {
      us: offLabel("Not a US-labelled regimen (UNVERIFIED in the reference)"),
      eu: approved("2019", "UNVERIFIED in the reference"),
    },
    evidence: "unverified",
    evidenceNote: "The PVd row is UNVERIFIED in the reference.",
  },
  {
    id: "rr.xvd",
    group: "relapse",
    when: relapsed,
    kind: "systemic-therapy",
    regimen: { code: "XVd", drugs: ["selinexor", "bortezomib", "dexamethasone"] },
    title: "XVd / SVd once weekly (BOSTON)",
    strength: "standard",
    clinicianText:
      "Selinexor 100 mg once weekly + bortezomib 1.3 mg/m2 weekly + dexamethasone 20 mg twice weekly; >=1 prior therapy. Less neuropathy than twice-weekly Vd (grade >=2 neuropathy 21% vs 34%).",
    patientText: `${rrPatient} This mix has two pills and a weekly shot. It causes less nerve damage than the older twice-a-week plan.`,
    cautions: [],
    citations: ["grosicki-2020-lancet-boston"],
    regulatory: {
      us: approved("2020-12-18", ">=1 prior therapy"),
      eu: approved(null, "UNVERIFIED in the reference"),
    },
    evidence: "unverified",
    evidenceNote: "The EU status is UNVERIFIED in the reference (US checked).",
  },
  {
    id: "rr.epd",
    group: "relapse",
    when: { all: [relapsed, { fact: "priorLines", gte: 2 }, lenExposed, piExposed] },
    kind: "systemic-therapy",
    regimen: { code: "EPd", drugs: ["elotuzumab", "pomalidomide", "dexamethasone"] },
    title: "EPd (ELOQUENT-3)",
    strength: "consider",
    clinicianText:
      "Elotuzumab + pomalidomide + dexamethasone; >=2 prior lines including lenalidomide and a PI. An option when the disease is anti-CD38-refractory.",
    patientText: `${rrPatient} This mix has a drug given into a vein and two pills.`,
    cautions: [],
    citations: ["dimopoulos-2018-nejm-eloquent3"],
    regulatory: {
      us: approved("2018-11", "Day UNVERIFIED in the reference"),
      eu: approved(null, "UNVERIFIED"),
    },
    evidence: "unverified",
    evidenceNote: "The EPd row is UNVERIFIED in the reference.",
  },
  {
    id: "rr.bvd",
    group: "relapse",
    when: relapsed,
    label: { us: { all: [{ fact: "priorLines", gte: 2 }, piExposed, imidExposed] } },
    kind: "systemic-therapy",
    regimen: { code: "BVd", drugs: ["belantamab mafodotin", "bortezomib", "dexamethasone"] },
    title: "BVd, belantamab mafodotin + Vd (DREAMM-7)",
    strength: "standard",
    adjust: [
      {
        // treatments.md 5 (BVd row): DREAMM-7 excluded prior anti-BCMA therapy, and belantamab is
        // BCMA-directed; 5d: BCMA-directed agents are less active after BCMA therapy. The trial's result
        // does not cover these patients (as IMROZ's does not cover frail ones).
        id: "after-bcma",
        when: afterBcma,
        to: "consider",
        because:
          "Prior BCMA-directed therapy: DREAMM-7 excluded it, so its results do not cover this patient, and belantamab targets BCMA too",
        show: ["bcmaAgentsBefore"],
        citations: ["hungria-2024-nejm-dreamm7"],
        evidence: "verified",
      },
      {
        // treatments.md 5 (BVd row; anti-CD38-refractory row of 5d): DREAMM-7 excluded
        // daratumumab-refractory patients. The reference still lists BVd there, with that note.
        id: "anti-cd38-refractory",
        when: { fact: "antiCd38Refractory", is: true },
        to: "consider",
        because:
          "Refractory to an anti-CD38 antibody: DREAMM-7 excluded daratumumab-refractory patients, so its results do not cover this patient",
        show: ["antiCd38Refractory"],
        citations: ["hungria-2024-nejm-dreamm7"],
        evidence: "verified",
      },
      {
        // Review c45-M1: after a progression on an anti-CD38 antibody after under 4 weeks of it, or with the
        // refractoriness of an anti-CD38 course not known (lines antiCd38ProgressedUnder4Weeks, refractoryNotKnown),
        // the exclusion above is neither met nor ruled out: BVd is held as Tec-Dara, whose trial excluded the same,
        // is held (criteria-and-scores.md 9.3; treatments.md 5, BVd row).
        id: "anti-cd38-refractoriness-unsettled",
        when: {
          any: [
            { fact: "antiCd38ProgressedUnder4Weeks", is: true },
            {
              all: [
                { fact: "antiCd38Exposed", is: true },
                { fact: "antiCd38Refractory", known: false },
              ],
            },
          ],
        },
        to: "consider",
        because:
          "Refractoriness to the anti-CD38 antibody given is not established (a progression after under 4 weeks of it, or an earlier course's outcome or last dose not recorded): DREAMM-7 excluded daratumumab-refractory patients, so its results may not cover this patient",
        citations: ["hungria-2024-nejm-dreamm7", "gandhi-2019-leukemia"],
        evidence: "verified",
      },
      {
        // treatments.md 5d lists BVd at a first relapse only in the lenalidomide-sensitive row; its
        // lenalidomide-refractory first-relapse row lists other regimens (as DPd is held at the other row above).
        id: "lenalidomide-refractory-first-relapse",
        when: {
          all: [
            { fact: "priorLines", is: 1 },
            { fact: "lenalidomideRefractory", is: true },
          ],
        },
        to: "consider",
        because:
          "Lenalidomide-refractory disease after 1 prior line: the reference lists BVd at a first relapse for lenalidomide-sensitive disease; its regimens for a lenalidomide-refractory first relapse (DKd, Isa-Kd, DPd, cilta-cel, Tec-Dara, PVd, BPd, XVd) do not include it (treatments.md 5d). Not a first choice here",
        show: ["priorLines", "lenalidomideRefractory"],
        citations: ["hungria-2024-nejm-dreamm7"],
        evidence: "verified",
      },
      bortezomibRefractoryBvd,
    ],
    clinicianText:
      "Belantamab mafodotin (BCMA antibody-drug conjugate) + bortezomib + dexamethasone. US label: >=2 prior lines including a PI and an IMiD (US efficacy subgroup: PFS 31.3 vs 10.4 months, HR 0.31; OS HR 0.49). EU label: >=1 prior therapy.",
    patientText: `${rrPatient} This mix has a drug given into a vein, a shot and a pill. It can harm the surface of the eyes, so you will have an eye check before each dose.`,
    // DREAMM-7's exclusions (prior anti-BCMA, anti-CD38-refractory, bortezomib-refractory) are the adjustments
    // above.
    cautions: [],
    citations: ["hungria-2024-nejm-dreamm7"],
    regulatory: {
      us: approved("2025-10-23", ">=2 prior lines including a PI and an IMiD"),
      eu: approved("2025-07", ">=1 prior therapy"),
    },
    evidence: "verified",
  },
  {
    id: "rr.bpd",
    group: "relapse",
    when: { all: [relapsed, lenExposed] },
    jurisdictions: ["eu"],
    kind: "systemic-therapy",
    regimen: { code: "BPd", drugs: ["belantamab mafodotin", "pomalidomide", "dexamethasone"] },
    title: "BPd, belantamab mafodotin + Pd (DREAMM-8), EU only",
    strength: "consider",
    clinicianText:
      "Belantamab mafodotin + pomalidomide + dexamethasone (DREAMM-8, vs PVd). EU: >=1 prior therapy including lenalidomide (wording UNVERIFIED). Not approved in the US (FDA approved only BVd, after a negative ODAC vote in 2025).",
    patientText: `${rrPatient} This mix has a drug given into a vein and two pills. It is approved in Europe. It can harm the surface of the eyes, so you will have an eye check before each dose.`,
    cautions: [
      {
        // treatments.md 5a (BPd row: belantamab is a BCMA ADC) and 5d ("After BCMA therapy"): the
        // reference gives no BPd result after BCMA-directed therapy; its lower-response note is for the
        // BCMA bispecifics. Said, not graded (BPd is a "consider" already).
        text: "Prior BCMA-directed therapy: belantamab targets BCMA too; the clinical reference gives no BPd result after BCMA-directed therapy (its lower-response figure, 33% in MagnetisMM-3 cohort B, is for a BCMA bispecific)",
        when: afterBcma,
        show: ["bcmaAgentsBefore"],
        citations: ["hungria-2024-nejm-dreamm7", "lesokhin-2023-nat-med"],
        evidence: "verified",
      },
    ],
    citations: ["hungria-2024-nejm-dreamm7"],
    regulatory: {
      us: notApproved("FDA approved only BVd"),
      eu: approved("2025-07", ">=1 prior therapy including lenalidomide (wording UNVERIFIED)"),
    },
    evidence: "unverified",
    evidenceNote: "The EU label wording is UNVERIFIED in the reference.",
  },
  {
    id: "rr.tec-dara",
    group: "relapse",
    // The selection matrix (treatments.md 5d) lists Tec-Dara for first relapse, anti-CD38-naive or
    // lenalidomide-refractory, and not for anti-CD38-refractory disease or after BCMA therapy:
    // MajesTEC-3 excluded both. The US label itself does not exclude them, so it stays in the
    // caution text for a reviewer; the option is not offered where the trial did not go.
    when: {
      all: [relapsed, piExposed, imidExposed, notAntiCd38Refractory, { not: afterBcma }],
    },
    showWhenUnknown: true,
    kind: "bispecific",
    regimen: { code: "Tec-Dara", drugs: ["teclistamab", "daratumumab"] },
    title: "Teclistamab + daratumumab SC (MajesTEC-3)",
    strength: "preferred",
    // Review c90-M1: held back for recorded frailty or ECOG >= 2 as every T-cell-engaging bispecific and CAR-T is
    // (bispecific.ts; UNVERIFIED, the reference gives no fitness criterion).
    adjust: [bispecificFitness(TECLISTAMAB_STAY, ["majestec3-2025-nejm"])],
    clinicianText:
      "Teclistamab SC + daratumumab-hyaluronidase SC. MajesTEC-3 (1-3 prior lines, PI and lenalidomide exposed): PFS HR 0.17; 36-month PFS 83.4% vs 29.7%; OS HR 0.46; CRS 60.1% (all grade 1-2). New second-line standard; the first bispecific at first relapse. US: >=1 prior line including a PI and an IMiD.",
    patientText: `${rrPatient} This mix has two shots under the skin. One helps your own immune cells attack the myeloma. In a large study it kept myeloma under control longer than older mixes for many people. You are watched closely for 2 days after each of the first doses, in the hospital or close to it.`,
    cautions: [
      {
        text: "MajesTEC-3 excluded anti-CD38-refractory disease and prior BCMA-directed therapy: check both before offering it.",
        citations: ["majestec3-2025-nejm"],
        evidence: "verified",
      },
      {
        text: "EU: CHMP positive opinion 2026-06-25; EC decision not found (pending at the knowledge date).",
        citations: ["majestec3-2025-nejm"],
        evidence: "verified",
      },
      {
        // treatments.md 5a (review c10-M9): the trial population, not the US label (>= 1 prior line).
        text: "MajesTEC-3 enrolled 1-3 prior lines: at 4 or more prior lines this is on the US label (>=1 prior line including a PI and an IMiD) but outside the trial population.",
        when: { fact: "priorLines", gte: 4 },
        show: ["priorLines"],
        citations: ["majestec3-2025-nejm"],
        evidence: "verified",
      },
      {
        text: "CRS and ICANS (boxed warning): step-up dosing with premedication, tocilizumab available; infection prophylaxis and IgG replacement as co-orders: IMWG Immunotherapy Committee guidelines 2024.",
        citations: ["rodriguez-otero-2024-lancet-oncol", "bispecific-infection-consensus-2023"],
        evidence: "verified",
      },
    ],
    citations: ["majestec3-2025-nejm"],
    regulatory: {
      us: approved(
        "2026-03",
        ">=1 prior line including a PI and an IMiD; approved in the week of 2026-03-02 (day UNVERIFIED; press 2026-03-06)",
      ),
      eu: pending("CHMP positive opinion 2026-06-25"),
    },
    evidence: "verified",
    // Review c23-10: after cilta-cel the option vanished without a word; the trial's exclusions, said.
    notOfferedWhen: [
      {
        fact: "antiCd38Refractory",
        is: true,
        because: "MajesTEC-3 excluded anti-CD38-refractory disease (the US label does not)",
        citations: ["majestec3-2025-nejm"],
      },
      {
        fact: "priorBcmaTherapy",
        is: true,
        because: "MajesTEC-3 excluded prior BCMA-directed therapy (the US label does not)",
        citations: ["majestec3-2025-nejm"],
      },
    ],
  },
  {
    id: "rr.kd",
    group: "relapse",
    when: kdSituation,
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "Kd", drugs: ["carfilzomib", "dexamethasone"] },
    title: "Kd, carfilzomib + dexamethasone (anti-CD38-refractory)",
    strength: "consider",
    adjust: [carfilzomibHeartFailure],
    clinicianText:
      "Carfilzomib + dexamethasone. The selection matrix lists Kd or KPd for anti-CD38-refractory disease after >=2 prior lines; Kd is also labelled from 1 prior line (1 to 3 lines; ENDEAVOR, Kd vs Vd in 1 to 3 prior lines: longer PFS and OS), so it is listed from the first relapse when the disease is anti-CD38-refractory. Dose by the label. Not for significant cardiac disease.",
    patientText: `${rrPatient} This mix has a drug given into a vein and a pill. It can strain the heart, so your heart will be checked.`,
    cautions: [],
    citations: ["nccn-mm-2026", "dimopoulos-2016-lancet-oncol-endeavor", "myeloma-drug-labels"],
    regulatory: {
      // Review c84-m3 (treatments.md 5a gives Kd no status in either jurisdiction): the US label looked up outside the
      // reference is said as such, UNVERIFIED; no EU status is stated.
      us: approved(
        null,
        "Kyprolis with dexamethasone for 1 to 3 prior lines (US PI section 1, openFDA copy updated 2026-08-11): not in the clinical reference (UNVERIFIED); the approval date is not in the reference",
      ),
      eu: null,
    },
    evidence: "unverified",
    evidenceNote:
      "The reference lists Kd (NCCN) with its dates and details UNVERIFIED and gives it no EU status; the first-relapse use rests on the US label and ENDEAVOR, looked up on 2026-12-02 (not in the reference).",
  },
  {
    id: "rr.kpd",
    group: "relapse",
    when: kpdSituation,
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "KPd", drugs: ["carfilzomib", "pomalidomide", "dexamethasone"] },
    title: "KPd, carfilzomib + pomalidomide + dexamethasone (anti-CD38-refractory, >=2 prior lines)",
    strength: "consider",
    adjust: [carfilzomibHeartFailure],
    clinicianText:
      "Carfilzomib + pomalidomide + dexamethasone. The selection matrix lists Kd or KPd for anti-CD38-refractory disease after >=2 prior lines; KPd is an NCCN-listed option whose dates and details the reference marks UNVERIFIED (doses by the labels). Not for significant cardiac disease.",
    patientText: `${rrPatient} This mix has a drug given into a vein and two pills. It can strain the heart, so your heart will be checked.`,
    cautions: [],
    citations: ["nccn-mm-2026"],
    regulatory: nccnListed,
    evidence: "unverified",
    evidenceNote: "The reference lists KPd (NCCN) with its dates and details UNVERIFIED.",
  },
  {
    id: "rr.ird",
    group: "relapse",
    // Selection matrix (treatments.md 5d): IRd at first relapse, lenalidomide-sensitive (marked U).
    when: { all: [relapsed, lenSensitive] },
    kind: "systemic-therapy",
    regimen: { code: "IRd", drugs: ["ixazomib", "lenalidomide", "dexamethasone"] },
    title: "IRd, ixazomib + lenalidomide + dexamethasone (lenalidomide-sensitive)",
    strength: "consider",
    clinicianText:
      "Ixazomib (oral PI) + lenalidomide + dexamethasone: an all-oral option the selection matrix lists at first relapse for lenalidomide-sensitive disease (UNVERIFIED in the reference; NCCN-listed, dates and details UNVERIFIED).",
    patientText: `${rrPatient} This mix is three pills taken by mouth. It only fits if the pill lenalidomide still works for you.`,
    cautions: [],
    citations: ["nccn-mm-2026"],
    regulatory: nccnListed,
    evidence: "unverified",
    evidenceNote: "IRd is marked UNVERIFIED in the reference's selection matrix.",
  },
  {
    id: "rr.iberdomide-dara-dex",
    group: "relapse",
    when: { all: [relapsed, { fact: "priorLines", lte: 2 }] },
    kind: "clinical-trial",
    regimen: { code: "Iber-Dd", drugs: ["iberdomide", "daratumumab", "dexamethasone"] },
    title: "Iberdomide + daratumumab + dexamethasone (EXCALIBER-RRMM): US decision pending, not approved",
    strength: "trial",
    clinicianText:
      "EXCALIBER-RRMM (vs DVd; 1-2 prior lines; MRD-based filing). FDA PDUFA date 2026-08-17; the outcome is not known at the knowledge date (stored sources reach about July 2026). Not approved: available in trials; check the current FDA status before discussing it as a treatment.",
    patientText:
      "This is a newer mix of drugs. When this information was last checked, it was not approved, and a decision was expected. Ask your team whether you can get it now, or only in a research study.",
    cautions: [
      {
        text: "Pending, not approved: the FDA decision (PDUFA 2026-08-17) is not known to this knowledge base.",
        citations: ["pending-decisions-2026"],
        evidence: "verified",
      },
    ],
    citations: ["pending-decisions-2026"],
    regulatory: {
      us: {
        status: "pending",
        date: "2026-08-17",
        note: "PDUFA date; outcome unknown at the knowledge date",
      },
      eu: null,
    },
    evidence: "verified",
  },
  {
    id: "rr.clinical-trial",
    group: "relapse",
    when: relapsed,
    kind: "clinical-trial",
    regimen: null,
    title: "Clinical trial for relapsed myeloma",
    strength: "trial",
    clinicianText:
      "Clinical trials are an option at every relapse, and especially for triple-class-refractory disease after >=4 prior lines (selection matrix).",
    patientText:
      "A research study may give you a new drug. Ask your team if a study is open for you. You can stop a study at any time.",
    cautions: [
      {
        text: "After a BCMA CAR T-cell therapy, another BCMA CAR T is given only within a clinical trial (the selection matrix lists CAR-T only if not yet used).",
        when: { fact: "priorBcmaCarT", is: true },
        citations: ["nccn-mm-2026"],
        evidence: "verified",
      },
    ],
    citations: ["nccn-mm-2026"],
    regulatory: { us: null, eu: null },
    evidence: "verified",
  },
  {
    id: "rr.selinexor-dex",
    group: "relapse",
    when: { all: [relapsed, { fact: "priorLines", gte: 4 }, { fact: "tripleClassRefractory", is: true }] },
    kind: "systemic-therapy",
    regimen: { code: "Xd", drugs: ["selinexor", "dexamethasone"] },
    title: "Selinexor-dexamethasone (Xd) for triple-class-refractory disease",
    strength: "consider",
    clinicianText:
      "Selinexor 80 mg twice weekly + dexamethasone; approved 2019 for >=4 prior lines / penta-refractory disease (selection matrix: triple-class refractory, >=4 prior lines).",
    patientText: `${rrPatient} This mix is two pills. It can cause sickness, tiredness and low blood counts.`,
    cautions: [
      {
        text: "US label population (2019): >=4 prior therapies and penta-refractory disease (refractory to 2 PIs, 2 IMiDs and an anti-CD38 antibody).",
        citations: ["myeloma-drug-labels"],
        evidence: "verified",
      },
      {
        text: "Not recorded as penta-refractory: outside the US label population (triple-class refractory is the selection matrix's situation, not the label's).",
        when: { not: { fact: "pentaRefractory", is: true } },
        citations: ["myeloma-drug-labels"],
        evidence: "verified",
      },
    ],
    citations: ["grosicki-2020-lancet-boston", "myeloma-drug-labels"],
    regulatory: { us: approved("2019", ">=4 prior lines / penta-refractory"), eu: null },
    evidence: "verified",
  },
];
