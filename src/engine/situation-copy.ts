/** copySituation: a situation copied with buildSituation's hidden class (options.ts). */
import type { Situation } from "../knowledge/index.js";

/**
 * A copy of a situation, for the pathway's branches and the safety review to change a fact or two on
 * (`copy.category = x`). Every field is named in buildSituation's order, so the copy has the hidden
 * class of buildSituation's literal: the knowledge step then reads every situation it meets through one
 * shape. A spread (`{ ...s, category: x }`) made a new hidden class at each site, and the read sites that
 * met them all went megamorphic ("wrong map" deopts). A new fact is one line here, in the same place as in
 * buildSituation (the type makes it required; situation-shape.test.ts checks the order).
 */
export function copySituation(s: Situation): Situation {
  return {
    category: s.category,
    categoryConfirmed: s.categoryConfirmed,
    treated: s.treated,
    age: s.age,
    mgusRisk: s.mgusRisk,
    smmMayo2018Group: s.smmMayo2018Group,
    smmImwg2020Group: s.smmImwg2020Group,
    smmHighRiskAquila: s.smmHighRiskAquila,
    smmHighRiskQuiredex: s.smmHighRiskQuiredex,
    smmHighRiskE3a06: s.smmHighRiskE3a06,
    cytogeneticHighRisk: s.cytogeneticHighRisk,
    transplantCandidate: s.transplantCandidate,
    crclMlMin: s.crclMlMin,
    egfr: s.egfr,
    dialysis: s.dialysis,
    renalCrab: s.renalCrab,
    frailtyGroup: s.frailtyGroup,
    ecog: s.ecog,
    neuropathyGrade: s.neuropathyGrade,
    neuropathyPainful: s.neuropathyPainful,
    heartFailure: s.heartFailure,
    priorLines: s.priorLines,
    onTherapy: s.onTherapy,
    progression: s.progression,
    phase: s.phase,
    currentLine: s.currentLine,
    weeksOnCurrentLine: s.weeksOnCurrentLine,
    lenalidomideExposed: s.lenalidomideExposed,
    lenalidomideRefractory: s.lenalidomideRefractory,
    piExposed: s.piExposed,
    imidExposed: s.imidExposed,
    antiCd38Exposed: s.antiCd38Exposed,
    antiCd38Refractory: s.antiCd38Refractory,
    tripleClassExposed: s.tripleClassExposed,
    tripleClassRefractory: s.tripleClassRefractory,
    pentaRefractory: s.pentaRefractory,
    priorAsct: s.priorAsct,
    priorBcmaTherapy: s.priorBcmaTherapy,
    priorBcmaCarT: s.priorBcmaCarT,
    lastLineBcmaCarT: s.lastLineBcmaCarT,
    carfilzomibRefractory: s.carfilzomibRefractory,
    plasmacytomaSite: s.plasmacytomaSite,
    plasmacytomaSizeCm: s.plasmacytomaSizeCm,
    boneDisease: s.boneDisease,
    pathologicFracture: s.pathologicFracture,
    spinalCordCompression: s.spinalCordCompression,
    bonePain: s.bonePain,
    hemoglobinGDl: s.hemoglobinGDl,
    hypercalcemia: s.hypercalcemia,
    iggMgDl: s.iggMgDl,
    recurrentInfections: s.recurrentInfections,
    hyperviscosity: s.hyperviscosity,
    iggKappa: s.iggKappa,
    onImid: s.onImid,
    onPi: s.onPi,
    onAntiCd38: s.onAntiCd38,
    onBispecific: s.onBispecific,
    alMayo2004Stage: s.alMayo2004Stage,
    alMayo2012Stage: s.alMayo2012Stage,
    troponinTNgMl: s.troponinTNgMl,
    ntProBnpPgMl: s.ntProBnpPgMl,
    alOrganCount: s.alOrganCount,
    amyloidLightChainTyped: s.amyloidLightChainTyped,
    monoclonalDisorderShown: s.monoclonalDisorderShown,
  };
}
