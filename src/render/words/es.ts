/** Spanish words for the patient handout and the full patient summary: the same table as en.ts
 * (words/types.ts), in plain, warm, neutral Spanish ("usted") for readers in Latin America and Spain.
 * Drugs keep their generic names (Spanish INN forms). The meaning follows the English exactly: decision
 * support, never a promise of safety or cure. Words for the reader need no gender ("le hará", not
 * "lo/la vigilará"): the Assessment does not carry the patient's sex. Reading level: INFLESZ >= 55 ("normal"), checked by
 * readability-es.test.ts. Knowledge entries' own texts are in es-patient-text.ts. */
import type { AmyloidOrgan } from "../../model/enums.js";
import type { CautionTopicId } from "../plain-words.js";
import { ES_PATIENT_TEXT } from "./es-patient-text.js";
import type { HandoutWords, OptionNameInput, StageScale, SummaryWords } from "./types.js";

/** The staging system of a myeloma stage, in words (review c60-m5). */
const SCALE_NAME: Readonly<Record<StageScale, string>> = {
  "R-ISS": "escala internacional revisada",
  ISS: "escala internacional",
};

/** "y" becomes "e" before a word that starts with the sound i; "o" becomes "u" before the sound o. */
function joinWith(word: "y" | "o") {
  return (xs: string[]): string => {
    if (xs.length <= 1) return xs.join("");
    const last = xs[xs.length - 1] ?? "";
    const w = word === "y" ? (/^h?i(?![aeouáéó])/i.test(last) ? "e" : "y") : /^h?o/i.test(last) ? "u" : "o";
    return `${xs.slice(0, -1).join(", ")} ${w} ${last}`;
  };
}
const and = joinWith("y");
const or = joinWith("o");
const unique = (xs: string[]): string[] => [...new Set(xs)];

/** Los órganos que el amiloide AL puede afectar (model/enums.ts AmyloidOrgan), con su artículo (review c85-m1; los dos
 * tipos de nervio son una sola palabra para el paciente). */
const ES_ORGAN: Readonly<Record<AmyloidOrgan, string>> = {
  heart: "el corazón",
  kidney: "los riñones",
  liver: "el hígado",
  "gi-tract": "el aparato digestivo",
  "peripheral-nerve": "los nervios",
  "autonomic-nerve": "los nervios",
  "soft-tissue": "los tejidos blandos",
};
/** A drug's name with its article, as Spanish says it as subject or object ("la pomalidomida ya no le funciona", "dejó el
 * bortezomib"; review c84-m5): feminine for the names whose first word ends in -a (lenalidomida, dexametasona), masculine
 * otherwise (daratumumab, bortezomib, "el belantamab mafodotina", "el ácido zoledrónico"). */
const withArticle = (name: string): string =>
  `${/a$/.test(name.split(" ")[0] ?? name) ? "la" : "el"} ${name}`;
/** Drug names with their articles, joined with "y". */
const theDrugs = (names: string[]): string => and(names.map(withArticle));
const cap = (s: string) => (s === "" ? s : s[0]?.toUpperCase() + s.slice(1));
/** "Tratamiento con 3 medicamentos" -> "tratamiento con 3 medicamentos" dentro de una frase; "CAR-T" queda. */
const decap = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

const MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];

/** "2026-11-26" -> "26 de noviembre de 2026"; other strings are returned as they are. */
export function fechaLarga(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return m[3] ? `${Number(m[3])} de ${month} de ${m[1]}` : `${month} de ${m[1]}`;
}

/** Monitoring tests (named by the engine in clinician English) as a Spanish reader says them. */
const MONITORED_TEST: Readonly<Record<string, string>> = {
  "serum protein electrophoresis": "análisis de proteínas en la sangre",
  "free light chains": "análisis de cadenas ligeras en la sangre",
  CBC: "recuento de células de la sangre",
  creatinine: "análisis de la función de los riñones",
  calcium: "calcio en la sangre",
};

/** Full generic names (Spanish INN) by the English generic name the knowledge base uses. */
const GENERIC: Readonly<Record<string, string>> = {
  daratumumab: "daratumumab",
  isatuximab: "isatuximab",
  elotuzumab: "elotuzumab",
  bortezomib: "bortezomib",
  carfilzomib: "carfilzomib",
  ixazomib: "ixazomib",
  lenalidomide: "lenalidomida",
  pomalidomide: "pomalidomida",
  thalidomide: "talidomida",
  iberdomide: "iberdomida",
  dexamethasone: "dexametasona",
  prednisone: "prednisona",
  cyclophosphamide: "ciclofosfamida",
  melphalan: "melfalán",
  selinexor: "selinexor",
  "belantamab mafodotin": "belantamab mafodotina",
  teclistamab: "teclistamab",
  elranatamab: "elranatamab",
  linvoseltamab: "linvoseltamab",
  talquetamab: "talquetamab",
  "ciltacabtagene autoleucel": "ciltacabtagén autoleucel",
  "idecabtagene vicleucel": "idecabtagén vicleucel",
  "anitocabtagene autoleucel": "anitocabtagén autoleucel",
  "zoledronic acid": "ácido zoledrónico",
  pamidronate: "pamidronato",
  denosumab: "denosumab",
  acyclovir: "aciclovir",
  valacyclovir: "valaciclovir",
  levofloxacin: "levofloxacino",
  "trimethoprim-sulfamethoxazole": "trimetoprima-sulfametoxazol",
  "immune globulin": "inmunoglobulina",
  epoetin: "epoetina",
};

/** Short names where clinics use one (CAR-T products, belantamab), else the generic name. */
const SHORT: Readonly<Record<string, string>> = {
  "belantamab mafodotin": "belantamab",
  "ciltacabtagene autoleucel": "cilta-cel",
  "idecabtagene vicleucel": "ide-cel",
  "anitocabtagene autoleucel": "anito-cel",
  "trimethoprim-sulfamethoxazole": "cotrimoxazol",
};

const BONE = "Medicamento para los huesos";
const SHINGLES = "Medicamento para prevenir el herpes zóster";
const ANTIBIOTIC = "Antibiótico para prevenir infecciones";
/** What a medicine given alongside treatment is for. */
const ROLE: Readonly<Record<string, string>> = {
  "zoledronic acid": BONE,
  pamidronate: BONE,
  denosumab: BONE,
  acyclovir: SHINGLES,
  valacyclovir: SHINGLES,
  levofloxacin: ANTIBIOTIC,
  "trimethoprim-sulfamethoxazole": ANTIBIOTIC,
  "immune globulin": "Anticuerpos por la vena para prevenir infecciones",
  epoetin: "Medicamento para subir los glóbulos rojos",
};

const DRUG: HandoutWords["drug"] = Object.fromEntries(
  Object.entries(GENERIC).map(([k, generic]) => {
    const role = ROLE[k];
    return [k, role ? { name: SHORT[k] ?? generic, role } : { name: SHORT[k] ?? generic }];
  }),
);

/** "Tratamiento con 4 medicamentos, entre ellos daratumumab (D-VRd)"; one drug: "Lenalidomida sola (R)". */
function regimenName(o: OptionNameInput): string {
  const code = o.code ? ` (${o.code})` : "";
  if (o.count === 0) return "Tratamiento con medicamentos";
  if (o.count === 1) return `${cap(o.drugs[0] ?? "")} como único medicamento${code}`;
  return `Tratamiento con ${o.count} medicamentos, entre ellos ${o.key ?? o.drugs[0]}${code}`;
}

const CATEGORY: HandoutWords["category"] = {
  mgus: {
    name: "GMSI",
    meaning:
      "La GMSI (gammapatía monoclonal de significado incierto) quiere decir que hay en la sangre una proteína hecha por un grupo pequeño de células plasmáticas. Las células plasmáticas son glóbulos blancos de la médula ósea. La GMSI no es cáncer. La mayoría de las personas que la tienen solo necesitan controles.",
  },
  "smoldering-myeloma": {
    name: "mieloma quiescente",
    meaning:
      "El mieloma quiescente es una etapa temprana del mieloma. Hay más células plasmáticas anormales que en la GMSI (una etapa anterior y más leve), pero todavía no dañan su cuerpo. A muchas personas se las vigila con pruebas regulares. A algunas personas con una alta probabilidad de que empeore se les puede ofrecer tratamiento.",
  },
  "multiple-myeloma": {
    name: "mieloma múltiple",
    meaning:
      "El mieloma múltiple es un cáncer de la sangre que afecta a las células plasmáticas. Las células plasmáticas son glóbulos blancos de la médula ósea. En el mieloma crecen sin control y pueden dañar los huesos, los riñones o la sangre. Tiene tratamiento, y hay varios tipos.",
  },
  "solitary-plasmacytoma": {
    name: "plasmocitoma solitario",
    meaning:
      "Un plasmocitoma solitario es un solo bulto de células plasmáticas anormales, en un hueso o en un tejido blando. El resto de la médula ósea se ve normal. A menudo se trata con radiación en ese único lugar.",
  },
  "solitary-plasmacytoma-minimal-marrow": {
    name: "plasmocitoma solitario con unas pocas células anormales en la médula",
    meaning:
      "Es un solo bulto de células plasmáticas anormales, con unas pocas células plasmáticas anormales también en la médula ósea. Es más probable que se convierta en mieloma que un bulto solo. Por eso necesita controles más frecuentes.",
  },
  "al-amyloidosis": {
    name: "amiloidosis AL",
    meaning:
      "La amiloidosis AL quiere decir que las células plasmáticas hacen una parte de proteína llamada cadena ligera. Esta proteína se pliega mal. Puede acumularse en órganos como el corazón, los riñones o los nervios.",
  },
  indeterminate: {
    name: "aún no está claro",
    meaning:
      "Las pruebas hasta ahora no dan una respuesta clara. Hacen falta más pruebas para saber qué enfermedad es.",
  },
};

const RESPONSE: HandoutWords["responseName"] = {
  sCR: {
    name: "la respuesta más profunda",
    meaning: "Las pruebas de sangre, orina y médula ósea no encuentran señales de la enfermedad.",
  },
  CR: {
    name: "una respuesta completa",
    meaning:
      "Los análisis de sangre y orina no encuentran proteína anormal. Quedan muy pocas células anormales en la médula.",
  },
  VGPR: {
    name: "una muy buena respuesta",
    meaning:
      "La proteína anormal ha bajado por lo menos nueve décimas partes, o ya es tan poca que no se puede medir.",
  },
  PR: { name: "una buena respuesta", meaning: "La proteína anormal ha bajado por lo menos a la mitad." },
  MR: { name: "una respuesta pequeña", meaning: "La proteína anormal ha bajado, pero menos de la mitad." },
  SD: { name: "enfermedad estable", meaning: "La enfermedad no ha cambiado mucho, ni a más ni a menos." },
  PD: {
    name: "que la enfermedad está creciendo",
    meaning: "Las pruebas muestran que la enfermedad está otra vez más activa.",
  },
};

