/** Sources for diagnosis, staging, risk, kidney, fitness, response and line-of-therapy rules
 * (shared/clinical-reference/criteria-and-scores.md, bibliography). */
import type { Citation } from "./types.js";

export const CRITERIA_CITATIONS = {
  "katzmann-2002-clin-chem": {
    authors: "Katzmann JA, Clark RJ, Abraham RS, et al.",
    title:
      "Serum reference intervals and diagnostic ranges for free kappa and free lambda immunoglobulin light chains: relative sensitivity for detection of monoclonal light chains",
    source: "Clin Chem 2002;48(9):1437-1444",
    year: 2002,
    doi: "10.1093/clinchem/48.9.1437",
    pmid: "12194920",
    locator:
      "Results: 95% reference intervals (free kappa 3.3-19.4 mg/L, free lambda 5.7-26.3 mg/L); diagnostic kappa/lambda interval 0.26-1.65",
  },
  "rajkumar-2014-lancet-oncol": {
    authors: "Rajkumar SV, Dimopoulos MA, Palumbo A, et al.",
    title: "International Myeloma Working Group updated criteria for the diagnosis of multiple myeloma",
    source: "Lancet Oncol 2014;15(12):e538-e548",
    year: 2014,
    doi: "10.1016/S1470-2045(14)70442-5",
    pmid: "25439696",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "sidiqi-2020-blood-cancer-j": {
    authors: "Sidiqi MH, Aljama M, Kumar SK, et al.",
    title:
      "The role of bone marrow biopsy in patients with plasma cell disorders: should all patients with a monoclonal protein be biopsied?",
    source: "Blood Cancer J 2020;10(5):52",
    year: 2020,
    doi: "10.1038/s41408-020-0319-0",
    pmid: "32376870",
    locator:
      "Abstract: in low-risk MGUS with normal haemoglobin, calcium and renal function the risk of missing SMM or MM by omitting the marrow is < 1%, and the marrow should be deferred; none of the 29 MM patients diagnosed only by marrow or advanced imaging would have been classed low-risk MGUS without them. Seen as the abstract (PMC7203099), not the full text.",
  },
  // Review c10 M8: the urine in the low-risk MGUS work-up (the clinical reference is silent on it).
  "katzmann-2006-mayo-clin-proc": {
    authors: "Katzmann JA, Dispenzieri A, Kyle RA, et al.",
    title:
      "Elimination of the need for urine studies in the screening algorithm for monoclonal gammopathies by using serum immunofixation and free light chain assays",
    source: "Mayo Clin Proc 2006;81(12):1575-1578",
    year: 2006,
    pmid: "17165636",
    locator:
      "Abstract: of 428 patients with a monoclonal urine protein at diagnosis, 85.7% had an abnormal serum FLC ratio, 80.8% an abnormal SPEP and 93.5% an abnormal serum immunofixation; a serum-only algorithm (SPEP, immunofixation, FLC) missed 2 (0.5%), neither needing intervention. Seen as the abstract (PubMed), not the full text.",
  },
  "lakshman-2018-bcj": {
    authors: "Lakshman A, Rajkumar SV, Buadi FK, et al.",
    title:
      "Risk stratification of smoldering multiple myeloma incorporating revised IMWG diagnostic criteria",
    source: "Blood Cancer J 2018;8(6):59",
    year: 2018,
    doi: "10.1038/s41408-018-0077-4",
    pmid: "29895887",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "mateos-2020-bcj": {
    authors: "Mateos MV, Kumar S, Dimopoulos MA, et al.",
    title:
      "International Myeloma Working Group risk stratification model for smoldering multiple myeloma (SMM)",
    source: "Blood Cancer J 2020;10(10):102",
    year: 2020,
    doi: "10.1038/s41408-020-00366-3",
    pmid: "33067414",
  },
  "rajkumar-2015-blood-smm": {
    authors: "Rajkumar SV, Landgren O, Mateos MV.",
    title: "Smoldering multiple myeloma",
    source: "Blood 2015;125(20):3069-3075",
    year: 2015,
    doi: "10.1182/blood-2014-09-568899",
    locator: "Table 2 (high-risk SMM)",
  },
  "greipp-2005-jco": {
    authors: "Greipp PR, San Miguel J, Durie BGM, et al.",
    title: "International staging system for multiple myeloma",
    source: "J Clin Oncol 2005;23(15):3412-3420",
    year: 2005,
    doi: "10.1200/JCO.2005.04.242",
    pmid: "15809451",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "palumbo-2015-jco": {
    authors: "Palumbo A, Avet-Loiseau H, Oliva S, et al.",
    title: "Revised International Staging System for multiple myeloma: a report from the IMWG",
    source: "J Clin Oncol 2015;33(26):2863-2869",
    year: 2015,
    doi: "10.1200/JCO.2015.61.2267",
    pmid: "26240224",
  },
  "dagostino-2022-jco": {
    authors: "D'Agostino M, Cairns DA, Lahuerta JJ, et al.",
    title:
      "Second Revision of the International Staging System (R2-ISS) for overall survival in multiple myeloma: a European Myeloma Network (EMN) report within the HARMONY project",
    source: "J Clin Oncol 2022;40(29):3406-3418",
    year: 2022,
    doi: "10.1200/JCO.21.02614",
    pmid: "35605179",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "sonneveld-2016-blood": {
    authors: "Sonneveld P, Avet-Loiseau H, Lonial S, et al.",
    title: "Treatment of multiple myeloma with high-risk cytogenetics: a consensus of the IMWG",
    source: "Blood 2016;127(24):2955-2962",
    year: 2016,
    doi: "10.1182/blood-2016-01-631200",
    pmid: "27002115",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "mikhael-2013-mayo-clin-proc": {
    authors: "Mikhael JR, Dingli D, Roy V, et al.",
    title:
      "Management of newly diagnosed symptomatic multiple myeloma: updated Mayo Stratification of Myeloma and Risk-Adapted Therapy (mSMART) consensus guidelines 2013",
    source: "Mayo Clin Proc 2013;88(4):360-376",
    year: 2013,
    pmid: "23541011",
    note: "mSMART 3.0 itself (msmart.org) was not viewed by the reference; its marker list is UNVERIFIED. The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "avet-loiseau-2025-jco": {
    authors: "Avet-Loiseau H, Davies FE, Samur MK, et al.",
    title:
      "International Myeloma Society/International Myeloma Working Group consensus recommendations on the definition of high-risk multiple myeloma",
    source: "J Clin Oncol 2025;43(24):2739-2751; erratum J Clin Oncol 2025;43(22):2553 (PMID 40561387)",
    year: 2025,
    doi: "10.1200/JCO-24-01893",
    pmid: "40489728",
  },
  "dispenzieri-2004-jco": {
    authors: "Dispenzieri A, Gertz MA, Kyle RA, et al.",
    title:
      "Serum cardiac troponins and N-terminal pro-brain natriuretic peptide: a staging system for primary systemic amyloidosis",
    source: "J Clin Oncol 2004;22(18):3751-3757",
    year: 2004,
    pmid: "15365071",
  },
  "wechalekar-2013-blood": {
    authors: "Wechalekar AD, Schonland SO, Kastritis E, et al.",
    title:
      "A European collaborative study of treatment outcomes in 346 patients with cardiac stage III AL amyloidosis",
    source: "Blood 2013;121(17):3420-3427",
    year: 2013,
    doi: "10.1182/blood-2012-12-473066",
    pmid: "23479568",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "milani-2017-blood": {
    authors: "Milani P, Basset M, Russo F, Foli A, Merlini G, Palladini G",
    title:
      "Patients with light-chain amyloidosis and low free light-chain burden have distinct clinical features and outcome",
    source: "Blood 2017",
    year: 2017,
    locator: "abstract",
    note: "Not in the clinical reference: looked up 2026-12-02. Abstract seen: patients with dFLC <50 mg/L cannot be assessed for response (the validated haematologic criteria). Volume, pages and DOI not seen.",
  },
  "kumar-2012-jco": {
    authors: "Kumar S, Dispenzieri A, Lacy MQ, et al.",
    title:
      "Revised prognostic staging system for light chain amyloidosis incorporating cardiac biomarkers and serum free light chain measurements",
    source: "J Clin Oncol 2012;30(9):989-995",
    year: 2012,
    doi: "10.1200/JCO.2011.38.5724",
    pmid: "22331953",
  },
  "kumar-2016-lancet-oncol": {
    authors: "Kumar S, Paiva B, Anderson KC, et al.",
    title:
      "International Myeloma Working Group consensus criteria for response and minimal residual disease assessment in multiple myeloma",
    source: "Lancet Oncol 2016;17(8):e328-e346",
    year: 2016,
    doi: "10.1016/S1470-2045(16)30206-6",
    pmid: "27511158",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "durie-2006-leukemia": {
    authors: "Durie BGM, Harousseau JL, Miguel JS, et al.",
    title: "International uniform response criteria for multiple myeloma",
    source: "Leukemia 2006;20(9):1467-1473",
    year: 2006,
    doi: "10.1038/sj.leu.2404284",
  },
  "rajkumar-2011-blood": {
    authors: "Rajkumar SV, Harousseau JL, Durie B, et al.",
    title:
      "Consensus recommendations for the uniform reporting of clinical trials: report of the International Myeloma Workshop Consensus Panel 1",
    source: "Blood 2011;117(18):4691-4695",
    year: 2011,
    doi: "10.1182/blood-2010-10-299487",
    pmid: "21292775",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "van-de-donk-2016-cclm": {
    authors: "van de Donk NWCJ, Otten HG, El Haddad O, et al.",
    title:
      "Interference of daratumumab in monitoring multiple myeloma patients using serum immunofixation electrophoresis can be abrogated using the daratumumab IFE reflex assay (DIRA)",
    source: "Clin Chem Lab Med 2016;54(6):1105-1109",
    year: 2016,
  },
  "thoren-2019-jalm": {
    authors: "Thoren KL, Pianko MJ, Maakaroun Y, et al.",
    title: "Distinguishing drug from disease by use of the Hydrashift 2/4 daratumumab assay",
    source: "J Appl Lab Med 2019;3(5):857-863",
    year: 2019,
    doi: "10.1373/jalm.2018.026476",
    pmid: "31639760",
  },
  "inker-2021-nejm": {
    authors: "Inker LA, Eneanya ND, Coresh J, et al.",
    title: "New creatinine- and cystatin C-based equations to estimate GFR without race",
    source: "N Engl J Med 2021;385(19):1737-1749",
    year: 2021,
    doi: "10.1056/NEJMoa2102953",
    pmid: "34554658",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "cockcroft-1976-nephron": {
    authors: "Cockcroft DW, Gault MH.",
    title: "Prediction of creatinine clearance from serum creatinine",
    source: "Nephron 1976;16(1):31-41",
    year: 1976,
    doi: "10.1159/000180580",
    pmid: "1244564",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "dimopoulos-2016-jco-renal": {
    authors: "Dimopoulos MA, Sonneveld P, Leung N, et al.",
    title:
      "International Myeloma Working Group recommendations for the diagnosis and management of myeloma-related renal impairment",
    source: "J Clin Oncol 2016;34(13):1544-1557",
    year: 2016,
    doi: "10.1200/JCO.2015.65.0044",
    pmid: "26976420",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "palumbo-2015-blood-frailty": {
    authors: "Palumbo A, Bringhen S, Mateos MV, et al.",
    title:
      "Geriatric assessment predicts survival and toxicities in elderly myeloma patients: an IMWG report",
    source: "Blood 2015;125(13):2068-2074",
    year: 2015,
    doi: "10.1182/blood-2014-12-615187",
    pmid: "25628469",
  },
  "facon-2020-leukemia": {
    authors: "Facon T, Dimopoulos MA, Meuleman N, et al.",
    title:
      "A simplified frailty scale predicts outcomes in transplant-ineligible patients with newly diagnosed multiple myeloma treated in the FIRST (MM-020) trial",
    source: "Leukemia 2020;34(1):224-233",
    year: 2020,
    doi: "10.1038/s41375-019-0539-0",
    pmid: "31427722",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "rajkumar-2015-blood-lines": {
    authors: "Rajkumar SV, Richardson P, San Miguel JF.",
    title: "Guidelines for determination of the number of prior lines of therapy in multiple myeloma",
    source: "Blood 2015;126(7):921-922",
    year: 2015,
    doi: "10.1182/blood-2015-05-647636",
    pmid: "26272048",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "gandhi-2019-leukemia": {
    authors: "Gandhi UH, Cornell RF, Lakshman A, et al.",
    title:
      "Outcomes of patients with multiple myeloma refractory to CD38-targeted monoclonal antibody therapy",
    source: "Leukemia 2019;33(9):2266-2275",
    year: 2019,
    doi: "10.1038/s41375-019-0435-7",
    pmid: "30858549",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "bradwell-wikilite-total-ig": {
    authors: "Bradwell AR (The Binding Site)",
    title:
      "Serum Free Light Chain Analysis plus Hevylite: total immunoglobulin assays (4.4.1) and limitations of total immunoglobulin measurements (17)",
    source: "wikilite.com (the publisher's online edition)",
    year: 2015,
    url: "https://www.wikilite.com/total-immunoglobulin-assays",
    locator:
      "4.4.1: densitometric and nephelometric methods are not interchangeable and do not always give the same result (nephelometry may overestimate high monoclonal IgM; electrophoresis may underestimate high IgG); 17: total immunoglobulin cannot tell monoclonal from polyclonal",
    note: "Not in the clinical reference; seen on the vendor's web edition only (secondary, UNVERIFIED). Used only for a data-quality warning, never for a threshold.",
    unverified: true,
  },
  "blade-2022-bcj": {
    authors: "Bladé J, Beksac M, Caers J, et al.",
    title: "Extramedullary disease in multiple myeloma: a systematic literature review",
    source: "Blood Cancer J 2022;12(3):45",
    year: 2022,
    doi: "10.1038/s41408-022-00643-3",
    pmid: "35314675",
    locator:
      "Abstract: true EMD is restricted to soft-tissue plasmacytomas from haematogenous spread with no contact with bony structures; prognosis poor, considerably worse than MM without soft-tissue plasmacytomas; EMD worse than paraskeletal involvement",
    note: "Not in the clinical reference; the abstract was seen (PMC8938478), not the full text (UNVERIFIED).",
    unverified: true,
  },
  "ucum-units": {
    authors: "Regenstrief Institute",
    title: "The Unified Code for Units of Measure (UCUM)",
    source: "ucum.org; implemented by @lhncbc/ucum-lhc",
    year: 2017,
    note: "Unit grammar and dimension checks. Molar masses: creatinine 113.12 g/mol, calcium 40.08 g/mol (criteria-and-scores.md section 7.3).",
  },
  "loinc-codes": {
    authors: "Regenstrief Institute",
    title: "LOINC codes for myeloma laboratory tests, as listed in the clinical reference section 10.1",
    source: "loinc.org; ARUP Laboratories test 3002568; public code bases",
    year: 2026,
    note: "Codes marked UNVERIFIED in the reference keep that status.",
  },
  "icd10cm-snomed-codes": {
    authors: "CMS / NCHS; SNOMED International",
    title:
      "ICD-10-CM FY2026 and SNOMED CT codes for plasma cell disorders, as listed in the clinical reference sections 10.2-10.3",
    source: "ICD-10-CM FY2026; SNOMED CT; AHA Coding Clinic 3Q 2021",
    year: 2026,
  },
  "who-icd10-2019": {
    authors: "World Health Organization",
    title:
      "International Statistical Classification of Diseases and Related Health Problems, 10th Revision (ICD-10), WHO version 2019: C90 Multiple myeloma and malignant plasma cell neoplasms; D47.2",
    source: "icd.who.int/browse10/2019/en (GetConcept?ConceptId=C90)",
    year: 2019,
    note: "Not in the clinical reference (section 10 lists ICD-10-CM); looked up for reading the WHO codes non-US EHRs send (review c74-m3).",
  },
  "fernandez-de-larrea-2021-bcj": {
    authors: "Fernández de Larrea C, Kyle R, Rosiñol L, et al.",
    title:
      "Primary plasma cell leukemia: consensus definition by the International Myeloma Working Group according to peripheral blood plasma cell percentage",
    source: "Blood Cancer J 2021;11(12):192. doi:10.1038/s41408-021-00587-0. PMID 34857730",
    year: 2021,
    note: "Not in the clinical reference (criteria-and-scores.md 10.2 names plasma cell leukaemia only as a code); looked up with the search tool (abstract seen): 5% or more circulating plasma cells on peripheral blood smears in a patient otherwise meeting the criteria of symptomatic myeloma (review c79-m4). UNVERIFIED.",
  },
  "ravi-2016-bcj": {
    authors: "Ravi P, Kumar S, Larsen JT, et al.",
    title:
      "Evolving changes in disease biomarkers and risk of early progression in smoldering multiple myeloma",
    source: "Blood Cancer J 2016;6(7):e454",
    year: 2016,
    doi: "10.1038/bcj.2016.65",
    locator: "Abstract and Methods: definitions of evolving M-protein (eMP) and evolving haemoglobin (eHb)",
    note: "Not in the clinical reference; looked up (PMC5030386 abstract) for the evolving-SMM alert.",
  },
  "schuster-2010-ajh": {
    authors: "Schuster SR, Rajkumar SV, Dispenzieri A, et al.",
    title:
      "IgM multiple myeloma: disease definition, prognosis, and differentiation from Waldenstrom's macroglobulinemia",
    source: "Am J Hematol 2010;85(11):853-855",
    year: 2010,
    doi: "10.1002/ajh.21845",
    pmid: "20842638",
    locator:
      "Abstract: IgM myeloma defined as an IgM monoclonal protein, >= 10% plasma cells on marrow biopsy, plus lytic bone lesions and/or t(11;14); all 21 patients so defined had lytic lesions",
    note: "Not in the clinical reference (which sends IgM paraproteins to the IgM / Waldenstrom pathway, criteria-and-scores 1.2-1.3); looked up 2026-12-02 for review c9-F3 and seen as the PubMed abstract only (secondary), not the full text.",
    unverified: true,
  },
  "fhir-r4-vital-signs": {
    authors: "HL7 International",
    title: "FHIR R4 (4.0.1) Vital Signs profile: body weight LOINC 29463-7, body height LOINC 8302-2",
    source: "HL7 FHIR Release 4, observation-vitalsigns",
    year: 2019,
    url: "https://hl7.org/fhir/R4/observation-vitalsigns.html",
    note: "Not in the clinical reference; codes seen in several public FHIR code bases and examples (secondary).",
  },
  "lab-catalogue-immunoglobulin-loinc": {
    authors: "Mayo Clinic Laboratories; ARUP Laboratories",
    title: "Result LOINC codes of quantitative serum immunoglobulins: IgG 2465-3, IgA 2458-8, IgM 2472-9",
    source:
      "Mayo Clinic Laboratories test catalogue (IGM, SFIGS via hospital catalogue mirrors); ARUP Laboratories test 0093149 components",
    year: 2026,
    url: "https://ltd.aruplab.com/Tests/Pub/0093149",
    note: "Not in the clinical reference; looked up 2026-12-01 for the FHIR mapping (secondary: laboratory catalogues, not the LOINC browser).",
  },
  "blood-count-loinc": {
    authors: "Regenstrief Institute",
    title:
      "LOINC codes of the blood counts: neutrophils 751-8 (automated count), 26499-4, 753-4 (manual count); platelets 777-3 (automated count), 26515-7 ([#/volume] in Blood)",
    source:
      "LOINC; as used in HL7 FHIR implementation guides (CTC Adverse Events IG examples) and public code tables",
    year: 2026,
    note: "Not in the clinical reference; looked up 2026-12-03 for the blood-count fields (secondary: an HL7 IG example and code tables, not the LOINC browser).",
  },
  "ctcae-v5": {
    authors: "National Cancer Institute",
    title: "Common Terminology Criteria for Adverse Events (CTCAE) Version 5.0",
    source: "US DHHS, NIH, NCI; published 2017-11-27",
    year: 2017,
    locator:
      "Investigations: Neutrophil count decreased (grade 3 <1000-500/mm3; grade 4 <500/mm3); Platelet count decreased (grade 3 <50,000-25,000/mm3; grade 4 <25,000/mm3)",
    note: "Not in the clinical reference (which says 'grade >=3 neutropenia' without the grades): looked up 2026-12-03; the grade cut-points were seen in secondary sources (an HL7 FHIR IG example grading ANC 0.7 x10^9/L as grade 3; software implementations of CTCAE v5.0), not in the NCI document itself (UNVERIFIED). The platelet grades (review c77-m2) were seen the same way, in several public software tables of CTCAE v5.0.",
    unverified: true,
  },
  "hbv-serology-codes": {
    authors: "Regenstrief Institute; SNOMED International",
    title:
      "LOINC 5196-1 (Hepatitis B virus surface Ag [Presence] in Serum) and 16933-4 (Hepatitis B virus core Ab [Presence] in Serum); SNOMED CT 10828004 Positive and 260385009 Negative (qualifier values) as Observation values",
    source:
      "LOINC; SNOMED CT; as listed in public FHIR value sets and code tables (eHealth Suisse LOINC enumeration)",
    year: 2026,
    note: "Not in the clinical reference; looked up 2026-12-02 for the hepatitis B fields (secondary: code tables and value sets, not the LOINC browser).",
  },
  "gertz-2005-am-j-hematol": {
    authors: "Gertz MA, Comenzo R, Falk RH, et al.",
    title:
      "Definition of organ involvement and treatment response in immunoglobulin light chain amyloidosis (AL): a consensus opinion from the 10th International Symposium on Amyloid and Amyloidosis",
    source: "Am J Hematol 2005;79(4):319-328",
    year: 2005,
    doi: "10.1002/ajh.20381",
    pmid: "16044444",
    locator: "Organ involvement table: kidney",
    note: "Not in the clinical reference; looked up 2026-12-04 (the paper's first page and the organ-involvement table as reproduced in reviews). Kidney involvement: 24-hour urine protein > 0.5 g/day, predominantly albumin. The criteria are for patients in whom systemic amyloidosis has been shown by tissue biopsy: here a proteinuria above it only raises the question of amyloid, it never shows it.",
  },
  "leung-2019-nat-rev-nephrol": {
    authors: "Leung N, Bridoux F, Batuman V, et al.",
    title:
      "The evaluation of monoclonal gammopathy of renal significance: a consensus report of the International Kidney and Monoclonal Gammopathy Research Group",
    source: "Nat Rev Nephrol 2019;15(1):45-59",
    year: 2019,
    doi: "10.1038/s41581-018-0077-4",
    pmid: "30510265",
    locator: "Abstract",
    note: "Not in the clinical reference; looked up 2026-12-04 (abstract). Monoclonal gammopathy of renal significance (MGRS): a clone that makes a nephrotoxic monoclonal immunoglobulin and does not meet the haematological criteria for treating a malignancy; the diagnosis of an MGRS-related disease is made by kidney biopsy with immunofluorescence, and a kidney biopsy is recommended when MGRS is suspected. No threshold of kidney function is taken from it.",
  },
  "urine-protein-loinc": {
    authors: "Regenstrief Institute",
    title: "LOINC 2889-4 Protein [Mass/time] in 24 hour Urine",
    source:
      "LOINC, as listed in the OHDSI Athena vocabulary (concept 3020876) and public phenotype code tables",
    year: 2026,
    note: "Not in the clinical reference; looked up 2026-12-04 (secondary: a vocabulary listing, not the LOINC browser). The 24-hour urine total protein of labs.urineTotalProtein; a spot protein/creatinine ratio (LOINC 2890-2) is another quantity and is not read as it.",
  },
  "nyha-codes": {
    authors: "Regenstrief Institute; SNOMED International; HL7 International",
    title:
      "LOINC 88020-3 (Functional capacity NYHA) as Observation.code; SNOMED CT 420300004, 421704003, 420913000 and 422293003 (New York Heart Association Classification - Class I, II, III, IV; findings) as its value",
    source:
      "HL7 FHIR Protocols for Clinical Registry Extraction and Data Submission (CREDS) IG, ValueSet NewYorkHeartAssociation (LOINC 88020-3); the SNOMED CT class findings as listed in public value sets and code tables",
    year: 2023,
    url: "https://hl7.org/fhir/us/registry-protocols/ValueSet-NewYorkHeartAssociation.html",
    note: "Not in the clinical reference; looked up 2026-12-04 for the NYHA class of a record (secondary: an HL7 IG value set and code tables, not the LOINC or SNOMED browsers). SNOMED CT has no code for class IIIA or IIIB (the Mayo split the AL rules read): those are written as the word.",
  },
  "hl7-mcode-ecog": {
    authors: "HL7 International",
    title:
      "mCODE ECOG Performance Status profile: Observation.code LOINC 89247-1 (ECOG Performance Status score), valueInteger 0-5",
    source:
      "HL7 FHIR minimal Common Oncology Data Elements (mCODE) IG, StructureDefinition mcode-ecog-performance-status",
    year: 2024,
    url: "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-ecog-performance-status",
    note: "Not in the clinical reference; looked up 2026-12-01 for the FHIR mapping (verified: the HL7 IG pins the code; a LOINC mirror gives the same display).",
  },
  "hl7-covid19-library-conditions": {
    authors: "HL7 International / Logica Health",
    title:
      "COVID-19 FHIR Profile Library: underlying cardiovascular, neurologic and renal condition value sets (SNOMED CT codes with fully specified names)",
    source: "HL7 FHIR COVID-19 FHIR Profile Library IG, Informative 1.0.0",
    year: 2022,
    url: "https://hl7.org/fhir/us/covid19library/informative1/",
    note: "Not in the clinical reference; looked up 2026-12-01 for the FHIR Condition mapping (src/fhir/condition-field-codes.ts).",
  },
  "hl7-gecco-conditions": {
    authors: "HL7 Deutschland; Netzwerk Universitätsmedizin",
    title:
      "German Corona Consensus Dataset (GECCO): cardiovascular diseases, chronic kidney diseases, COVID-19 complications and symptoms value sets",
    source: "GECCO FHIR implementation guide (hl7germany/forschungsnetz-covid19), SNOMED CT 2022-01-31",
    year: 2022,
    url: "https://simplifier.net/guide/germancoronaconsensusdataset-implementationguide",
    note: "Not in the clinical reference; looked up 2026-12-01 for the FHIR Condition mapping.",
  },
  "be-ehealth-imaging-indication": {
    authors: "eHealth Platform (Belgium)",
    title: "eReferral/PSS Diagnostic Imaging Indication value set (SNOMED CT, fully specified names)",
    source: "Belgian eHealth FHIR terminology, ValueSet be-vs-diagnostic-imaging-indication 1.0.0",
    year: 2026,
    url: "https://www.ehealth.fgov.be/standards/fhir/terminology/ValueSet/be-vs-diagnostic-imaging-indication",
    note: "Not in the clinical reference; looked up 2026-12-01 for the FHIR Condition mapping.",
  },
  "hl7-mcode-stu2-elixhauser": {
    authors: "HL7 International (Clinical Interoperability Council)",
    title:
      "mCODE STU2 Elixhauser comorbidity value sets (ICD-10-CM from AHRQ HCUP Elixhauser 2021.1): congestive heart failure, severe renal failure, weight loss",
    source: "HL7 FHIR minimal Common Oncology Data Elements (mCODE) IG 2.0.0 (STU2)",
    year: 2022,
    url: "https://hl7.org/fhir/us/mcode/STU2/",
    note: "Not in the clinical reference; looked up 2026-12-01 for the FHIR Condition mapping. Dependence on renal dialysis Z99.2 is also the code of the Da Vinci Risk Adjustment example Condition16Pat03.",
  },
  "vsac-ecqm-value-sets": {
    authors: "NLM VSAC (value set stewards TJC / Mathematica PSI / AIR / NCQA)",
    title:
      "VSAC value set expansions used by CMS digital quality measures: Venous Thromboembolism (2.16.840.1.113883.3.117.1.7.1.328 and .330), Peripheral Neuropathy (2.16.840.1.113762.1.4.1248.175), Pain Warranting Further Investigation for Prostate Cancer (2.16.840.1.113883.3.526.2.325), Frailty Symptom (2.16.840.1.113883.3.464.1003.113.11.1311), Abnormal Weight Loss (2.16.840.1.113762.1.4.1258.2)",
    source: "CMS dQM content IG, VSAC expansions 2025-08-28 (GitHub cqframework/dqm-content-cms-2025)",
    year: 2025,
    url: "https://github.com/cqframework/dqm-content-cms-2025/tree/main/input/vocabulary/valueset/external",
    note: "Not in the clinical reference; looked up 2026-12-01 for the FHIR Condition mapping (src/fhir/condition-field-codes.ts). Codes and displays as the expansions give them (ICD-10-CM 2025; SNOMED CT US edition 2024-09-01).",
  },
  "hl7-pregnancy-codes": {
    authors: "HL7 International (International Patient Summary); FHIR-FLI (Cicada IG)",
    title:
      "Pregnancy codes: SNOMED CT 77386006 Pregnant (IPS Pregnancy Status value set); ICD-10-CM Z33.1 Pregnant state, incidental, and O09.90 Supervision of high risk pregnancy (Cicada ICD-10-CM condition value set)",
    source:
      "HL7 FHIR IPS IG 2.0.1, ValueSet pregnancy-status-uv-ips; Cicada Vaccine Forecasting IG 0.1.0, ValueSet vaccine-condition-codes-icd10",
    year: 2026,
    url: "https://hl7.org/fhir/uv/ips/ValueSet-pregnancy-status-uv-ips.html",
    note: "Not in the clinical reference; looked up 2026-12-07 for the FHIR Condition mapping of conditions.pregnancy (review c74-U2; src/fhir/condition-field-codes.ts). One list for each code: secondary.",
  },
  "icd10cm-lookup-sites": {
    authors: "ICD-10-CM look-up sites (icdlist.com / diseasedb.com / medentic.app and others)",
    title:
      "ICD-10-CM code titles: Z86.711, Z86.718 (personal history of venous thromboembolism), R59.0, R59.1, R59.9 (enlarged lymph nodes), R16.2 (hepatomegaly with splenomegaly), G95.20 (cord compression)",
    source: "Secondary look-ups of CMS code titles",
    year: 2026,
    url: "https://icdlist.com/icd-10/Z86.7",
    note: "Not in the clinical reference; looked up 2026-12-01 for the FHIR Condition mapping (secondary: the CMS code files themselves could not be read here). Each code's page is named in src/fhir/condition-field-codes.ts.",
  },
  "hl7-order-catalog-creatinine-clearance": {
    authors: "HL7 International (Orders and Observations)",
    title:
      "Order Catalog IG example ObservationDefinition: LOINC 2164-2 Creatinine renal clearance in 24 hour Urine and Serum or Plasma, mL/min",
    source:
      "HL7 FHIR Order Catalog Implementation Guide 1.0.0 (STU1); the same code in HL7 Switzerland CH LAB-Order",
    year: 2024,
    url: "https://hl7.org/fhir/uv/order-catalog/ObservationDefinition-example-observation-creatinine-renal-clearance.html",
    note: "Not in the clinical reference; looked up 2026-12-01 for the FHIR mapping (secondary: IG examples, not the LOINC browser; the check digit is valid).",
  },
  "nmdp-cibmtr-rxnorm": {
    authors: "NMDP / CIBMTR",
    title: "CIBMTR Reporting FHIR Implementation Guide: RxNorm medication value sets",
    source: "nmdp-ig/cibmtr-reporting-ig (FSH value sets, e.g. med-form2400-post-hct-disease-therapy)",
    year: 2023,
    url: "https://github.com/nmdp-ig/cibmtr-reporting-ig",
    note: "Not in the clinical reference (which has no RxNorm codes); secondary. Pomalidomide, dexamethasone and prednisone codes come from unofficial code bases only (unverified); agents without a found code are matched by name.",
  },
} as const satisfies Record<string, Citation>;