const RISK = {
  "smm:low": { name: "bajo", meaning: "Según sus resultados, está en el grupo de riesgo bajo." },
  "smm:low-intermediate": {
    name: "de bajo a medio",
    meaning: "Según sus resultados, está en el grupo de riesgo de bajo a medio.",
  },
  "smm:intermediate": {
    name: "medio",
    meaning: "Según sus resultados, está en el grupo de riesgo medio.",
  },
  "smm:intermediate-high": {
    name: "de medio a alto",
    meaning: "Según sus resultados, está en el grupo de riesgo de medio a alto.",
  },
  "smm:high": { name: "alto", meaning: "Según sus resultados, está en el grupo de riesgo alto." },
  "genes:high": {
    name: "cambios genéticos de alto riesgo",
    meaning:
      "Las células del mieloma tienen cambios en los genes que los médicos llaman de alto riesgo. Su equipo médico puede tenerlo en cuenta al elegir el tratamiento.",
  },
  "b2m:high": {
    name: "alto riesgo por un análisis de sangre",
    meaning:
      "Un análisis de sangre llamado beta-2 microglobulina está alto y las pruebas de los riñones son normales. Los médicos lo llaman mieloma de alto riesgo. Su equipo médico puede tenerlo en cuenta al elegir el tratamiento.",
  },
  "genes:standard": {
    name: "sin cambios genéticos de alto riesgo",
    meaning: "Las pruebas de los genes no encontraron los cambios que los médicos llaman de alto riesgo.",
  },
  "fitness:fit": {
    name: "en forma",
    meaning: "Por su edad, sus otros problemas de salud y sus tareas diarias, está en el grupo «en forma».",
  },
  "fitness:intermediate": {
    name: "intermedio",
    meaning: "Por su edad, sus otros problemas de salud y sus tareas diarias, está en el grupo del medio.",
  },
  "fitness:frail": {
    name: "frágil",
    meaning:
      "Un tratamiento fuerte puede ser duro para su cuerpo. Su equipo médico puede elegir dosis más bajas.",
  },
  "fitness:non-frail": {
    name: "no frágil",
    meaning: "Por su edad, sus otros problemas de salud y sus tareas diarias, está en el grupo no frágil.",
  },
} as const satisfies HandoutWords["glossary"]["risk"];

const CAUTION_TOPIC: Readonly<Record<CautionTopicId, string>> = {
  death: "los riesgos graves, incluido el riesgo de muerte",
  hepatitisBKnown:
    "su hepatitis B: un medicamento para evitar que se reactive, y análisis de sangre para vigilarla",
  hepatitisB: "una hepatitis B antigua que podría reactivarse, y el análisis de sangre para saberlo",
  infections: "las infecciones",
  howLong: "cuánto tiempo tomarlo",
  immuneReaction: "una reacción fuerte de las defensas, con fiebre",
  brainNerves: "los efectos en el cerebro y los nervios",
  nerveDamage: "el daño en los nervios, como entumecimiento u hormigueo",
  heart: "el corazón y la presión arterial",
  clots: "los coágulos de sangre",
  kidneys: "sus riñones y la dosis",
  liver: "el hígado",
  bloodCounts: "las cifras bajas de células en la sangre",
  eyes: "los ojos",
  secondCancer: "la posibilidad de otro cáncer más adelante",
  approval: "si está aprobado para este uso",
  studied: "si la investigación incluyó a personas como usted",
  earlierTreatments: "cómo funciona después de sus tratamientos anteriores",
  pregnancy: "el embarazo y los métodos para evitarlo (un programa de seguridad lo controla)",
  safetyProgram: "el programa de seguridad de este medicamento, y los controles que pide",
  dose: "la dosis adecuada para usted",
  bloodBank:
    "las pruebas de compatibilidad para una transfusión. El daratumumab y el isatuximab pueden alterarlas. Un banco de sangre debe saber si usted recibe uno de ellos",
  transfusion: "cuándo se puede poner una transfusión de sangre",
  labTests: "cómo puede cambiar algunos análisis",
  sideEffects: "qué efectos secundarios son frecuentes o graves",
  jaw: "el hueso de la mandíbula y el cuidado de los dientes",
  hospital: "las estancias en el hospital",
  cellBreakdown: "la destrucción rápida de células",
  bloodSugar: "el azúcar en la sangre",
  skin: "la piel y las uñas",
  taste: "los cambios del gusto y la pérdida de peso",
  fluid: "la retención de líquidos",
};

const OPTION_KIND: HandoutWords["glossary"]["optionKind"] = {
  observation: {
    name: "Vigilar y esperar",
    meaning: "Tiene controles y análisis de sangre regulares. Por ahora no hay tratamiento.",
  },
  radiation: {
    name: "Radiación",
    meaning: "Se dirigen rayos potentes a un solo lugar para destruir allí las células anormales.",
  },
  surgery: { name: "Cirugía", meaning: "Una operación, por ejemplo para dar firmeza a un hueso débil." },
  "systemic-therapy": {
    name: "Tratamiento con medicamentos",
    meaning: "Medicamentos que actúan en todo el cuerpo. Se dan en pastillas, en inyecciones o por la vena.",
  },
  "stem-cell-transplant": {
    name: "Trasplante de células madre",
    meaning:
      "Recibe una dosis alta de un medicamento fuerte. Luego le devuelven sus propias células madre, guardadas antes. Ayudan a que sus células de la sangre vuelvan a crecer.",
  },
  consolidation: {
    name: "Tratamiento adicional después del trasplante",
    meaning:
      "Un ciclo corto de más tratamiento después del trasplante. Busca controlar todavía más la enfermedad.",
  },
  maintenance: {
    name: "Tratamiento de mantenimiento, a largo plazo, para mantenerla controlada",
    meaning:
      "Un tratamiento más suave que se toma durante mucho tiempo. Busca evitar que la enfermedad vuelva.",
  },
  "car-t": {
    name: "Terapia con células CAR-T",
    meaning:
      "Se sacan algunas de sus propias células de defensa. Un laboratorio las cambia para que puedan encontrar las células del mieloma. Luego se las devuelven para atacar el mieloma.",
  },
  bispecific: {
    name: "Anticuerpo biespecífico",
    meaning:
      "Un medicamento que une al mismo tiempo sus células de defensa y las células del mieloma. Así sus células de defensa pueden destruir las células del mieloma.",
  },
  "clinical-trial": {
    name: "Ensayo clínico",
    meaning:
      "Un estudio de investigación que prueba un tratamiento nuevo o una nueva forma de usar un tratamiento.",
  },
  "supportive-care": {
    name: "Cuidados para los síntomas y los efectos secundarios",
    meaning: "Cuidados que protegen sus huesos, su sangre y sus riñones, y ayudan a prevenir infecciones.",
  },
};

const STRENGTH: HandoutWords["glossary"]["strength"] = {
  preferred: {
    name: "una primera opción habitual",
    meaning: "Las guías suelen poner esta opción entre las primeras.",
  },
  standard: { name: "una opción habitual", meaning: "Es una opción habitual en esta situación." },
  consider: { name: "una opción a pensar", meaning: "Es una opción para hablar con su equipo." },
  "if-eligible": {
    name: "una opción si cumple los requisitos",
    meaning: "Es una opción solo si cumple ciertos requisitos.",
  },
  trial: {
    name: "una opción de investigación",
    meaning: "Es una opción que puede recibir si entra en un estudio de investigación.",
  },
};

const STAGE: HandoutWords["glossary"]["stage"] = {
  myeloma: {
    name: "estadio",
    meaning:
      "Los médicos dan un estadio al mieloma a partir de análisis de sangre. Un estadio más alto quiere decir que la enfermedad puede ser más difícil de tratar.",
  },
  amyloidosis: {
    name: "estadio",
    meaning:
      "Los médicos dan un estadio a la amiloidosis AL a partir de análisis de sangre del corazón y de la cadena ligera. Un estadio más alto quiere decir una enfermedad más grave.",
  },
};

const FIELD: HandoutWords["glossary"]["field"] = {
  "labs.serumMProtein": "la cantidad de proteína anormal en la sangre",
  "labs.urineMProtein": "la cantidad de proteína anormal en la orina",
  "labs.heavyChain": "el tipo de proteína anormal",
  "labs.lightChain": "el tipo de proteína anormal",
  "labs.involvedFreeLightChain": "un análisis de sangre de cadenas ligeras",
  "labs.uninvolvedFreeLightChain": "un análisis de sangre de cadenas ligeras",
  "labs.immunofixation": "un análisis de sangre que encuentra la proteína anormal",
  "labs.serumImmunofixation": "un análisis de sangre que encuentra la proteína anormal",
  "labs.urineImmunofixation": "un análisis de orina que encuentra la proteína anormal",
  "labs.hepatitisBSurfaceAntigen": "un análisis de hepatitis B",
  "labs.hepatitisBCoreAntibody": "un análisis de hepatitis B",
  "labs.calcium": "un análisis de calcio en la sangre",
  "labs.creatinine": "un análisis de sangre de la función de los riñones",
  "labs.hemoglobin": "un recuento de células de la sangre",
  "labs.albumin": "una proteína de la sangre llamada albúmina",
  "labs.beta2Microglobulin": "una proteína de la sangre llamada beta-2",
  "labs.ldh": "un análisis de sangre llamado LDH, que muestra lo rápido que se deshacen las células",
  "labs.ntProBnp": "un análisis de sangre del corazón",
  "labs.troponinT": "un análisis de sangre del corazón",
  "labs.igg": "un análisis de sangre de sus niveles de anticuerpos (IgG)",
  "labs.iga": "los niveles de las proteínas normales de la sangre",
  "labs.igm": "los niveles de las proteínas normales de la sangre",
  "labs.neutrophils": "un recuento de los glóbulos blancos que combaten las infecciones",
  "labs.platelets": "un recuento de las células que ayudan a coagular la sangre",
  marrow: "una prueba de médula ósea",
  imaging: "una prueba de imagen de los huesos",
  // Review c91-m2: the MRI named when it alone is missing (patient.ts missing()).
  "imaging.mriFocalLesions":
    "una resonancia magnética, que puede encontrar pequeñas manchas en la médula ósea",
  biopsy: "una muestra de tejido",
  "biopsy.amyloidType":
    "la prueba de laboratorio que muestra de qué proteína está hecho el amiloide de su tejido",
  cytogenetics: "pruebas de los genes de las células anormales",
  "patient.age": "su edad",
  "patient.sex": "su sexo",
  "patient.weight": "su peso",
  "patient.height": "su estatura",
  fitness: "sus respuestas a unas preguntas sobre su vida diaria y su salud",
  transplant: "si es posible un trasplante de células madre",
  conditions: "sus otros problemas de salud",
  "conditions.amyloidOrgans": "si el amiloide afecta a órganos como los riñones o el corazón",
  "conditions.anticoagulation": "si toma un anticoagulante",
  "conditions.hepaticImpairment": "una prueba de cómo funciona su hígado",
  "conditions.vteHistory": "si ha tenido antes un coágulo de sangre",
  "conditions.hyperviscosity": "si su sangre está demasiado espesa",
  "conditions.neuropathyPainful": "si el daño en sus nervios le duele",
  "conditions.nyhaClass": "cuánto le limita la insuficiencia cardíaca",
  "conditions.renalFailureOnDialysis": "si está en diálisis",
  treatmentHistory: "los tratamientos que ha recibido",
  "treatmentHistory.progressedOn": "si el mieloma creció mientras recibía un tratamiento anterior",
  "treatmentHistory.progressionDate": "cuándo creció el mieloma con un tratamiento anterior",
  series: "resultados de pruebas anteriores",
};

const SUMMARY: SummaryWords = {
  notice:
    "Solo es una ayuda para decidir: son opciones para hablar con su equipo médico, no órdenes ni consejos médicos.",
  madeBy: (date) =>
    `Un programa informático hizo este resumen a partir de sus resultados. Le ayuda a hablar con su equipo médico. No lo reemplaza. Usa resultados hasta el ${date}.`,
  headings: {
    urgent: "Lea esto primero",
    findings: "Qué muestran las pruebas",
    risk: "Cuán grave es",
    health: "Sus riñones y su salud en general",
    treatment: "Cómo funciona el tratamiento",
    tests: "Próximas pruebas",
    options: "Sus opciones para hablar",
    missing: "Lo que todavía falta",
    questions: "Preguntas para su equipo médico",
    remember: "Por favor, recuerde",
  },
  likely: (name) => `Las pruebas todavía no dan una respuesta clara. Lo más probable es ${name}.`,
  moreTestsToBeSure: "Hacen falta más pruebas para estar seguros.",
  // The engine's subtype in Spanish where it has English words ("kappa light chain"; review c20 handout 11).
  subtype: (code) =>
    `Su equipo médico puede llamar «${code
      .replace(/^light chain \(type not known\)$/, "cadena ligera (tipo no conocido)")
      .replace(/^(kappa|lambda) light chain$/, "cadena ligera $1")}» a este tipo de proteína anormal.`,
  couldChange: "Faltan algunos resultados. Podrían cambiar esta respuesta.",
  riskFirst: (group) => `Según un método de puntos, su riesgo es ${group}.`,
  riskSecond: (group, second) => `Según ${second ? "un segundo" : "un"} método de puntos, es ${group}.`,
  riskUnknown: "Todavía no pudimos calcular el riesgo, porque faltan algunas pruebas.",
  myelomaStage: (n, scale, past) =>
    past
      ? `Cuando se descubrió su mieloma, estaba en el estadio ${n} de 3 en la ${SCALE_NAME[scale]}.`
      : `Su mieloma está en el estadio ${n} de 3 en la ${SCALE_NAME[scale]}.`,
  stageUnknown: "Todavía no pudimos calcular el estadio, porque faltan algunas pruebas.",
  genesUnknown:
    "Todavía no se conocen los resultados de las pruebas de los genes de las células del mieloma.",
  genesStandardNewestOnly:
    "Según la forma más nueva de clasificarlos (2025), las pruebas de los genes no encontraron los cambios que los médicos llaman de alto riesgo. Formas más antiguas cuentan como de alto riesgo uno de los cambios encontrados. Su equipo médico le puede explicar qué significa esto para usted.",
  alStage2012: (n) => `Su amiloidosis AL está en el estadio ${n} de 4.`,
  alStage2004: (n) =>
    `Su amiloidosis AL está en el estadio ${n}, en una escala que llega hasta el estadio 3.`,
  kidneyScore: (n) =>
    `La puntuación de la función de sus riñones es de unos ${n}. Sale de un análisis de sangre. Las dosis de algunos medicamentos usan otro cálculo de los riñones, que también tiene en cuenta su peso. Por eso sus dosis pueden no coincidir con esta puntuación. Su equipo le dirá su dosis.`,
  kidneyUnknown: "No se pudo calcular la función de sus riñones con los resultados dados.",
  dialysis:
    "Su historia clínica muestra que está en diálisis. La dosis de algunos medicamentos se ajusta para las personas en diálisis.",
  fitnessGroup: (name) => `Según su estado físico, está en el grupo «${name}».`,
  simplifiedFrail:
    "En una segunda escala, más sencilla, que también cuenta su actividad diaria, está en el grupo frágil.",
  lines: (n) =>
    n === 1
      ? "Su historia clínica muestra un plan de tratamiento hasta ahora."
      : `Su historia clínica muestra ${n} planes de tratamiento hasta ahora.`,
  confirmNeeded: "Hace falta una prueba más para estar seguros.",
  continueStudied:
    "Su equipo revisa su sangre y su orina para ver cómo funciona. Puede bajar o pausar un medicamento si los efectos secundarios son difíciles. Hace falta un tratamiento nuevo si el mieloma crece, o si los efectos secundarios siguen siendo demasiado difíciles.",
  continueWhileResultsChecked:
    "Algunos de sus resultados han cambiado. Su equipo los revisará antes de decidir si seguir con el tratamiento que tiene ahora o cambiarlo.",
  responseUnknown: "Con estos resultados no se puede saber cómo está funcionando el tratamiento.",
  activeAgain: "Las pruebas muestran que la enfermedad está otra vez más activa.",
  antibodyInterference:
    "Uno de sus medicamentos puede aparecer en el análisis de proteínas. Puede hacer falta un análisis especial para leerlo.",
  bandBackMayBeMedicine:
    "Un análisis de proteínas que estaba limpio vuelve a mostrar una pequeña banda. Puede ser uno de sus medicamentos o el mieloma. Un análisis especial de laboratorio puede distinguirlos.",
  alResponseUnverified:
    "Esta respuesta usa los análisis de cadenas ligeras para la amiloidosis AL. La forma de medirla todavía se está comprobando.",
  testOverdue: (test, date) => `${test} Esta prueba está atrasada. Tocaba el ${date}.`,
  testDue: (test, date) => `${test} Ya le toca esta prueba. Le toca desde el ${date}.`,
  testNext: (test, date) => `${test} Próxima fecha: ${date}.`,
  someOverdue: "Algunas pruebas están atrasadas. Pregunte a su equipo médico cuándo hacerlas.",
  someDue: "Ya le tocan algunas pruebas. Pregunte a su equipo médico cuándo hacerlas.",
  whatItIs: "Qué es:",
  medicines: (drugs) =>
    drugs.length === 1 ? `El medicamento es ${drugs[0]}.` : `Los medicamentos son ${and(drugs)}.`,
  hadBefore: (drugs) =>
    `Esta mezcla tiene ${and(drugs)}. Su mieloma dejó de responder a ${drugs.length === 1 ? "ese medicamento" : "esos medicamentos"}, así que esta mezcla depende de sus otros medicamentos.`,
  hadBeforeClass: (drug, had) =>
    `Esta mezcla tiene ${drug}, un medicamento del mismo tipo que ${had}. Su mieloma dejó de responder a ${had}, así que esta mezcla depende de sus otros medicamentos.`,
  didNotWorkWell: (drugs) =>
    `Esta mezcla tiene ${and(drugs)}. Antes no le ${drugs.length === 1 ? "funcionó" : "funcionaron"} bien: su mieloma no se redujo lo suficiente. Su equipo lo pensará con cuidado.`,
  didNotWorkWellClass: (drug, had) =>
    `Esta mezcla tiene ${drug}, un medicamento del mismo tipo que ${had}. Antes ${had} no le funcionó bien: su mieloma no se redujo lo suficiente. Su equipo lo pensará con cuidado.`,
  whyFits: "Por qué puede convenirle:",
  aboutIt: "Sobre esta opción:",
  titleWithTransplant: {
    "transplant-candidate": "con trasplante de células madre",
    "not-transplant-candidate": "sin trasplante",
  },
  askAbout: "Temas para preguntar a su equipo:",
  askAboutShared: "Temas para preguntar a su equipo, para varias de las opciones de abajo:",
  askAboutFor: (topic, numbers) => {
    const which = `opciones ${and(numbers.map(String))}`;
    return topic.endsWith(")") ? `${topic.slice(0, -1)}; ${which})` : `${topic} (${which})`;
  },
  whatToWatch: "A qué prestar atención.",
  unverified: "Algunos datos de esta opción todavía se están comprobando.",
  noOptions:
    "Esta herramienta no encontró por ahora una opción de tratamiento para mostrar. Su equipo médico puede decirle más.",
  optionsIntro: "Son opciones para hablar con su equipo médico. No son órdenes.",
  alertWarning: "Conviene revisar con más detalle algunos resultados. Su equipo médico los verá con usted.",
  missingIntro: "Esta información no estaba en la historia clínica. Ayudaría a decidir.",
  // "No tenemos si..." is no Spanish: a yes/no or how-much gap is "No sabemos" (review c20 handout 3).
  missingItem: (name) => (/^(si |cuánto|cuándo)/.test(name) ? `No sabemos ${name}.` : `No tenemos ${name}.`),
  questions: {
    meaning: "¿Qué significan estos resultados para mí?",
    checkups: "¿Cada cuánto debo hacerme controles, y con qué pruebas?",
    signsWorse: "¿Qué señales indican que puede estar empeorando?",
    whichOption: "¿Cuál de estas opciones me sugiere, y por qué?",
    sideEffects: "¿Qué efectos secundarios debo vigilar?",
    dailyLife: "¿Cómo encajará el tratamiento en mi vida diaria?",
    transplant: "¿Podría ser bueno para mí un trasplante de células madre?",
    trial: "¿Hay algún estudio de investigación en el que pueda entrar?",
    moreTests: "¿Necesito más pruebas antes de decidir?",
    dueTests: "¿Me toca hacerme alguna prueba ahora?",
    whoToCall: "¿A quién debo llamar si me siento mal?",
  },
  rememberTalk: "Hable con su equipo médico antes de cambiar nada.",
};

export const ES: HandoutWords = {
  lang: "es",
  title: "Resumen de su salud",
  notice:
    "Solo es una ayuda para decidir: son opciones para hablar con su equipo médico, no órdenes ni consejos médicos. Un programa informático hizo este resumen con sus resultados. No reemplaza a su equipo médico.",
  madeBy: (date) => `Usa resultados hasta el ${date}.`,
  date: fechaLarga,
  headings: {
    meaning: "Qué quiere decir esto",
    next: "Qué pasa ahora",
    options: "Opciones para comentar",
    support: "Cuidados junto al tratamiento",
    questions: "Qué preguntar",
  },
  category: CATEGORY,
  fits: (name) => `Sus resultados coinciden con lo que se llama ${name}.`,
  neuropathyLinked:
    "Su equipo también comprobará si el problema de los nervios de sus manos o pies está relacionado con la proteína de la sangre.",
  otherAmyloid:
    "También se encontró amiloide en una muestra de tejido. Las pruebas muestran que no es el tipo que producen las células plasmáticas (amiloidosis AL). Este resumen no trata ese tipo de amiloide. Su equipo planificará su atención con usted.",
  alsoAl:
    "Sus resultados también coinciden con la amiloidosis AL. En la amiloidosis AL, una proteína anormal que producen las mismas células plasmáticas se acumula en órganos como el corazón o los riñones. Su equipo tendrá en cuenta las dos cosas al elegir un tratamiento con usted.",
  plasmaCellLeukaemia:
    "Un análisis de sangre encontró muchas células de mieloma en la sangre. Los médicos llaman a esto leucemia de células plasmáticas. Es una forma de la enfermedad que crece rápido. Este resumen muestra las opciones habituales del mieloma; su equipo planificará el tratamiento con usted y puede consultar a un centro especializado en mieloma.",
  plasmaCellLeukaemiaTreated:
    "Un análisis de sangre encontró muchas células de mieloma en la sangre. Su equipo médico revisará qué quiere decir esto y hablará con usted sobre el próximo tratamiento.",
  anaemiaCauseFirst:
    "Su recuento sanguíneo (hemoglobina) está bajo. Primero, su equipo buscará la causa. Puede incluir una prueba de médula ósea. Después decidirá cómo tratarlo.",
  countSinceStartNeeded:
    "Su historia clínica no tiene un recuento de células de la sangre desde que empezó este tratamiento. Su equipo lo revisará: el recuento les indica cómo seguir con el tratamiento. Llame a su equipo enseguida si tiene fiebre.",
  vaccinesAfter: {
    "car-t":
      "Las vacunas ayudan a protegerle de infecciones. Pregunte a su equipo de CAR-T cuándo ponerse las vacunas. No se ponga una vacuna de virus vivos salvo que su equipo le diga que puede.",
    transplant:
      "Las vacunas ayudan a protegerle de infecciones. Pregunte a su equipo del trasplante cuándo ponerse las vacunas. No se ponga una vacuna de virus vivos salvo que su equipo le diga que puede.",
  },
  transfusionAfterThinning:
    "Su recuento de células de la sangre está bajo. Su sangre también está demasiado espesa ahora, y una transfusión podría empeorarlo. Su equipo esperará a que su sangre esté menos espesa antes de ponerle una.",
  alOrgans: (organs) => `La proteína se ha acumulado en ${and(unique(organs.map((o) => ES_ORGAN[o])))}.`,
  alHeartMedicines:
    "Antes de empezar o cambiar un medicamento para el corazón, dígale al médico que tiene amiloidosis AL en el corazón. Algunos medicamentos para el corazón pueden no convenirle. Este consejo todavía se está comprobando.",
  alMyelomaNotExcluded:
    "Las pruebas muestran con claridad una amiloidosis AL. Una prueba de imagen más comprobará si también hay mieloma.",
  alAsctGatesNotKnown:
    "Un trasplante de células madre usa una dosis alta de un medicamento fuerte y luego sus propias células madre guardadas. Se usan análisis de sangre del corazón para elegir quién puede recibirlo, y uno de los suyos aún falta. Su equipo también revisa cómo funciona su corazón antes de decidir. Solo algunas personas con esta enfermedad pueden recibirlo.",
  alAsctTroponinNotRead:
    "Un trasplante de células madre usa una dosis alta de un medicamento fuerte y luego sus propias células madre guardadas. Se usan análisis de sangre del corazón para elegir quién puede recibirlo. Uno de los suyos se hizo con otro tipo de prueba, así que aún falta la prueba habitual. Su equipo también revisa cómo funciona su corazón antes de decidir. Solo algunas personas con esta enfermedad pueden recibirlo.",
  lightChainMgusNoMarrow: {
    fits: "Sus resultados coinciden con una GMSI de cadenas ligeras.",
    marrowAndScan: "Una prueba de médula ósea y una prueba de imagen pueden confirmarlo.",
    marrow: "Una prueba de médula ósea puede confirmarlo.",
  },
  couldFit: (name) =>
    `Los resultados hasta ahora podrían coincidir con ${name}. Hacen falta más pruebas para estar seguros.`,
  tooFewResults:
    "Hay muy pocos resultados de pruebas para saber qué pasa. Todavía no se puede decir nada sobre una enfermedad.",
  unclear: "Las pruebas hasta ahora no dan una respuesta clara.",
  endOrganUntested: {
    myelomaOpen:
      "Sus resultados muestran señales de células plasmáticas anormales. Todavía no se han hecho los análisis de sangre que muestran si dañan el cuerpo (calcio, riñones y recuento de células de la sangre). Hasta entonces no se sabe si es una etapa temprana que se vigila, o un mieloma que necesita tratamiento.",
    earlyStages:
      "Sus resultados muestran señales de células plasmáticas anormales. Todavía no se han hecho los análisis de sangre que muestran si dañan el cuerpo (calcio, riñones y recuento de células de la sangre). Su equipo médico los necesita para poder decir qué enfermedad es.",
  },
  flcDisputed:
    "Sus resultados muestran señales de células plasmáticas anormales. Dos de sus resultados de cadenas ligeras no coinciden, y son los que deciden qué enfermedad es: una etapa temprana que se vigila, o un mieloma que necesita tratamiento. Una nueva prueba de cadenas ligeras lo dirá.",
  // Review c83-W1: un problema de los huesos registrado antes de una prueba de imagen de los huesos.
  boneEventNotImaged: {
    cord: "Sus resultados muestran señales de células plasmáticas anormales, y su historia clínica muestra presión sobre la médula espinal. El mieloma en el hueso puede ser la causa. Hace falta pronto una prueba de imagen de todos sus huesos para estar seguros. La columna se trata ahora, sin esperar a esa prueba.",
    fracture:
      "Sus resultados muestran señales de células plasmáticas anormales, y su historia clínica muestra un hueso que se rompió porque estaba débil. El mieloma en el hueso puede ser la causa. Hace falta pronto una prueba de imagen de todos sus huesos para estar seguros. El hueso roto se trata ahora, sin esperar a esa prueba.",
    both: "Sus resultados muestran señales de células plasmáticas anormales, y su historia clínica muestra presión sobre la médula espinal y un hueso que se rompió porque estaba débil. El mieloma en el hueso puede ser la causa. Hace falta pronto una prueba de imagen de todos sus huesos para estar seguros. La columna y el hueso roto se tratan ahora, sin esperar a esa prueba.",
  },
  unusedValue: (tests) =>
    tests.length === 1
      ? `Se envió un resultado de ${and(unique(tests))}, pero no se pudo usar, así que este resumen no lo usa. Su equipo lo revisará con el laboratorio.`
      : `Se enviaron resultados de ${and(unique(tests))}, pero no se pudieron usar, así que este resumen no los usa. Su equipo los revisará con el laboratorio.`,
  unusedValueUndecided:
    "Hasta entonces no se sabe si es una etapa temprana que se vigila, o un mieloma que necesita tratamiento.",
  workUpBeforeSmmLevel: {
    both: "Sus resultados muestran señales de células plasmáticas anormales. Su nivel de proteína ha subido. Su última prueba de médula ósea y su último estudio de los huesos se hicieron antes de que subiera su nivel de proteína, así que puede que no muestren cómo están las cosas ahora. Repetirlos dirá si es una etapa temprana que se vigila, o un mieloma que necesita tratamiento.",
    marrow:
      "Sus resultados muestran señales de células plasmáticas anormales. Su nivel de proteína ha subido. Su última prueba de médula ósea se hizo antes de que subiera su nivel de proteína, así que puede que no muestre cómo están las cosas ahora. Repetirla, con un estudio de los huesos, dirá si es una etapa temprana que se vigila, o un mieloma que necesita tratamiento.",
    imaging:
      "Sus resultados muestran señales de células plasmáticas anormales. Su nivel de proteína ha subido. Su último estudio de los huesos se hizo antes de que subiera su nivel de proteína, así que puede que no muestre cómo están las cosas ahora. Repetirlo ayudará a saber si es una etapa temprana que se vigila, o un mieloma que necesita tratamiento.",
  },
  calciumUnderRead:
    "Sus resultados muestran señales de células plasmáticas anormales. Su calcio está en el límite alto, y puede estar más alto de lo que muestra la prueba, porque una proteína de la sangre llamada albúmina está baja. Otra prueba de calcio dirá si es una etapa temprana que se vigila, o un mieloma que necesita tratamiento.",
  biomarkerWithoutClone: {
    mgusMeaning:
      "La GMSI (gammapatía monoclonal de significado incierto) quiere decir que hay en la sangre una proteína hecha por un grupo pequeño de células plasmáticas. Las células plasmáticas son glóbulos blancos de la médula ósea.",
    biomarker:
      "Uno de sus resultados se ve a menudo en el mieloma, un cáncer de las células plasmáticas. Pero la prueba de médula ósea encontró pocas de estas células. Su equipo médico puede repetir la prueba de médula ósea para estar seguros.",
    biomarkerNoMarrow:
      "Uno de sus resultados se ve a menudo en el mieloma, un cáncer de las células plasmáticas. Todavía no se ha hecho una prueba de médula ósea. Esa prueba muestra cuántas de estas células hay. Su equipo médico puede hacerla para estar seguros.",
    watchWhy:
      "Los controles regulares son una opción habitual cuando las pruebas no muestran un mieloma. Pero uno de sus resultados se ve a menudo en el mieloma, así que ya le tocan sus análisis de sangre. Una prueba de médula ósea decide lo que viene después. Luego su equipo médico le dirá cada cuánto necesita pruebas.",
  },
  endOrganQuestion: {
    kidney:
      "Sus riñones no funcionan tan bien como deberían. Además, tiene una proteína anormal en la sangre. Las pruebas hechas hasta ahora no pueden decir si esta proteína está dañando los riñones o si la causa es otra. Estas pruebas no muestran un mieloma.",
    proteinuria:
      "Sus riñones dejan pasar demasiada proteína a la orina. Además, tiene una proteína anormal en la sangre. Las pruebas hechas hasta ahora no pueden decir si esta proteína está dañando los riñones o si la causa es otra. Estas pruebas no muestran un mieloma.",
    other:
      "Algunos resultados de sus análisis de sangre no son normales. Además, tiene una proteína anormal en la sangre. Las pruebas hechas hasta ahora no pueden decir si la proteína causa estos resultados o si la causa es otra. Estas pruebas no muestran un mieloma.",
  },
  igmPathway:
    "Su sangre tiene un tipo de proteína llamada IgM. Con la IgM, una enfermedad parecida llamada macroglobulinemia de Waldenström es más probable que el mieloma. Es un tipo de linfoma. Hacen falta otras pruebas para distinguirlas. Este resumen no trata esa enfermedad, así que su equipo médico le guiará con esas pruebas.",
  framing: {
    "mm-new":
      "Es una noticia seria, y es normal sentir preocupación. Hay muchas formas de tratar el mieloma. Su equipo médico le ayudará a elegir lo que mejor le vaya.",
    "mm-progressed":
      "Es una noticia dura que la enfermedad vuelva a crecer. Todavía hay más tratamientos de los que hablar. Su equipo médico le ayudará a elegir el siguiente.",
    "al-amyloidosis":
      "Es una noticia seria, y es normal sentir preocupación. La amiloidosis AL se puede tratar. El tratamiento busca frenar la proteína dañina.",
    unclear: "Esperar respuestas puede ser duro. Las próximas pruebas ayudarán a dar una respuesta clara.",
  },
  framingRefractory:
    "Su equipo médico revisará las opciones con usted y le ayudará a elegir el siguiente paso.",
  responseName: RESPONSE,
  stage: {
    myeloma: (n, scale, past) =>
      `${past ? `Cuando se descubrió su mieloma, estaba en el estadio ${n}` : `Su mieloma está en el estadio ${n}`} de 3 en la ${SCALE_NAME[scale]}. Un estadio más alto puede querer decir que es más difícil de tratar.`,
    olderScale: (n, past) =>
      `En la escala internacional más antigua, que usa solo dos análisis de sangre, ${past ? "estaba" : "está"} en el estadio ${n}.`,
    amyloidosis: (n, top, past) =>
      `${past ? `Cuando se descubrió su amiloidosis AL, estaba en el estadio ${n}` : `Su amiloidosis AL está en el estadio ${n}`}, en una escala que llega hasta el estadio ${top}. Un estadio más alto quiere decir una enfermedad más grave.`,
    setAtDiagnosis:
      "Al mieloma se le da un estadio cuando se descubre, con pruebas hechas entonces. Esos resultados no están en su historia clínica con sus fechas, así que este resumen no puede darle su estadio. Su equipo se lo puede decir.",
    atDiagnosis: (n) =>
      `Cuando se descubrió su mieloma, estaba en el estadio ${n} de 3. Un estadio más alto puede querer decir que es más difícil de tratar.`,
    alSetAtDiagnosis:
      "A la amiloidosis AL se le da un estadio cuando se descubre, con pruebas hechas entonces. Algunos de esos resultados no están en su historia clínica de antes de su primer tratamiento, así que este resumen no puede darle su estadio. Su equipo se lo puede decir.",
  },
  earlyRelapseAfterTransplant:
    "La enfermedad volvió en el primer año después de su trasplante de células madre. Los médicos lo ven como una señal de mayor riesgo. Es una razón para empezar pronto el siguiente tratamiento. También puede preguntar por estudios de investigación.",
  highRiskGenes:
    "Las células del mieloma tienen cambios en los genes que los médicos llaman de alto riesgo. Esto ayuda a elegir el tratamiento.",
  highRiskB2m:
    "Un análisis de sangre llamado beta-2 microglobulina está alto y las pruebas de los riñones son normales. Los médicos lo llaman mieloma de alto riesgo. Esto ayuda a elegir el tratamiento.",
  highRiskB2mAtDiagnosis:
    "Cuando se descubrió su mieloma, un análisis de sangre llamado beta-2 microglobulina estaba alto y las pruebas de los riñones eran normales. Los médicos lo consideran mieloma de alto riesgo. Esto ayuda a elegir el tratamiento.",
  smmChance: (n) =>
    `Unas ${n} de cada 100 personas con resultados como los suyos pasan a mieloma activo en 2 años. Unas ${100 - n} de cada 100, no.`,
  smmChanceOlderTests: (marrow, imaging) =>
    marrow
      ? `Esta cifra sale de una prueba de médula ósea${imaging ? " y una exploración hechas" : " hecha"} antes de que su proteína empezara a subir. Pruebas nuevas podrían cambiarla.`
      : "El diagnóstico se basa en parte en una exploración hecha antes de que su proteína empezara a subir. Una exploración nueva podría cambiarlo.",
  smmWatchOrTreat:
    "Su equipo puede proponerle vigilar la enfermedad de cerca con análisis de sangre regulares, o un tratamiento para frenarla.",
  treatedBefore: "Su historia clínica muestra que ya recibió tratamiento para esto.",
  onSmmTreatmentNow: "Su historia clínica muestra que ahora recibe tratamiento para esto.",
  onFirstTreatment: "Su historia clínica muestra que está recibiendo su primer tratamiento para esto.",
  response: {
    good: (name) => `Sus últimos resultados muestran ${name}.`,
    early:
      "Sus primeros resultados indican que la enfermedad está respondiendo al tratamiento. Hace falta una segunda prueba para confirmarlo.",
    deeper: (name) =>
      `Sus resultados muestran ${name}. Los últimos resultados parecen aún mejores. Hace falta una segunda prueba para confirmarlo.`,
    atLeast: (name) => `Sus últimos resultados muestran por lo menos ${name}. Puede ser incluso mejor.`,
    growing: "Sus últimos resultados muestran que la enfermedad está creciendo.",
    alNotEnough:
      "Sus últimos resultados muestran que el tratamiento aún no ha bajado lo suficiente la cadena ligera dañina. Su equipo médico lo revisará con usted.",
    alLightChainRising:
      "Su prueba de cadenas ligeras ha subido desde su último tratamiento. Su equipo la revisará con usted.",
    alLightChainRisingOnTreatment:
      "Su prueba de cadenas ligeras ha vuelto a subir durante su tratamiento. Su equipo la revisará con usted.",
    alLightChainHigherOnce: "Su última prueba de cadenas ligeras salió más alta. Su equipo la repetirá.",
    alBelowGoal:
      "Su tratamiento ha bajado la cadena ligera, pero no tanto como la meta que busca su equipo. Su equipo médico hablará con usted sobre un cambio de tratamiento.",
    backAfterComplete:
      "Su historia muestra una respuesta completa antes con este tratamiento. Ahora se vuelve a encontrar algo de la proteína anormal. Su equipo médico la está vigilando de cerca.",
    growingLabsOnly:
      "Por ahora el crecimiento solo se ve en sus análisis de sangre. No se encontró ninguna de las señales que su equipo busca en una recaída: daño nuevo en los huesos, calcio alto, una gran bajada en los análisis de la sangre, peores análisis del riñón o sangre espesa. Su equipo médico decidirá con usted cuándo empezar el siguiente tratamiento.",
    mayBeGrowing:
      "Sus últimos resultados muestran que la enfermedad podría estar creciendo. Hace falta repetir la prueba para estar seguros.",
    risenSinceLowest: (measure) =>
      `Pero ${{ serum: "la proteína anormal de su sangre", urine: "la proteína anormal de su orina", flc: "la cadena ligera anormal de su sangre" }[measure]} ha vuelto a subir desde su nivel más bajo con este tratamiento. Su equipo médico revisará con usted si esto significa que la enfermedad está creciendo de nuevo.`,
    changed:
      "Algunos de sus últimos resultados han cambiado desde las pruebas anteriores. Pueden indicar que la enfermedad está empezando a volver. Su equipo médico los revisará con usted, y puede repetir algunas pruebas, antes de decidir si hay que cambiar su tratamiento.",
    mrdNegative:
      "Una prueba muy sensible de su médula ósea no encontró células de mieloma. Los médicos lo llaman EMR negativa.",
    mrdPositive: "Una prueba muy sensible de su médula ósea todavía encontró unas pocas células de mieloma.",
    mrdNegativeLessSensitive:
      "Una prueba de su médula ósea no encontró células de mieloma. No fue tan sensible como la prueba que usan los médicos para llamarlo EMR negativa.",
    mrdNegativeSensitivityUnknown:
      "Una prueba de su médula ósea que busca las últimas células de mieloma (EMR) no encontró ninguna. Su equipo médico puede decirle qué tan sensible fue la prueba.",
    mrdNotYet:
      "La prueba de médula ósea que busca las últimas células de mieloma (EMR) solo se puede leer cuando los análisis de sangre y orina muestran una respuesta completa.",
    notYetAfterCarT:
      "Todavía es pronto para saber si el tratamiento CAR-T funciona: aún no se ha hecho ninguna prueba de la enfermedad desde la infusión.",
    serumClearUrineMarrowToTell: (awaiting) =>
      `Sus análisis de sangre ya no encuentran la proteína anormal. ${awaiting.length > 1 ? "Hacen falta pruebas de orina y de médula ósea" : awaiting[0] === "urine" ? "Hace falta una prueba de orina" : "Hace falta una prueba de médula ósea"} para saber si es una respuesta completa.`,
    mrdNotGraded:
      "Su historia clínica tiene una prueba de médula ósea que busca las últimas células de mieloma (EMR). Su equipo le dirá qué quiere decir, junto con sus otras pruebas recientes.",
  },
  urgent: "Por favor, llame hoy a su equipo médico por algunos de sus resultados.",
  urgentAbout: (reason) => `Por favor, llame hoy a su equipo médico por ${reason}.`,
  clotPrevention: {
    hadClot:
      "Usted tuvo un coágulo de sangre antes. Algunas pastillas para el mieloma suben el riesgo de coágulos. Pregunte a su equipo por una inyección para diluir la sangre que los prevenga.",
    highRisk:
      "Su riesgo de coágulos de sangre es más alto. Algunas pastillas para el mieloma lo suben. Pregunte a su equipo por una inyección para diluir la sangre que prevenga los coágulos.",
  },
  clotPreventionLowPlatelets: {
    hadClot:
      "Usted tuvo un coágulo de sangre antes. Algunas pastillas para el mieloma suben el riesgo de coágulos. Sus plaquetas están bajas, y un medicamento para diluir la sangre puede hacer más fácil un sangrado. Pregunte a su equipo si un medicamento para diluir la sangre es adecuado para usted mientras sus plaquetas estén bajas.",
    highRisk:
      "Su riesgo de coágulos de sangre es más alto. Algunas pastillas para el mieloma lo suben. Sus plaquetas están bajas, y un medicamento para diluir la sangre puede hacer más fácil un sangrado. Pregunte a su equipo si un medicamento para diluir la sangre es adecuado para usted mientras sus plaquetas estén bajas.",
  },
  thinnerLowPlatelets:
    "Sus plaquetas están bajas, y su medicamento para diluir la sangre o la aspirina puede hacer más fácil un sangrado. Su equipo hablará de esto con usted. Llame enseguida a su equipo médico si sangra o le salen moretones.",
  lowCalciumDenosumab:
    "Su calcio está más bajo de lo normal. El medicamento para los huesos denosumab puede bajarlo más. Su equipo le subirá el calcio antes de darle denosumab, y lo volverá a revisar.",
  denosumabStopped:
    "Su medicamento para los huesos denosumab se suspendió, y suspenderlo necesita un plan de su equipo.",
  zoledronicAcidPaused:
    "Su equipo puede poner en pausa el ácido zoledrónico para proteger sus riñones, porque subió un análisis de sangre de los riñones.",
  carT: {
    given:
      "Usted recibió una sola infusión de CAR-T. No es un tratamiento que siga tomando. Su equipo revisa ahora cómo funciona.",
    undated:
      "El tratamiento CAR-T es una sola infusión. No es un tratamiento que siga tomando. Su historia clínica todavía no muestra el día de su infusión.",
    firstWeeks:
      "Durante 2 semanas después de la infusión, no conduzca y quédese cerca de su centro de tratamiento. Vaya al hospital enseguida si tiene fiebre, escalofríos, confusión, problemas para hablar o escribir, o diarrea fuerte.",
    later:
      "Algunos efectos secundarios pueden llegar semanas o meses después. Avise a su equipo enseguida si tiene fiebre, confusión, problemas para hablar, escribir o moverse, debilidad en un lado de la cara o diarrea fuerte. Tendrá controles toda la vida, también para buscar un cáncer nuevo.",
    step: "Controles después de la infusión de CAR-T",
    firstWeeksStep: (until) =>
      `Vigilancia estrecha de su equipo después de la infusión de CAR-T, hasta el ${until}, y después controles regulares`,
    lowCounts: ({ neutrophils, platelets }, feverSaid) => {
      const low =
        neutrophils && platelets
          ? "Sus glóbulos blancos y sus plaquetas están bajos después del CAR-T. Las infecciones y los sangrados son más probables."
          : neutrophils
            ? "Sus glóbulos blancos están bajos después del CAR-T. Las infecciones son más probables."
            : "Sus plaquetas están bajas después del CAR-T. Los sangrados son más probables.";
      const signs = [
        neutrophils && !feverSaid ? "tiene fiebre" : null,
        platelets ? "sangra o le salen moretones" : null,
      ];
      const call = signs.filter((x) => x !== null).join(", o si ");
      return call ? `${low} Llame enseguida a su equipo médico si ${call}.` : low;
    },
    on: (date) => `La infusión fue el ${date}.`,
  },
  continuousNow:
    "Usted sigue un tratamiento que continúa mientras funcione y usted lo tolere. Su equipo revisa cómo funciona.",
  continuousStep: "Tratamiento que continúa mientras funcione",
  continuousStoppedNow:
    "Su tratamiento se ha suspendido, y la enfermedad no ha crecido. Su equipo revisará sus pruebas y hablará con usted sobre si volver a empezarlo.",
  continuousStoppedStep: "Su primer tratamiento, que ahora está suspendido",
  maintenanceStoppedStep: "Su tratamiento a largo plazo, que ahora está suspendido",
  lineStoppedNow:
    "Su último tratamiento se suspendió. Su historia clínica todavía no muestra cómo está la enfermedad ahora. Su equipo revisará sus pruebas y hablará con usted sobre el siguiente tratamiento.",
  stoppedEarlyNow:
    "Su primer tratamiento se suspendió pronto, antes de que las pruebas mostraran si funcionaba. Su equipo revisará sus pruebas y hablará con usted sobre el siguiente tratamiento.",
  stoppedEarlyStep: "Su primer tratamiento, suspendido pronto",
  nextTreatmentTalkStep:
    "Pruebas para ver cómo está la enfermedad ahora, y una conversación con su equipo sobre el siguiente tratamiento",
  restartTalkStep: "Controles sin tratamiento, y una conversación con su equipo sobre si volver a empezarlo",
  postTransplantStepsDone:
    "Ha recibido un trasplante de células madre y el tratamiento de después. Lo siguiente es un tratamiento largo para mantener la enfermedad controlada.",
  postTransplantLongAgo: (months) =>
    `Le hicieron un trasplante de células madre hace al menos ${months} meses. En su historial no figura ningún tratamiento desde entonces. Su equipo médico hablará con usted sobre lo que viene ahora.`,
  onBispecific: {
    warningSigns:
      "Este medicamento puede causar una reacción fuerte de las defensas (fiebre, escalofríos, mareo) o efectos en el cerebro (confusión, problemas para hablar o escribir, somnolencia), sobre todo en las primeras semanas. Si pasa, vaya al hospital enseguida.",
    stepUpUs:
      "Después de cada dosis creciente usted se queda en el hospital 2 días (48 horas), para vigilar los efectos secundarios.",
    stepUpEu:
      "Después de cada dosis creciente usted se queda cerca del hospital 2 días, y su equipo hace una revisión cada día.",
    talquetamab:
      "Este medicamento también puede cambiar el gusto, las uñas y la piel, y causar pérdida de peso o problemas para tragar. Avise a su equipo si pasa.",
    infections:
      "Este medicamento también hace más probables las infecciones, mientras lo recibe y durante meses después.",
    fever: "Si tiene fiebre, llame a su equipo enseguida.",
  },
  anaemiaAttribution:
    "Tiene la sangre baja (anemia). Antes de empezar el tratamiento, su equipo médico comprobará que se debe al mieloma y no a otra causa.",
  pregnancyImid:
    "Su historia dice que está embarazada. Algunos medicamentos para el mieloma (lenalidomida, talidomida y pomalidomida) no se pueden usar durante el embarazo porque pueden dañar al bebé. Su equipo médico planificará su tratamiento teniendo esto en cuenta, junto con un especialista en embarazo.",
  pregnancyImidBeingGiven: (drugs) =>
    `Su historia dice que está embarazada, y su tratamiento actual incluye ${and(drugs.map((x) => GENERIC[x] ?? x))}. Póngase en contacto con su equipo médico hoy, antes de su próxima dosis.`,
  pregnancyCurrentStep: "Hablar hoy con su equipo médico sobre su tratamiento actual, por su embarazo",
  optionsNotWeighedPregnancy:
    "Las opciones de abajo no se eligieron teniendo en cuenta su embarazo; su equipo y un especialista en embarazo decidirán cuáles encajan.",
  labsDisagree:
    "Dos de sus resultados de laboratorio no encajan entre sí. Su equipo revisará la prueba, y puede repetirla, antes de usarla.",
  emergencyCordAndThickBlood:
    "Su historia clínica muestra presión sobre la médula espinal (compresión de la médula espinal) y que su sangre está demasiado espesa (hiperviscosidad).",
  emergency: {
    "alert.spinal-cord-compression":
      "Su historia clínica muestra presión sobre la médula espinal (compresión de la médula espinal).",
    "alert.hyperviscosity":
      "Su historia clínica muestra que su sangre está demasiado espesa (hiperviscosidad).",
    "alert.hypercalcemia-severe":
      "Sus resultados muestran muchísimo calcio en la sangre (calcio muy alto). Puede causar confusión, somnolencia o malestar, y dañar los riñones.",
    "alert.hypercalcemia": "Sus resultados muestran demasiado calcio en la sangre (calcio alto).",
    "alert.ndmm-renal-impairment.from-myeloma":
      "Su equipo médico ha visto que el mieloma está dañando sus riñones. Sus riñones necesitan que el tratamiento empiece pronto.",
    urgentNow:
      "Necesita atención urgente ahora. Llame enseguida a su equipo médico. Si no puede hablar con ellos, vaya a urgencias.",
  },
  mayStillTake: (drugs) =>
    `Su historia clínica no muestra si todavía toma ${and(drugs)}. Su equipo confirmará qué medicamentos toma ahora.`,
  untreatedAfterSmmTherapy: (drugs) =>
    `Ha recibido tratamiento con ${and(drugs)} para el mieloma quiescente. Todavía no ha empezado el tratamiento para el mieloma activo. Su equipo tendrá en cuenta ${drugs.length === 1 ? "ese medicamento" : "esos medicamentos"} al elegir su próximo tratamiento, y le dirá si debe seguir tomándolo mientras tanto.`,
  untreatedLocalTherapy:
    "Su historia clínica muestra un tratamiento dirigido a un solo lugar, como una operación o radiación. Todavía no muestra ningún tratamiento con medicamentos para esto.",
  nextAfterRadiotherapy:
    "Su equipo médico le hará controles con análisis de sangre y orina cada pocos meses. Estas pruebas buscan cualquier señal de que la enfermedad haya vuelto o se haya extendido.",
  nextFallbackNoTests: {
    empty: "Su equipo médico elegirá las primeras pruebas.",
    unclear: "Primero hacen falta más pruebas. Su equipo médico le dirá cuáles.",
  },
  nextFallback: {
    empty: "Su equipo médico elegirá las primeras pruebas. Estas pruebas dirían qué está pasando:",
    unclear: "Primero hacen falta más pruebas. Estas pruebas ayudarían:",
    mgus: "La GMSI se vigila con controles y análisis de sangre regulares. Su equipo médico le dirá cada cuánto.",
    "smoldering-myeloma":
      "Su equipo médico le hará análisis de sangre regulares para vigilar la enfermedad. Le dirán si un tratamiento podría ayudar.",
    "mm-new":
      "Su equipo médico terminará las pruebas que aún falten. Luego hablará con usted sobre un primer tratamiento.",
    "mm-on-treatment":
      "Su equipo médico seguirá mirando cómo funciona el tratamiento, con análisis de sangre regulares.",
    "mm-progressed": "Su equipo médico hablará con usted sobre el cambio a un nuevo tratamiento.",
    plasmacytoma:
      "Su equipo médico planeará el tratamiento de ese único lugar. Luego le hará controles con pruebas regulares.",
    "al-amyloidosis":
      "Su equipo médico revisará su corazón, sus riñones y sus nervios. Luego hablará con usted sobre el tratamiento.",
  },
  phase: {
    untreated: { now: "Todavía no ha recibido tratamiento para esto.", step: "Pruebas y un primer plan" },
    induction: {
      now: "Está en la primera parte del tratamiento. Busca controlar la enfermedad.",
      step: "Primer tratamiento para controlar la enfermedad",
    },
    transplant: {
      now: "Está en la etapa del trasplante de células madre.",
      step: "Trasplante de células madre",
    },
    "post-transplant": {
      now: "Ha recibido un trasplante de células madre y se está recuperando.",
      step: "Tratamiento adicional después del trasplante",
    },
    maintenance: {
      now: "Está en un tratamiento de mantenimiento, a largo plazo, para mantener controlada la enfermedad.",
      step: "Tratamiento de mantenimiento, a largo plazo, para mantenerla controlada",
    },
    "line-finished": {
      now: "Ha terminado un tratamiento, y la enfermedad no ha crecido.",
      step: "Controles sin tratamiento",
    },
    relapsed: {
      now: "La enfermedad ha vuelto a crecer después del tratamiento.",
      step: "Un nuevo tratamiento",
      onLine: "Ya recibió tratamiento antes, y ahora está en un nuevo tratamiento.",
      onLineStep: "Su tratamiento actual",
    },
    // Refractaria (criteria-and-scores 9.2): progresión durante el tratamiento o en los 60 días siguientes.
    refractory: {
      now: "La enfermedad creció mientras recibía su último tratamiento, o poco después.",
      step: "Otro tipo de tratamiento",
    },
    "smoldering-therapy": {
      now: "Recibe un tratamiento para evitar que el mieloma quiescente se vuelva activo. Su equipo le revisa la sangre a menudo.",
      step: "Tratamiento del mieloma quiescente",
    },
    radiotherapy: {
      now: "Ahora recibe radiación para el tumor. Cuando termine, tendrá controles cada pocos meses.",
      step: "Radiación para el tumor",
    },
  },
  recoveryStep: "Recuperación del trasplante",
  teamDecidesStep: "Una conversación con su equipo sobre si hace falta más tratamiento ahora",
  collectionForLaterStep:
    "Recolección y conservación de sus células madre, para poder hacer un trasplante más adelante",
  collectionStep: "Recolección y conservación de sus células madre",
  restOfFirstTreatmentStep: "El resto de su primer tratamiento",
  // Review c79-M1: la recolección pendiente (código de paso del plan "collection-due").
  collectionDue:
    "Su primer tratamiento ya dura unos 3 meses o más, y su historia clínica no muestra todavía la recolección de sus células madre. Suelen recolectarse en los primeros meses de este tipo de tratamiento. Pregunte a su equipo cuándo será.",
  collectionDueStep: "Primer tratamiento; pregunte a su equipo cuándo se recolectarán sus células madre",
  switchToQuadrupletStep:
    "Un cambio a una combinación más fuerte de medicamentos, cuando su equipo sepa qué tan bien funcionan sus riñones",
  boneEventStep: {
    cord: "Tratamiento urgente de la columna (radiación y/o una operación), y una prueba de imagen de todos sus huesos",
    fracture: "Tratamiento urgente del hueso roto, y una prueba de imagen de todos sus huesos",
    both: "Tratamiento urgente de la columna (radiación y/o una operación) y del hueso roto, y una prueba de imagen de todos sus huesos",
  },
  lineOutcomeOpen: {
    possible: "Ha terminado un tratamiento. Lo que sigue depende de la prueba repetida.",
    unknown:
      "Ha terminado un tratamiento. Su historia clínica todavía no muestra si la enfermedad ha vuelto a crecer.",
    afterRadiotherapy:
      "Ha terminado la radiación para el tumor. Este resumen no puede saber por sus resultados si la enfermedad ha vuelto.",
    afterRadiotherapyRising:
      "Ha terminado la radiación para el tumor. Desde entonces, un nivel de proteína en su sangre o en su orina ha ido subiendo. Puede ser una señal de que la enfermedad está volviendo, así que su equipo médico lo revisará y puede que quiera verle antes de lo habitual.",
    alLightChainRising:
      "Ha terminado un tratamiento. Su equipo revisará qué significa para usted la subida de su prueba de cadenas ligeras, y cómo están sus órganos.",
    alLightChainHigherOnce:
      "Ha terminado un tratamiento. Su equipo repetirá su prueba de cadenas ligeras antes de decidir el siguiente paso.",
    alLightChainRisingOnLine:
      "Ahora está recibiendo un tratamiento. Su equipo revisará qué significa para usted la subida de su prueba de cadenas ligeras, y cómo están sus órganos.",
  },
  planStatus: {
    done: "Hecho",
    current: "Ahora",
    next: "A continuación",
    later: "Más adelante",
    "if-progressed": "Solo si la enfermedad crece",
  },
  afterRepeatTestStatus: "Después de repetir la prueba, si el resultado lo permite",
  testsIntro: "Estas pruebas ayudarían:",
  tests: {
    protein: "Un análisis de proteínas en sangre y orina muestra si hay una proteína anormal, y cuánta.",
    urineMProtein: "Una prueba de orina de 24 horas muestra si la proteína anormal también está en la orina.",
    lightChains:
      "Un análisis de sangre de las cadenas ligeras muestra si las células plasmáticas hacen demasiado de una parte de proteína.",
    amyloidType:
      "Una prueba de laboratorio del amiloide hallado en su tejido muestra de qué proteína está hecho. Esto ayuda a elegir el tratamiento.",
    marrow: "Una prueba de médula ósea muestra cuántas células plasmáticas hay en la médula.",
    imaging: "Una prueba de imagen de los huesos muestra si algún hueso está dañado.",
    mri: "Una resonancia magnética puede encontrar pequeñas manchas en la médula ósea. Podrían cambiar lo que significan sus resultados.",
    organs:
      "Los análisis de calcio, de los riñones y de las células de la sangre muestran si el cuerpo está dañado.",
    igg: "Un análisis de sangre de sus niveles de anticuerpos (IgG) muestra si tiene suficientes proteínas que combaten los gérmenes.",
    urineProtein: "Una recogida de orina durante 24 horas muestra cuánta proteína dejan pasar los riñones.",
    kidneyBiopsy:
      "Un especialista en riñón puede tomar una pequeña muestra del riñón (una biopsia). Muestra si la proteína anormal está dañando los riñones.",
    amyloidTissue:
      "Una pequeña muestra de tejido, por ejemplo de la grasa bajo la piel del abdomen, puede mostrar amiloide. El amiloide es una proteína que puede acumularse en los órganos.",
    genes: "Las pruebas de los genes de las células anormales ayudan a elegir el tratamiento.",
    marrowCellType: "Una prueba de médula ósea muestra qué tipo de célula anormal hay en la médula.",
    genesIgm: "Una prueba de genes en las células anormales ayuda a saber cuál de las dos es.",
  },
  undatedResults: (names) =>
    `Su historia clínica tiene los resultados ${names}, pero no la fecha de cada prueba. Su equipo necesita esas fechas para comparar sus resultados a lo largo del tiempo.`,
  undatedName: {
    serum: "de la proteína en la sangre",
    urine: "de la proteína en la orina",
    flc: "de las cadenas ligeras",
  },
  // Review c60-M4: "atrasada" (overdue) here, as in English; "ya le toca" (due now) is `due`.
  overdue: (test, date) => `Esta prueba está atrasada: ${test}. Debía hacerse el ${date}.`,
  overdueMany: (tests, date) => `Estas pruebas están atrasadas: ${tests}. Debían hacerse el ${date}.`,
  due: (test, date) => `Ya le toca esta prueba: ${test}. Le toca desde el ${date}.`,
  dueMany: (tests, date) => `Ya le tocan estas pruebas: ${tests}. Le tocan desde el ${date}.`,
  nextDue: (test, date) => `Su próxima prueba (${test}) es el ${date}.`,
  nextDueNow: (test) => `Ya le toca su próxima prueba (${test}).`,
  kidneyNewOnTreatment:
    "Sus análisis de los riñones han empeorado. Su equipo médico buscará la causa. Puede ser el mieloma u otra cosa.",
  kidneyFromMyelomaOnTreatment:
    "Sus análisis de los riñones han empeorado por el mieloma. Esto necesita tratamiento pronto. Cuando el mieloma daña los riñones, se suelen elegir primero tratamientos con bortezomib.",
  kidneyNotFromMyelomaOnTreatment:
    "Sus análisis de los riñones han empeorado. Su equipo médico ha visto que esto no se debe al mieloma, y se ocupará de ello.",
  kidneyAtDiagnosis: "Sus riñones no funcionan bien. La causa puede ser el mieloma.",
  kidneyEarly:
    "Si es así, empezar pronto el tratamiento ayuda a los riñones. Pregunte a su equipo cuánto debe beber y antes de tomar analgésicos como el ibuprofeno.",
  kidneyCare: "Pregunte a su equipo cuánto debe beber y antes de tomar analgésicos como el ibuprofeno.",
  kidneyWorseUndated:
    "Uno de sus resultados de los riñones está peor que sus otros análisis de los riñones, pero su fecha no figura en su historial. Su equipo médico comprobará cuándo se hizo y, si es reciente, buscará la causa. Puede ser el mieloma u otra cosa.",
  hemoglobinFalling:
    "Su hemoglobina (el nivel de glóbulos rojos) ha ido bajando en sus últimas pruebas. Su equipo buscará la causa.",
  proteinRising:
    "Su nivel de proteína ha ido subiendo en sus últimas pruebas. Puede que su equipo quiera verle antes de lo habitual.",
  proteinBack:
    "Una prueba que ya no encontraba la proteína del mieloma en su sangre o en su orina ahora la vuelve a encontrar. Su equipo médico le explicará qué significa y puede que repita la prueba.",
  proteinBackAl:
    "Una prueba que ya no encontraba la cadena ligera anormal (la proteína que forma el amiloide) en su sangre o en su orina ahora la vuelve a encontrar. Su equipo médico le explicará qué significa y puede que repita la prueba.",
  monitoredTest: (test) => MONITORED_TEST[test] ?? "prueba de control",
  optionsIntro: "Estas opciones se dan para personas en su situación. No son órdenes.",
  unverifiedNote: "* Algunos datos de esta opción todavía se están comprobando.",
  pjpInPlaceOfTmpSmx: (reason) =>
    `Medicamento para prevenir una infección del pulmón: atovacuona o pentamidina (no cotrimoxazol, por su alergia ${reason === "sulfa" ? "a las sulfamidas" : "a este medicamento"})`,
  pjpInPlaceWhy:
    "El cotrimoxazol, el medicamento habitual para esto, no se le da por su alergia. La atovacuona o la pentamidina previenen la misma infección grave del pulmón. Se toma mientras sus defensas están bajas.",
  currentAllergy: (drugs) =>
    `Su historia clínica indica una alergia grave a ${and(drugs)}, ${drugs.length === 1 ? "uno de sus medicamentos actuales" : "medicamentos que toma ahora"}. Llame a su equipo médico antes de su próxima dosis.`,
  allergyNote: (substances) =>
    `Su historia clínica indica una alergia a ${and(substances.map((x) => (x === "sulfonamides" ? "las sulfamidas" : (GENERIC[x] ?? x))))}. Su equipo lo tendrá en cuenta.`,
  optionsProvisional: "Estas opciones dependen de las pruebas que aún faltan.",
  optionsStepUpDoses:
    "Algunas inmunoterapias empiezan con dosis pequeñas y crecientes. Tras cada una de esas dosis usted se queda en el hospital o cerca de él durante 1 o 2 días. Su equipo vigila los efectos secundarios.",
  optionsEyeChecks:
    "El belantamab puede dañar la superficie de los ojos. Le revisarán la vista antes de cada dosis.",
  optionsNerveDamage:
    "Usted tiene daño en los nervios (adormecimiento, hormigueo o dolor). Algunos medicamentos, el bortezomib y la talidomida, pueden empeorarlo. Por eso las opciones con ellos están más abajo en esta lista. Algunas no pueden empezar hasta que sus nervios mejoren.",
  optionsFitness:
    "Su edad o su salud pueden hacer que los tratamientos fuertes sean duros para el cuerpo. Las opciones que pueden ser demasiado fuertes para usted lo dicen. Su equipo y usted las compararán con otras más suaves.",
  optionsTransplantUndecided:
    "Algunas opciones dependen de si un trasplante de células madre es adecuado para usted. Su equipo médico lo decidirá con usted.",
  optionsTransplantPath:
    "Un trasplante de células madre, con la recogida de sus células madre antes y un tratamiento después (cada uno en los detalles completos)",
  optionsTransplantToConfirm:
    "Su historia clínica dice que se planea un trasplante de células madre. Algunos de sus resultados de salud hablan en contra, así que su equipo médico lo revisará con usted. Algunas opciones dependen de esa decisión.",
  optionsTransplantToConfirmAge:
    "Su historia clínica dice que se planea un trasplante de células madre. Su edad está por encima de la edad habitual para hacerlo, así que su equipo lo revisará con usted. Algunas opciones dependen de esa decisión.",
  optionsPregnancy:
    "La lenalidomida, la pomalidomida y la talidomida pueden dañar a un bebé antes de nacer. Si usted puede quedar embarazada, o si su pareja puede quedar embarazada, deben evitar un embarazo mientras usted tome estos medicamentos. Su equipo le explicará cómo.",
  optionsPregnancyMale:
    "La lenalidomida, la pomalidomida y la talidomida pueden dañar a un bebé antes de nacer. Si su pareja puede quedar embarazada, use siempre condón mientras tome estos medicamentos. Su equipo le explicará el programa de seguridad.",
  optionsPregnancyNeutral:
    "La lenalidomida, la pomalidomida y la talidomida pueden dañar a un bebé antes de nacer, por eso todas las personas que las toman siguen un programa de seguridad. Su equipo revisará con usted el programa de seguridad.",
  keepGoing: (name) =>
    name
      ? `Lo habitual es seguir con su tratamiento actual: ${decap(name)}.`
      : "Lo habitual es seguir con su tratamiento actual.",
  testsOverdueOnTreatment: (date) =>
    `Sus pruebas están atrasadas. Los últimos resultados en su historia clínica son del ${date}. Llame pronto a su equipo médico para hacerse pruebas nuevas. Así se ve si su tratamiento sigue siendo el adecuado.`,
  testsStale: (tests, many, date) =>
    many
      ? `Estas pruebas se hicieron por última vez el ${date}: ${tests}.`
      : `Esta prueba se hizo por última vez el ${date}: ${tests}.`,
  testsStaleAsk: (many) =>
    many
      ? "Pregunte a su equipo médico si hay que repetir estas pruebas."
      : "Pregunte a su equipo médico si hay que repetir esta prueba.",
  // "Ahora recibe un tratamiento con 3 medicamentos...", not "Su tratamiento actual es: tratamiento..."
  // (review c17 handout 31).
  currentWithChange: (name) =>
    name
      ? `Ahora recibe ${/^Tratamiento /.test(name) ? "un " : ""}${decap(name)}.`
      : "Ahora recibe un tratamiento.",
  currentStudied:
    "Esta combinación de medicamentos aún se está estudiando. No estaba aprobada para este uso en la última revisión. La recibe en un estudio de investigación, o fuera de su aprobación, con los controles que fija el plan del estudio.",
  currentToReview: (name) =>
    `${name ? `Ahora recibe ${/^Tratamiento /.test(name) ? "un " : ""}${decap(name)}.` : "Ahora recibe un tratamiento."} Algunos de sus resultados hablan en contra de seguir con él tal como está. Su equipo médico lo revisará con usted.`,
  doseChange: {
    reduce: (drug, reason) =>
      `Por ${reason}, su equipo médico puede darle una dosis más baja del medicamento ${drug}.`,
    hold: (drug, reason) =>
      `Por ${reason}, su equipo médico puede pausar el medicamento ${drug} por un tiempo y luego darle una dosis más baja.`,
    pause: (drug, reason) =>
      `Por ${reason}, su equipo médico puede pausar el medicamento ${drug} hasta que el recuento vuelva a subir.`,
    stop: (drug, reason) => `Por ${reason}, su equipo médico puede dejar de darle el medicamento ${drug}.`,
  },
  doseChangeReason: {
    nerves: "el dolor, el hormigueo o el adormecimiento en manos o pies (neuropatía)",
    neutrophils: "un recuento muy bajo de los glóbulos blancos que combaten las infecciones",
    platelets: "un recuento muy bajo de las plaquetas, que ayudan a coagular la sangre",
  },
  doseChangeAdvice: {
    nerves: null,
    neutrophils: "Llame enseguida a su equipo médico si tiene fiebre.",
    platelets: "Llame enseguida a su equipo médico si sangra o le salen moretones con facilidad.",
  },
  noOptions: "Esta herramienta no encontró por ahora una opción de tratamiento para mostrar.",
  supportIntro: "Su equipo médico también puede hablarle de:",
  drug: DRUG,
  optionName: {
    observation: () => "Vigilar y esperar, con pruebas regulares",
    radiation: () => "Radiación en ese único lugar",
    surgery: () => "Una operación",
    "systemic-therapy": regimenName,
    "stem-cell-transplant": (o) =>
      o.count > 0
        ? `Trasplante de células madre tras dosis altas de ${and(o.drugs)}`
        : "Trasplante de células madre",
    consolidation: (o) =>
      o.count > 0
        ? `Tratamiento adicional después del trasplante, con ${and(o.drugs)}`
        : "Tratamiento adicional después del trasplante",
    maintenance: (o) =>
      o.count > 0
        ? `Tratamiento largo con ${and(o.drugs)}`
        : "Tratamiento de mantenimiento, a largo plazo, para mantenerla controlada",
    "car-t": (o) =>
      o.count > 0 ? `Terapia con células CAR-T: ${and(o.drugs)}` : "Terapia con células CAR-T",
    bispecific: (o) => (o.count > 0 ? `Inmunoterapia con ${and(o.drugs)}` : "Inmunoterapia"),
    "clinical-trial": (o) =>
      o.count > 1
        ? `Un estudio de investigación de un tratamiento con ${o.count} medicamentos, entre ellos ${o.key ?? o.drugs[0]}`
        : o.count === 1
          ? `Un estudio de investigación de ${o.drugs[0]}`
          : "Un estudio de investigación (ensayo clínico)",
    "supportive-care": (o) =>
      o.count > 0
        ? `${o.role ?? "Medicamento"}: ${or(o.drugs)}`
        : "Cuidados para los síntomas y los efectos secundarios",
  },
  pendingTreatmentName: (o) =>
    `${o.count > 1 ? `Tratamiento de ${o.count} medicamentos con ${o.key ?? o.drugs[0]}` : `Tratamiento con ${o.drugs[0]}`}: no aprobado, decisión pendiente`,
  optionById: {
    "pathway.te.stem-cell-collection": "Recolección y conservación de sus células madre",
    "ndmm.te.tandem-asct": "Un segundo trasplante de células madre, planeado después del primero",
    "pathway.deferred.stem-cell-collection":
      "Recolección y conservación de sus células madre para un trasplante más adelante",
    "sc.bone.palliative-radiotherapy": "Radioterapia para aliviar el dolor de los huesos",
    "sc.bone.kyphoplasty": "Si el hueso roto está en la columna: un procedimiento para darle soporte",
    "sc.bone.surgery": "Una operación para dar firmeza a un hueso débil",
    "sc.anemia.transfusion": "Una transfusión de sangre",
    "sc.vte.imid-prophylaxis": "Medicamento para prevenir coágulos de sangre",
    "sc.vte.imid-prophylaxis-if-chosen":
      "Medicamento para prevenir coágulos de sangre, si su tratamiento tiene una pastilla para el mieloma que sube el riesgo",
    "sc.vte.imid-high-risk-lmwh": "Una inyección para diluir la sangre y prevenir coágulos",
    "sc.vte.imid-already-anticoagulated":
      "El medicamento para diluir la sangre que ya toma, para prevenir coágulos",
    "sc.vaccination": "Vacunas",
    "sc.infection.hbv-screening": "Un análisis de sangre para la hepatitis B",
    "sc.infection.hbv-positive": "Cuidados por una hepatitis B, actual o pasada",
    "smm.on-therapy.daratumumab-course-complete":
      "Dejar el daratumumab ahora que se cumplió el tiempo previsto, y después controles regulares",
    "sc.hypercalcemia": "Tratamiento para bajar el calcio alto",
    "sc.hyperviscosity": "Un tratamiento que filtra la sangre",
    "smm.on-therapy.monitoring": "Controles regulares para ver si la enfermedad se vuelve activa",
    "sc.kidney-protection": "Cuidados para proteger los riñones",
    "sc.kidney-protection.dialysis": "Cuidados para proteger los riñones en diálisis",
    "sc.radiotherapy.extramedullary-plasmacytoma": "Radioterapia a un bulto de mieloma fuera del hueso",
    "sp.extramedullary.excision": "Una operación para quitar el bulto y después radiación",
    "pathway.observation-after-car-t":
      "Controles y pruebas regulares después del CAR-T, sin más tratamiento por ahora",
  },
  optionByIdWithAlert: {
    "alert.spinal-cord-compression": {
      "sc.bone.palliative-radiotherapy": "Radioterapia para aliviar la presión sobre la médula espinal",
      "sc.bone.surgery":
        "Una operación para aliviar la presión sobre la médula espinal o dar firmeza a la columna",
    },
  },
  and,
  or,
  marks: {
    preferred: "una primera opción habitual",
    conditional: "solo si el mieloma ha vuelto",
    ifNotProgressed: "solo si el mieloma no ha vuelto",
    ifTransplant: "solo si un trasplante es adecuado para usted",
    ifTransplantChecks: "solo si las pruebas del corazón y otras permiten un trasplante",
    ifNoTransplant: "solo si un trasplante no es adecuado para usted",
    eitherTransplant: "con o sin trasplante",
    provisional: "solo si las pruebas confirman la enfermedad",
    researchOnly: "solo en un estudio de investigación",
    // Neutral for "terapia", "mezcla" and "tratamiento" alike (review c20 handout 12: "terapia ... aprobado").
    notApprovedYet: "sin aprobar en la última revisión",
    afterThinning: "solo cuando su sangre esté menos espesa",
    afterAnaemiaCause: "después de que su equipo busque la causa del recuento bajo",
    afterHeartTest: "solo después de un análisis de sangre del corazón que aún falta",
    afterHeartCheck: "solo después de que su equipo vea cuánto le limita la insuficiencia cardíaca",
    afterRestOfFirstTreatment: "después del resto de su primer tratamiento",
    mayBeTooStrong: "puede ser demasiado fuerte para usted",
    mayNotSuitHeart: "puede ser perjudicial para su corazón",
    bloodPressureFirst:
      "puede subirle la presión arterial, que ahora no tiene controlada: su equipo la revisará antes",
    studiedInFitter: "se estudió en personas en mejor forma física que usted",
    teamDecidesFit: "su equipo decidirá si esto es adecuado para usted",
    containsAllergen: (drugs) =>
      `contiene ${and(drugs)}: su historia clínica indica una alergia a ${drugs.length === 1 ? "este medicamento" : "estos medicamentos"}`,
    relatedToAllergen: "contiene un medicamento parecido a uno al que tuvo una alergia grave",
    hadBefore: (drugs) => `${theDrugs(drugs)} ya no le ${drugs.length === 1 ? "funciona" : "funcionan"}`,
    hadBeforeClass: (drug, had) =>
      `tiene ${withArticle(drug)}, un medicamento como ${withArticle(had)}, que ya no le funciona`,
    didNotWorkWell: (drugs) =>
      `${theDrugs(drugs)} no le ${drugs.length === 1 ? "funcionó" : "funcionaron"} bien antes`,
    didNotWorkWellClass: (drug, had) =>
      `tiene ${withArticle(drug)}, un medicamento como ${withArticle(had)}, que no le funcionó bien antes`,
    sameTarget: (had) => `misma diana que ${theDrugs(had)}; puede funcionar peor`,
    sameTargetOnly: (had) => `misma diana que ${theDrugs(had)}`,
    sameTargetStopped: (had) =>
      `misma diana que ${theDrugs(had)}, que ya no le ${had.length === 1 ? "funciona" : "funcionan"}`,
    stoppedForSideEffects: (drugs) =>
      drugs.length === 0
        ? "lo dejó antes por los efectos secundarios"
        : `dejó ${theDrugs(drugs)} antes por los efectos secundarios`,
    oneOf: (role, names) => `${role}, uno de estos: ${or(names)}`,
    boneAgentGiven: (role, name) =>
      `${role}: ${name}, que está recibiendo ahora; suspenderlo necesita un plan de su equipo`,
    approvedOnlyIn: { eu: "aprobado solo en Europa", us: "aprobado solo en los Estados Unidos" },
    approvedNotYetElsewhere: {
      us: "aprobado en los Estados Unidos, aún no en Europa",
      eu: "aprobado en Europa, aún no en los Estados Unidos",
    },
    approvedForYouOnlyIn: {
      eu: "aprobado para su situación solo en Europa",
      us: "aprobado para su situación solo en los Estados Unidos",
    },
    offLabelIn: {
      us: "no aprobado para este uso en los Estados Unidos, pero su equipo puede usarlo",
      eu: "no aprobado para este uso en Europa, pero su equipo puede usarlo",
      both: "no aprobado para este uso, pero su equipo puede usarlo",
    },
    unverified: "*",
  },
  questions: {
    nextTests: "¿Qué pruebas necesito ahora, y qué van a mostrar?",
    whenResults: "¿Cuándo tendré los resultados, y quién me los va a explicar?",
    meaning: "¿Qué significan estos resultados para mí?",
    checkups: "¿Cada cuánto debo hacerme controles, y con qué pruebas?",
    signs: "¿De qué síntomas debo avisarle enseguida?",
    watchOrTreat: "¿Debemos vigilar y esperar, o me ayudaría un tratamiento ahora?",
    whichTreatment: "¿Qué opción me sugiere, y por qué?",
    working: "¿Cómo sabremos si el tratamiento funciona?",
    whatNext: "¿Qué podemos probar si este tratamiento deja de funcionar?",
    transplant: "¿Podría ser bueno para mí un trasplante de células madre?",
    heartKidneys: "¿Cómo están mi corazón y mis riñones, y cómo los vamos a revisar?",
    radiation: "¿Cómo será la radiación, y qué viene después?",
    sideEffects: "¿Qué efectos secundarios debo vigilar?",
    dailyLife: "¿Cómo encajará el tratamiento con mi trabajo y mi vida diaria?",
    dailyLifeHelp: "¿Cómo encajará el tratamiento con mi vida diaria, y quién me puede ayudar en casa?",
    trial: "¿Hay algún estudio de investigación en el que pueda entrar?",
    overdue: "¿Qué pruebas me tocan ahora, y dónde me las hago?",
    whoToCall: "¿A quién debo llamar si me siento mal?",
  },
  moreInFull: (n) =>
    n === 1
      ? "Hay una opción más en los detalles completos."
      : `Hay ${n} opciones más en los detalles completos.`,
  print: "Imprimir este resumen",
  showFull: "Ver todos los detalles",
  hideFull: "Ocultar los detalles",
  language: "Idioma",
  languageName: { en: "English", es: "Español" },
  genericName: (drug) => GENERIC[drug] ?? drug,
  summary: SUMMARY,
  glossary: {
    optionKind: OPTION_KIND,
    strength: STRENGTH,
    risk: RISK,
    stage: STAGE,
    field: FIELD,
    cautionTopic: CAUTION_TOPIC,
    oneMedicine: "Un medicamento que actúa en todo el cuerpo.",
    // treatments.md 5c: teclistamab y elranatamab por vía subcutánea, linvoseltamab por vía intravenosa.
    route: {
      teclistamab: "Se da en una inyección debajo de la piel.",
      elranatamab: "Se da en una inyección debajo de la piel.",
      linvoseltamab: "Se da por la vena, en goteo.",
    },
    optionMeaningById: {
      // During the smouldering-myeloma treatment too, not "no treatment for now" (review c20 handout 2).
      "smm.on-therapy.monitoring":
        "Tiene controles y análisis de sangre regulares, durante el tratamiento y después de terminarlo.",
      "sp.extramedullary.excision":
        "Una operación para quitar el bulto. Después se da radiación en el mismo lugar.",
      "pathway.te.stem-cell-collection":
        "Se sacan de su sangre algunas de sus propias células madre con una máquina, y se congelan. Así se pueden usar más adelante para un trasplante.",
      "pathway.deferred.stem-cell-collection":
        "Se sacan de su sangre algunas de sus propias células madre con una máquina, y se congelan. Se guardan por si más adelante le hacen un trasplante.",
    },
  },
  patientText: (id) => ES_PATIENT_TEXT[id] ?? null,
  patientTextWithoutAlert: {
    "sc.bone.palliative-radiotherapy": {
      alert: "alert.spinal-cord-compression",
      text: "Un ciclo corto de radioterapia puede aliviar el dolor de huesos. También puede ayudar a un hueso débil. A menudo lleva de una a cinco visitas.",
    },
  },
};
