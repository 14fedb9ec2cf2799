/** Sources for treatment options, drug rules and supportive care
 * (shared/clinical-reference/treatments.md, bibliography). */
import type { Citation } from "./types.js";

export const TREATMENT_CITATIONS = {
  "kyle-2010-leukemia": {
    authors: "Kyle RA, Durie BGM, Rajkumar SV, et al.",
    title:
      "Monoclonal gammopathy of undetermined significance (MGUS) and smoldering (asymptomatic) multiple myeloma: IMWG consensus perspectives risk factors for progression and guidelines for monitoring and management",
    source: "Leukemia 2010;24(6):1121-1127",
    year: 2010,
    doi: "10.1038/leu.2010.60",
    pmid: "20410922",
  },
  "nccn-mm-2026": {
    authors: "National Comprehensive Cancer Network",
    title: "NCCN Clinical Practice Guidelines in Oncology: Multiple Myeloma",
    source: "NCCN, Version 2.2026 (2025-07-16); Flash Update v1.2026",
    year: 2025,
    url: "https://www.nccn.org",
  },
  "mateos-2013-nejm": {
    authors: "Mateos MV, Hernández MT, Giraldo P, et al.",
    title: "Lenalidomide plus dexamethasone for high-risk smoldering multiple myeloma",
    source: "N Engl J Med 2013;369:438-447; long-term follow-up Eur J Cancer 2022;174:243-250",
    year: 2013,
    note: "QuiRedex, NCT00480363. The reference marks the NEJM volume/pages UNVERIFIED.",
    unverified: true,
  },
  "lonial-2020-jco": {
    authors: "Lonial S, Jacobus S, Fonseca R, et al.",
    title: "Randomized trial of lenalidomide versus observation in smoldering multiple myeloma (E3A06)",
    source: "J Clin Oncol 2020;38(11):1126-1137",
    year: 2020,
    doi: "10.1200/JCO.19.01740",
    pmid: "31652094",
    note: "The PMID is recalled, not seen (UNVERIFIED in the reference).",
    unverified: true,
  },
  "dimopoulos-2025-nejm-aquila": {
    authors: "Dimopoulos MA, Voorhees PM, Schjesvold F, et al.",
    title: "Daratumumab or active monitoring for high-risk smoldering multiple myeloma (AQUILA)",
    source: "N Engl J Med 2025;392(18):1777-1788",
    year: 2025,
    doi: "10.1056/NEJMoa2409029",
  },
  "dara-smm-approvals-2025": {
    authors: "US FDA; European Commission",
    title:
      "Approval of daratumumab-hyaluronidase for high-risk smoldering multiple myeloma (FDA 2025-11-06; EC 2025-07-23, CHMP 2025-06-19)",
    source: "ASCO Post 2025-11-25; FDA notice; Multiple Myeloma Hub; Myeloma Patients Europe",
    year: 2025,
    note: "The label's exact high-risk wording (section 1/14) was not seen by the reference.",
  },
  "caers-2018-jho": {
    authors: "Caers J, Paiva B, Zamagni E, et al.",
    title:
      "Diagnosis, treatment, and response assessment in solitary plasmacytoma: updated recommendations from a European Expert Panel",
    source: "J Hematol Oncol 2018;11:10",
    year: 2018,
    doi: "10.1186/s13045-017-0549-1",
    pmid: "29338789",
  },
  "tsang-2018-ijrobp": {
    authors: "Tsang RW, Campbell BA, Goda JS, et al.",
    title:
      "Radiation therapy for solitary plasmacytoma and multiple myeloma: guidelines from the International Lymphoma Radiation Oncology Group",
    source: "Int J Radiat Oncol Biol Phys 2018;101(4):794-808",
    year: 2018,
    note: "The reference marks the pages UNVERIFIED (existence checked).",
    unverified: true,
  },
  // Review c10 M4: treatments.md 3c MIDAS bullet (F); the NEJM volume and pages were not seen.
  "perrot-2025-nejm-midas": {
    authors: "Perrot A, et al. (IFM)",
    title:
      "MRD-adapted consolidation after isatuximab-carfilzomib-lenalidomide-dexamethasone induction in transplant-eligible newly diagnosed myeloma (MIDAS, IFM 2020-02, NCT04934475)",
    source: "N Engl J Med 2025 (volume and pages not seen)",
    year: 2025,
    locator:
      "After 6 cycles of Isa-KRd, MRD-negative (10^-5, NGS) patients: MRD negativity at 10^-6 before maintenance 86% with ASCT + 2 Isa-KRd vs 84% with 6 more Isa-KRd; MRD-positive: tandem ASCT not better than single (treatments.md 3c; news reports of the NEJM paper and ASCO 2025)",
    note: "Title, author list, volume and pages UNVERIFIED: seen in secondary reports only.",
    unverified: true,
  },
  "sonneveld-2024-nejm": {
    authors: "Sonneveld P, Dimopoulos MA, Boccadoro M, et al.",
    title: "Daratumumab, bortezomib, lenalidomide, and dexamethasone for multiple myeloma (PERSEUS)",
    source: "N Engl J Med 2024;390:301-313",
    year: 2024,
    note: "Pages UNVERIFIED in the reference. FDA approval 2024-07-30; EC 2024-10.",
    unverified: true,
  },
  "mai-2025-jco": {
    authors: "Mai EK, Bertsch U, Pozek E, et al.",
    title:
      "Isatuximab, lenalidomide, bortezomib, and dexamethasone induction therapy for transplant-eligible newly diagnosed multiple myeloma: final part 1 analysis of the GMMG-HD7 trial",
    source: "J Clin Oncol 2025;43(11):1279-1288",
    year: 2025,
    doi: "10.1200/JCO-24-02266",
    note: "EC approval 2025-07 (Myeloma Patients Europe).",
  },
  "moreau-2019-lancet": {
    authors: "Moreau P, Attal M, Hulin C, et al.",
    title:
      "Bortezomib, thalidomide, and dexamethasone with or without daratumumab before and after autologous stem-cell transplantation (CASSIOPEIA)",
    source: "Lancet 2019;394:29-38",
    year: 2019,
    note: "Pages UNVERIFIED in the reference. FDA approval 2019-09-26.",
    unverified: true,
  },
  "kumar-2020-lancet-oncol": {
    authors: "Kumar SK, Jacobus SJ, Cohen AD, et al.",
    title:
      "Carfilzomib or bortezomib in combination with lenalidomide and dexamethasone for newly diagnosed multiple myeloma without intention for immediate autologous stem-cell transplantation (ENDURANCE)",
    source: "Lancet Oncol 2020;21:1317-1330",
    year: 2020,
  },
  "gay-2021-lancet-oncol": {
    authors: "Gay F, Musto P, Rota-Scalabrini D, et al.",
    title:
      "Carfilzomib with cyclophosphamide and dexamethasone or lenalidomide and dexamethasone plus autologous transplantation or carfilzomib plus lenalidomide and dexamethasone (FORTE)",
    source: "Lancet Oncol 2021;22:1705-1720",
    year: 2021,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "durie-2017-lancet": {
    authors: "Durie BGM, Hoering A, Abidi MH, et al.",
    title:
      "Bortezomib with lenalidomide and dexamethasone versus lenalidomide and dexamethasone alone (SWOG S0777)",
    source: "Lancet 2017;389:519-527",
    year: 2017,
    note: "The reference marks these citation details UNVERIFIED.",
    unverified: true,
  },
  "durie-2020-bcj": {
    authors: "Durie BGM, Hoering A, Sexton R, et al.",
    title:
      "Longer term follow-up of the randomized phase III trial SWOG S0777: bortezomib, lenalidomide and dexamethasone vs. lenalidomide and dexamethasone in patients with previously untreated multiple myeloma without an intent for immediate autologous stem cell transplant",
    source: "Blood Cancer J 2020;10(5):53",
    year: 2020,
    doi: "10.1038/s41408-020-0311-8",
    locator: "Abstract: the induction was eight 21-day cycles of VRd (six 28-day cycles of Rd)",
    note: "Not in the clinical reference (which gives no VRd cycle length); looked up 2026-12-06 in the abstract (PubMed record).",
  },
  "odonnell-2018-bjh": {
    authors: "O'Donnell EK, et al.",
    title:
      "A phase 2 study of modified lenalidomide, bortezomib and dexamethasone in transplant-ineligible multiple myeloma (VRd-lite)",
    source: "Br J Haematol 2018;182:222-230",
    year: 2018,
    note: "The reference marks these citation details UNVERIFIED (treatments.md bibliography 16).",
    unverified: true,
  },
  "attal-2017-nejm": {
    authors: "Attal M, Lauwers-Cances V, Hulin C, et al.",
    title:
      "Lenalidomide, bortezomib, and dexamethasone with transplantation for myeloma (IFM 2009); with Richardson PG, et al., DETERMINATION, N Engl J Med 2022;387:132-147",
    source: "N Engl J Med 2017;376:1311-1320",
    year: 2017,
    note: "The reference marks these citation details UNVERIFIED.",
    unverified: true,
  },
  "mikhael-2019-jco": {
    authors: "Mikhael J, Ismaila N, Cheung MC, et al.",
    title: "Treatment of multiple myeloma: ASCO and CCO joint clinical practice guideline",
    source: "J Clin Oncol 2019 (published online 2019-04-01)",
    year: 2019,
    doi: "10.1200/JCO.18.02096",
    locator:
      "Relapsed disease: early relapse post-transplant treated immediately; repeat transplant if PFS >= 18 months",
    url: "https://ace.asco.org/guidelines/35681",
    note: "Not in the clinical reference: looked up 2026-12-02. Authors and DOI seen on the ASCO guideline page; the recommendation text read in the Guideline Central pocket-guide copy (eguideline.guidelinecentral.com/i/1475482/5), not in the JCO article; volume and pages not seen.",
  },
  "majithia-2016-leukemia": {
    authors: "Majithia N, Rajkumar SV, Lacy MQ, et al.",
    title:
      "Early relapse following initial therapy for multiple myeloma predicts poor outcomes in the era of novel agents",
    source: "Leukemia 2016",
    year: 2016,
    note: "Not in the clinical reference: looked up 2026-12-02 and seen only in a secondary summary (advancedpractitioner.com): relapse within 12 months of an early ASCT, median OS from the ASCT 23.1 vs 122.2 months. Authors, journal and year recalled, not seen: UNVERIFIED.",
    unverified: true,
  },
  "mccarthy-2017-jco": {
    authors: "McCarthy PL, Holstein SA, Petrucci MT, et al.",
    title:
      "Lenalidomide maintenance after autologous stem-cell transplantation in newly diagnosed multiple myeloma: a meta-analysis",
    source: "J Clin Oncol 2017;35(29):3279-3289",
    year: 2017,
  },
  "cibmtr-renal-ahct": {
    authors: "CIBMTR investigators",
    title:
      "Autologous haematopoietic cell transplantation in multiple myeloma with renal insufficiency (Mel200 vs Mel140 by renal function)",
    source: "PMC5859934",
    year: 2018,
    url: "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5859934/",
    note: "Authors, journal and year UNVERIFIED in the reference (data checked).",
    unverified: true,
  },
  "facon-2024-nejm-imroz": {
    authors: "Facon T, Dimopoulos MA, Leleu XP, et al.",
    title: "Isatuximab, bortezomib, lenalidomide, and dexamethasone for multiple myeloma (IMROZ)",
    source: "N Engl J Med 2024;391:1597-1609",
    year: 2024,
    note: "Pages UNVERIFIED in the reference. FDA approval 2024-09-20.",
    unverified: true,
  },
  "usmani-2025-nat-med": {
    authors: "Usmani SZ, Facon T, Hungria V, et al.",
    title:
      "Daratumumab plus bortezomib, lenalidomide and dexamethasone for transplant-ineligible or transplant-deferred newly diagnosed multiple myeloma: the randomized phase 3 CEPHEUS trial",
    source: "Nat Med 2025",
    year: 2025,
    note: "Volume UNVERIFIED in the reference. FDA approval 2026-01-27; EC 2025-04-07.",
    unverified: true,
  },
  "facon-2019-nejm-maia": {
    authors: "Facon T, Kumar S, Plesner T, et al.",
    title: "Daratumumab plus lenalidomide and dexamethasone for untreated myeloma (MAIA)",
    source: "N Engl J Med 2019;380:2104-2115",
    year: 2019,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "mateos-2018-nejm-alcyone": {
    authors: "Mateos MV, Dimopoulos MA, Cavo M, et al.",
    title: "Daratumumab plus bortezomib, melphalan, and prednisone for untreated myeloma (ALCYONE)",
    source: "N Engl J Med 2018;378:518-528",
    year: 2018,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "dimopoulos-2020-lancet-candor": {
    authors: "Dimopoulos M, Quach H, Mateos MV, et al.",
    title:
      "Carfilzomib, dexamethasone, and daratumumab versus carfilzomib and dexamethasone for relapsed or refractory multiple myeloma (CANDOR)",
    source: "Lancet 2020;396:186-197",
    year: 2020,
    note: "Pages UNVERIFIED in the reference. FDA approval 2020-08-20.",
    unverified: true,
  },
  "moreau-2021-lancet-ikema": {
    authors: "Moreau P, Dimopoulos MA, Mikhael J, et al.",
    title: "Isatuximab, carfilzomib, and dexamethasone in relapsed multiple myeloma (IKEMA)",
    source: "Lancet 2021;397:2361-2371",
    year: 2021,
    note: "Pages UNVERIFIED in the reference. FDA approval 2021-03-31.",
    unverified: true,
  },
  "dimopoulos-2021-lancet-oncol-apollo": {
    authors: "Dimopoulos MA, Terpos E, Boccadoro M, et al.",
    title:
      "Daratumumab plus pomalidomide and dexamethasone versus pomalidomide and dexamethasone alone (APOLLO)",
    source: "Lancet Oncol 2021;22:801-812",
    year: 2021,
    note: "Pages UNVERIFIED in the reference. FDA approval 2021-07-09.",
    unverified: true,
  },
  "attal-2019-lancet-icaria": {
    authors: "Attal M, Richardson PG, Rajkumar SV, et al.",
    title: "Isatuximab plus pomalidomide and low-dose dexamethasone (ICARIA-MM)",
    source: "Lancet 2019;394:2096-2107",
    year: 2019,
    note: "Citation details UNVERIFIED in the reference. FDA approval 2020-03-02.",
    unverified: true,
  },
  "palumbo-2016-nejm-castor": {
    authors: "Palumbo A, Chanan-Khan A, Weisel K, et al.",
    title: "Daratumumab, bortezomib, and dexamethasone for multiple myeloma (CASTOR)",
    source: "N Engl J Med 2016;375:754-766",
    year: 2016,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "dimopoulos-2016-nejm-pollux": {
    authors: "Dimopoulos MA, Oriol A, Nahi H, et al.",
    title: "Daratumumab, lenalidomide, and dexamethasone for multiple myeloma (POLLUX)",
    source: "N Engl J Med 2016;375:1319-1331",
    year: 2016,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "stewart-2015-nejm-aspire": {
    authors: "Stewart AK, Rajkumar SV, Dimopoulos MA, et al.",
    title: "Carfilzomib, lenalidomide, and dexamethasone for relapsed multiple myeloma (ASPIRE)",
    source: "N Engl J Med 2015;372:142-152",
    year: 2015,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "richardson-2019-lancet-oncol-optimismm": {
    authors: "Richardson PG, Oriol A, Beksac M, et al.",
    title:
      "Pomalidomide, bortezomib, and dexamethasone for patients with relapsed or refractory multiple myeloma previously treated with lenalidomide (OPTIMISMM)",
    source: "Lancet Oncol 2019;20:781-794",
    year: 2019,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "el-hajj-fuleihan-2023-jcem": {
    authors: "El-Hajj Fuleihan G, Clines GA, Hu MI, et al.",
    title:
      "Treatment of Hypercalcemia of Malignancy in Adults: An Endocrine Society Clinical Practice Guideline",
    source: "J Clin Endocrinol Metab 2023;108(3):507-528. doi:10.1210/clinem/dgac621",
    year: 2023,
    note: "Not in the clinical reference: looked up 2026-12-02 (review c9 F6). Citation, authors and DOI seen on the article's first page; the severe band (serum calcium >14 mg/dL) and the calcitonin combination for severe hypercalcaemia seen only in a secondary summary (Medscape, 2023-03-01): UNVERIFIED.",
  },
  "dimopoulos-2016-lancet-oncol-endeavor": {
    authors: "Dimopoulos MA, Moreau P, Palumbo A, et al.",
    title:
      "Carfilzomib and dexamethasone versus bortezomib and dexamethasone for patients with relapsed or refractory multiple myeloma (ENDEAVOR): a randomised, phase 3, open-label, multicentre study",
    source: "Lancet Oncol 2016;17(1):27-38",
    year: 2016,
    note: "Looked up 2026-12-02 (not in the clinical reference): enrolled 1 to 3 prior lines (NCT01568866 eligibility); Kd 56 vs Vd: longer PFS and OS (median OS 47.6 vs 40.0 months, Lancet Oncol 2017 update).",
  },
  "grosicki-2020-lancet-boston": {
    authors: "Grosicki S, Simonova M, Spicka I, et al.",
    title:
      "Once-per-week selinexor, bortezomib, and dexamethasone versus twice-per-week bortezomib and dexamethasone (BOSTON)",
    source: "Lancet 2020;396:1563-1573",
    year: 2020,
    note: "FDA approval 2020-12-18.",
  },
  "dimopoulos-2018-nejm-eloquent3": {
    authors: "Dimopoulos MA, Dytfeld D, Grosicki S, et al.",
    title: "Elotuzumab plus pomalidomide and dexamethasone for multiple myeloma (ELOQUENT-3)",
    source: "N Engl J Med 2018;379:1811-1822",
    year: 2018,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "hungria-2024-nejm-dreamm7": {
    authors: "Hungria V, Robak P, Hus M, et al.",
    title:
      "Belantamab mafodotin, bortezomib, and dexamethasone for multiple myeloma (DREAMM-7); with Dimopoulos MA, et al., belantamab mafodotin, pomalidomide, and dexamethasone (DREAMM-8), N Engl J Med 2024;391:408-421",
    source: "N Engl J Med 2024;391:393-407",
    year: 2024,
    note: "DREAMM-8 pages UNVERIFIED. FDA approval of BVd 2025-10-23; EC approval of BVd and BPd 2025-07 (CHMP 2025-05-23).",
    unverified: true,
  },
  "rodriguez-otero-2023-nejm-karmma3": {
    authors: "Rodriguez-Otero P, Ailawadhi S, Arnulf B, et al.",
    title: "Ide-cel or standard regimens in relapsed and refractory multiple myeloma (KarMMa-3)",
    source: "N Engl J Med 2023;388:1002-1014",
    year: 2023,
    note: "Pages UNVERIFIED in the reference. FDA approval summary: ide-cel for triple-class-exposed RRMM, 2024-04-04.",
    unverified: true,
  },
  "san-miguel-2023-nejm-cartitude4": {
    authors: "San-Miguel J, Dhakal B, Yong K, et al.",
    title: "Cilta-cel or standard care in lenalidomide-refractory multiple myeloma (CARTITUDE-4)",
    source: "N Engl J Med 2023;389:335-347",
    year: 2023,
    note: "Pages UNVERIFIED in the reference. FDA original approval 2022-02-28; expansion 2024-04-05; EC 2024-04-22.",
    unverified: true,
  },
  "moreau-2022-nejm-majestec1": {
    authors: "Moreau P, Garfall AL, van de Donk NWCJ, et al.",
    title: "Teclistamab in relapsed or refractory multiple myeloma (MajesTEC-1)",
    source: "N Engl J Med 2022;387(6):495-505",
    year: 2022,
    doi: "10.1056/NEJMoa2203478",
  },
  "majestec3-2025-nejm": {
    authors: "MajesTEC-3 investigators (first author reported as Costa LJ)",
    title:
      "Teclistamab plus daratumumab versus DPd/DVd in relapsed multiple myeloma after 1-3 lines (MajesTEC-3)",
    source: "N Engl J Med 2025",
    year: 2025,
    note: "First author UNVERIFIED. FDA approval 2026-03 (day UNVERIFIED, press 2026-03-06); CHMP positive opinion 2026-06-25.",
    unverified: true,
  },
  "lesokhin-2023-nat-med": {
    authors: "Lesokhin AM, Tomasson MH, Arnulf B, et al.",
    title: "Elranatamab in relapsed or refractory multiple myeloma: phase 2 MagnetisMM-3 trial results",
    source: "Nat Med 2023",
    year: 2023,
    note: "Volume UNVERIFIED. FDA accelerated approval 2023-08-14.",
    unverified: true,
  },
  "chari-2022-nejm": {
    authors: "Chari A, Minnema MC, Berdeja JG, et al.",
    title: "Talquetamab, a T-cell-redirecting GPRC5D bispecific antibody for multiple myeloma (MonumenTAL-1)",
    source: "N Engl J Med 2022;387:2232-2244",
    year: 2022,
    note: "Pages UNVERIFIED. FDA accelerated approval 2023-08-09.",
    unverified: true,
  },
  "monumental3-2026-nejm": {
    authors: "MonumenTAL-3 investigators",
    title:
      "Talquetamab plus daratumumab with or without pomalidomide versus DPd in relapsed or refractory multiple myeloma after at least 1 prior line (MonumenTAL-3)",
    source: "N Engl J Med 2026 (online 2026-06-13)",
    year: 2026,
    note: "treatments.md [44], sections 5c and 9: published, not yet approved for that use at the knowledge date.",
  },
  "bumma-2024-jco": {
    authors: "Bumma N, Richter J, Jagannath S, et al.",
    title: "Linvoseltamab for treatment of relapsed/refractory multiple myeloma (LINKER-MM1)",
    source: "J Clin Oncol 2024",
    year: 2024,
    note: "Volume UNVERIFIED. FDA accelerated approval 2025-07-02; EC conditional approval about 2025-04.",
    unverified: true,
  },
  "bispecific-infection-consensus-2023": {
    authors: "Expert panel (first author believed Raje N)",
    title:
      "Monitoring, prophylaxis, and treatment of infections in patients with MM receiving bispecific antibody therapy: consensus recommendations; with the ASH prophylaxis table for BCMA bispecifics/CAR-T",
    source: "Blood Cancer J 2023",
    year: 2023,
    doi: "10.1038/s41408-023-00879-7",
    note: "First author UNVERIFIED. See also Banerjee R, et al., IVIG viewpoint, Blood Adv 2025 (doi:10.1182/bloodadvances.2025016490).",
    unverified: true,
  },
  "fda-cart-safety-2024": {
    authors: "US FDA",
    title:
      "Boxed warning for T-cell malignancies after BCMA- or CD19-directed autologous CAR-T (2024-04-18); elimination of REMS for autologous CAR-T (2025-06-26: driving restriction 8 -> 2 weeks, stay near the treatment centre 4 -> 2 weeks)",
    source: "FDA safety communications; REMS-removal detail from treatments.md section 10 (F)",
    year: 2024,
    url: "https://www.fda.gov",
  },
  "kastritis-2021-nejm-andromeda": {
    authors: "Kastritis E, Palladini G, Minnema MC, et al.",
    title: "Daratumumab-based treatment for immunoglobulin light-chain amyloidosis (ANDROMEDA)",
    source: "N Engl J Med 2021;385:46-58",
    year: 2021,
    note: "Pages UNVERIFIED. FDA accelerated approval 2021-01-15; traditional approval 2025-11-19.",
    unverified: true,
  },
  "gertz-2013-bmt": {
    authors: "Gertz MA, Lacy MQ, Dispenzieri A, et al.",
    title:
      "Refinement in patient selection to reduce treatment-related mortality from autologous stem cell transplantation in amyloidosis",
    source: "Bone Marrow Transplant 2013;48(4):557-561",
    year: 2013,
    doi: "10.1038/bmt.2012.170",
    pmid: "22964596",
  },
  "madan-2012-blood": {
    authors: "Madan S, Kumar SK, Dispenzieri A, et al.",
    title:
      "High-dose melphalan and peripheral blood stem cell transplantation for light-chain amyloidosis with cardiac involvement",
    source: "Blood 2012;119(5):1117-1122",
    year: 2012,
    pmid: "22147893",
  },
  "al-saleh-asct-organs": {
    authors: "Al Saleh AS, Sidiqi MH, Muchtar E, et al.",
    title:
      "Outcomes of patients with light chain amyloidosis who had autologous stem cell transplantation with 3 or more organs involved",
    source: "Mayo Clinic research portal (abstract)",
    year: 2019,
    note: "Secondary: the reference saw the abstract only; year UNVERIFIED.",
    unverified: true,
  },
  "sanfilippo-2019-ajh": {
    authors: "Sanfilippo KM, Luo S, Wang TF, et al.",
    title:
      "Predicting venous thromboembolism in multiple myeloma: development and validation of the IMPEDE VTE score",
    source: "Am J Hematol 2019;94(11):1176-1184",
    year: 2019,
    doi: "10.1002/ajh.25603",
    pmid: "31379000",
  },
  "li-2019-ajh-saved": {
    authors: "Li A, et al.",
    title: "SAVED score for venous thromboembolism in patients with multiple myeloma starting IMiDs",
    source: "Am J Hematol 2019",
    year: 2019,
    note: "Citation details UNVERIFIED; points table checked in a Blood review table.",
    unverified: true,
  },
  "key-2023-jco": {
    authors: "Key NS, Khorana AA, Kuderer NM, et al.",
    title: "Venous thromboembolism prophylaxis and treatment in patients with cancer: ASCO guideline update",
    source: "J Clin Oncol 2023",
    year: 2023,
    note: "DOI believed 10.1200/JCO.23.00294 (UNVERIFIED); the myeloma wording is UNVERIFIED.",
  },
  "palumbo-2008-leukemia": {
    authors: "Palumbo A, Rajkumar SV, Dimopoulos MA, et al.",
    title: "Prevention of thalidomide- and lenalidomide-associated thrombosis in myeloma",
    source: "Leukemia 2008;22:414-423",
    year: 2008,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "terpos-2021-lancet-oncol": {
    authors: "Terpos E, Zamagni E, Lentzsch S, et al.",
    title:
      "Treatment of multiple myeloma-related bone disease: recommendations from the Bone Working Group of the International Myeloma Working Group",
    source: "Lancet Oncol 2021;22(3):e119-e130",
    year: 2021,
    doi: "10.1016/S1470-2045(20)30559-3",
  },
  "raje-2018-lancet-oncol": {
    authors: "Raje N, Terpos E, Willenbacher W, et al.",
    title:
      "Denosumab versus zoledronic acid in bone disease treatment of newly diagnosed multiple myeloma (20090482)",
    source: "Lancet Oncol 2018;19:370-381",
    year: 2018,
    note: "Pages UNVERIFIED. FDA approval for myeloma 2018-01-05.",
    unverified: true,
  },
  "zometa-label": {
    authors: "Novartis",
    title:
      "Zometa (zoledronic acid) SmPC and US prescribing information: renal dose table and withholding criteria",
    source: "Product label; with Aapro M, et al., Ann Oncol 2008;19:420-432 (bisphosphonate renal table)",
    year: 2008,
  },
  "bone-agent-labels-2014": {
    authors: "US FDA; manufacturers; ASCO",
    title:
      "Xgeva (denosumab) safety labeling changes (June 2014); pamidronate US label; ASCO guideline on bone-modifying agents in myeloma",
    source: "FDA MedWatch; product label; Guideline Central eGuideline copy",
    year: 2014,
  },
  "drayson-2019-lancet-oncol": {
    authors: "Drayson MT, Bowcock S, Planche T, et al.",
    title: "Levofloxacin prophylaxis in patients with newly diagnosed myeloma (TEAMM)",
    source: "Lancet Oncol 2019;20(12):1760-1772",
    year: 2019,
    doi: "10.1016/S1470-2045(19)30506-6",
    pmid: "31668592",
  },
  "myeloma-drug-labels": {
    authors: "Manufacturers; US FDA; EMA",
    title:
      "Product labels: Revlimid (US PI and EU SmPC, renal tables), Pomalyst, Velcade (US PI section 2.7 neuropathy), Kyprolis, Xpovio, Darzalex Faspro, Sarclisa, Tecvayli, Talvey, Elrexfio, Lynozyfic, Blenrep, Xgeva/Prolia",
    source: "US prescribing information and EU SmPC (stored copies)",
    year: 2026,
  },
  "bridoux-2017-jama": {
    authors: "Bridoux F, Carron PL, Pegourie B, et al.",
    title:
      "Effect of high-cutoff hemodialysis vs conventional hemodialysis on hemodialysis independence among patients with myeloma cast nephropathy (MYRE)",
    source: "JAMA 2017;318(21):2099-2110",
    year: 2017,
    pmid: "29209721",
  },
  "ludwig-2021-leukemia": {
    authors: "Ludwig H, Boccadoro M, Moreau P, et al.",
    title: "Recommendations for vaccination in multiple myeloma: a consensus of the European Myeloma Network",
    source: "Leukemia 2021;35:31-44",
    year: 2021,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "bohlius-2019-jco": {
    authors: "Bohlius J, Bohlke K, Castelli R, et al.",
    title:
      "Management of cancer-associated anemia with erythropoiesis-stimulating agents: ASCO/ASH clinical practice guideline update",
    source: "J Clin Oncol 2019;37:1336-1351",
    year: 2019,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "berenson-2011-lancet-oncol": {
    authors: "Berenson J, Pflugmacher R, Jarzem P, et al.",
    title:
      "Balloon kyphoplasty versus non-surgical fracture management for painful vertebral body compression fractures in patients with cancer (CAFE)",
    source: "Lancet Oncol 2011;12:225-235",
    year: 2011,
    note: "The reference marks this citation UNVERIFIED.",
    unverified: true,
  },
  "oostendorp-2015-transfusion": {
    authors: "Oostendorp M, Lammerts van Bueren JJ, Doshi P, et al.",
    title:
      "When blood transfusion medicine becomes complicated due to interference by monoclonal antibody therapy",
    source: "Transfusion 2015",
    year: 2015,
  },
  "daratumumab-hbv-reactivation-2019": {
    authors: "Janssen-Cilag; MHRA; Danish Medicines Agency; Swissmedic; Janssen Medical Information (US)",
    title:
      "Daratumumab (Darzalex, Darzalex Faspro): risk of reactivation of hepatitis B virus (direct healthcare professional communication 2019; label Warnings and Precautions)",
    source:
      "MHRA Drug Safety Update 'Daratumumab (Darzalex): risk of reactivation of hepatitis B virus'; DHPC Laegemiddelstyrelsen 2019-07-03 and Swissmedic 2019-04-30; Janssen US medical information 'DARZALEX + DARZALEX FASPRO - Hepatitis B Virus Reactivation' (updated 2024-03-27)",
    year: 2019,
    locator:
      "DHPC summary bullets; US PI Warnings and Precautions (HBV reactivation), as quoted by the maker",
    url: "https://www.gov.uk/drug-safety-update/daratumumab-darzalex-risk-of-reactivation-of-hepatitis-b-virus",
    note: "Not in the clinical reference; looked up 2026-12-02. Seen: HBV reactivation, some fatal; screen all patients before starting; screen patients already on treatment whose serology is unknown; monitor positive serology during and for at least 6 months after; stop daratumumab (and concomitant steroids/chemotherapy) if HBV reactivates and treat with HBV experts. The US label's section number was not seen (the US wording was read through the maker's medical-information page).",
  },
  "hwang-2020-jco-hbv": {
    authors: "Hwang JP, Feld JJ, Hammond SP, et al.",
    title:
      "Hepatitis B Virus Screening and Management for Patients With Cancer Prior to Therapy: ASCO Provisional Clinical Opinion Update",
    source: "J Clin Oncol 2020;38(31):3698-3715",
    year: 2020,
    doi: "10.1200/JCO.20.01757",
    pmid: "32716741",
    locator: "Provisional clinical opinion (abstract)",
    note: "Not in the clinical reference; looked up 2026-12-02. Seen: all patients anticipating systemic anticancer therapy are tested by HBsAg, anti-HBc (total Ig or IgG) and anti-HBs, without delaying therapy; chronic (HBsAg-positive) or past (HBsAg-negative, anti-HBc-positive) infection needs a reactivation risk assessment; chronic HBV: antiviral prophylaxis through and for at least 12 months after therapy.",
  },
  "chari-2018-blood-adv": {
    authors: "Chari A, Stewart AK, Russell SD, et al.",
    title:
      "Analysis of carfilzomib cardiovascular safety profile across relapsed and/or refractory multiple myeloma clinical trials",
    source: "Blood Adv 2018;2(13):1633-1644",
    year: 2018,
    pmid: "29991494",
  },
  "bringhen-2018-haematologica": {
    authors: "Bringhen S, Milan A, Ferri C, et al.",
    title: "Cardiovascular adverse events in modern myeloma therapy: incidence and risks (EMN/SIIA review)",
    source: "Haematologica 2018;103(9):1422-1432",
    year: 2018,
    pmid: "30049825",
  },
  // treatments.md 6 (Cautions in AL) cites it as "Singapore consensus 2023" (checked) without a numbered
  // reference; the details are from the journal's abstract page, looked up at stop 29 (review c23-3).
  "smsg-2023-al-consensus": {
    authors: "Singapore Myeloma Study Group",
    title:
      "AL amyloidosis: Singapore Myeloma Study Group consensus guidelines on diagnosis, treatment and management",
    source: "Ann Acad Med Singap 2023;52(11):601-624",
    year: 2023,
    locator:
      "Abstract: change treatment if no partial response within 2 cycles, or no very good partial response after 4 cycles or after ASCT",
    note: "Not a numbered reference of the clinical reference (treatments.md 6 names it 'Singapore consensus 2023'); journal details from the journal's abstract page.",
  },
  // Review c48-F2: treatments.md 6 ("Cautions in AL") gives the cardiac drug caution from a secondary source only,
  // unnamed; these two were looked up on 2026-12-06 (the review's abstract page and the study's PMC abstract).
  "falk-2016-jacc": {
    authors: "Falk RH, Alexander KM, Liao R, Dorbala S",
    title: "AL (Light-Chain) Cardiac Amyloidosis: A Review of Diagnosis and Therapy",
    source: "J Am Coll Cardiol 2016;68(12)",
    year: 2016,
    doi: "10.1016/j.jacc.2016.06.053",
    locator:
      "Heart failure therapy in AL cardiac amyloidosis: drugs poorly tolerated in AL (learning objectives)",
    note: "Not in the clinical reference; looked up 2026-12-06 (first page seen in a secondary copy). Pages UNVERIFIED.",
    unverified: true,
  },
  "muchtar-2018-amyloid": {
    authors: "Muchtar E, Gertz MA, Kumar SK, et al.",
    title: "Digoxin use in systemic light-chain (AL) amyloidosis: contra-indicated or cautious use?",
    source: "Amyloid 2018;25(2):86-92",
    year: 2018,
    doi: "10.1080/13506129.2018.1449744",
    pmid: "29529877",
    locator:
      "Abstract: digoxin considered contraindicated in AL from reports 30-50 years old; 107 Mayo patients; may be used cautiously, at lower doses",
    note: "Not in the clinical reference; looked up 2026-12-06 (PMC author manuscript abstract).",
  },
  // Review c50-U1: the clinical reference gives no count holds for lenalidomide or bortezomib during therapy (only the
  // counts to start lenalidomide maintenance, treatments.md 3d); the label texts were looked up on 2026-12-06.
  "revlimid-label-counts": {
    authors: "Bristol Myers Squibb (Celgene); EMA",
    title:
      "Revlimid (lenalidomide): US prescribing information, section 2 (dose adjustments for hematologic toxicities during MM treatment, table 1), and EU SmPC section 4.2",
    source: "US PI and EU SmPC (text seen in stored secondary copies)",
    year: 2026,
    locator:
      "US PI: platelets <30,000/mcL: interrupt, follow CBC weekly, resume at the next lower dose at >=30,000/mcL; ANC <1,000/mcL: interrupt, follow CBC weekly, resume at >=1,000/mcL (the starting dose when neutropenia is the only toxicity). EU SmPC: platelets <30 x10^9/L: interrupt; ANC first fall <0.5 x10^9/L: interrupt, resume at >=0.5; consider growth factors in neutropenia. Maintenance after auto-HSCT (US, the manufacturer's HCP site): ANC <500/mcL: interrupt, follow CBC weekly, resume at the next lower dose at >=500/mcL; no adjustment at >=500/mcL",
    note: "Not in the clinical reference; looked up 2026-12-06 in secondary copies of the label text and the manufacturer's HCP site, not the current label itself (UNVERIFIED).",
    unverified: true,
  },
  "pomalyst-label-counts": {
    authors: "Bristol Myers Squibb (Celgene)",
    title:
      "Pomalyst (pomalidomide): US prescribing information, section 2, table 1 (dose modification for hematologic toxicities)",
    source: "US PI (text seen in stored secondary copies: drugs.com, rxlist)",
    year: 2026,
    locator:
      "ANC <500/mcL or febrile neutropenia (>=38.5 C with ANC <1,000/mcL): interrupt, follow CBC weekly; resume at 1 mg less once ANC >=500/mcL. Platelets <25,000/mcL: interrupt, follow CBC weekly; resume at 1 mg less once platelets >50,000/mcL. A new cycle needs ANC >=500/mcL and platelets >=50,000/mcL",
    note: "Not in the clinical reference (review c51-U1); looked up 2026-12-06 in secondary copies of the label text (UNVERIFIED).",
    unverified: true,
  },
  "kyprolis-label-counts": {
    authors: "Amgen",
    title:
      "Kyprolis (carfilzomib): US prescribing information, section 2 (dose modifications for hematologic toxicity)",
    source: "US PI (text seen on the manufacturer's HCP site, kyprolis-hcp.com)",
    year: 2026,
    locator:
      "ANC <0.5 x10^9/L: withhold the dose (for later drops consider one dose level lower on restarting); febrile neutropenia: withhold; platelets <10 x10^9/L or bleeding with thrombocytopenia: withhold the dose",
    note: "Not in the clinical reference (review c51-U1); looked up 2026-12-06 on the manufacturer's HCP site (UNVERIFIED against the current label).",
    unverified: true,
  },
  "velcade-label-counts": {
    authors: "Takeda (Millennium); EMA",
    title:
      "Velcade (bortezomib): US prescribing information, section 2 (dose modification and reinitiation of therapy)",
    source: "US PI (text seen in stored secondary copies)",
    year: 2026,
    locator:
      "Withhold at the onset of any grade 4 hematological toxicity (or grade 3 non-hematological, neuropathy apart); once resolved, reinitiate at a 25% reduced dose (1.3 -> 1.0 -> 0.7 mg/m2). With melphalan-prednisone: withhold a dose for platelets <=30 x10^9/L or ANC <=0.75 x10^9/L on a dosing day other than day 1",
    note: "Not in the clinical reference; looked up 2026-12-06 in secondary copies of the label text (UNVERIFIED). Grade 4 by CTCAE v5.0: neutrophils <0.5 x10^9/L, platelets <25 x10^9/L (ctcae-v5, UNVERIFIED).",
    unverified: true,
  },
  "palladini-2012-jco": {
    authors: "Palladini G, et al.",
    title:
      "Haematologic response criteria in AL amyloidosis based on the free light chains (CR, VGPR = dFLC <40 mg/L, PR = dFLC fall >50%; descriptive title)",
    source: "J Clin Oncol 2012;30:4541",
    year: 2012,
    note: "treatments.md section 6 (correction 2026-12-01): recalled, not re-read by the reference; UNVERIFIED.",
    unverified: true,
  },
  "xgeva-ec-2018": {
    authors: "European Commission; Amgen",
    title:
      "European Commission approves an expanded indication for Xgeva (denosumab): prevention of skeletal-related events in adults with advanced malignancies involving bone, including multiple myeloma",
    source:
      "Multiple Myeloma Hub, 'Denosumab approved for MM in Europe' (Amgen announcement 2018-04-02); CHMP positive opinion 2018-02",
    year: 2018,
    url: "http://www.multiplemyelomahub.com/medical-information/denosumab-approved-for-mm-in-europe",
    note: "Not in the clinical reference: looked up 2026-12-01 (secondary news sources; the EC decision day was not seen).",
  },
  "rodriguez-otero-2024-lancet-oncol": {
    authors: "Rodriguez-Otero, et al.",
    title:
      "IMWG Immunotherapy Committee guidelines 2024: bispecific antibodies in multiple myeloma (descriptive title; the exact title is not given in the reference)",
    source: "Lancet Oncol 2024;25:e205-e216",
    year: 2024,
    pmid: "38697166",
    note: "treatments.md section 10 (found 2026-12-01): cite for CRS/ICANS and infection prophylaxis on bispecifics.",
  },
  "lin-2024-lancet-oncol": {
    authors: "Lin, et al.",
    title:
      "IMWG Immunotherapy Committee guidelines 2024: CAR T-cell therapy management and response assessment (descriptive title; the exact title is not given in the reference)",
    source: "Lancet Oncol 2024",
    year: 2024,
    note: "treatments.md section 10 (found 2026-12-01); volume and pages not given in the reference.",
    unverified: true,
  },
  "carvykti-label-2025": {
    authors: "US FDA; Janssen",
    title:
      "Carvykti (ciltacabtagene autoleucel) US label update: CARTITUDE-4 overall survival; boxed warning for immune effector cell-associated enterocolitis; warnings for PML and GI T-cell lymphoma",
    source: "FDA safety notice copies; AABB 2025-10-14",
    year: 2025,
    note: "treatments.md section 10 (F). The published OS HR 0.55 (0.39-0.79) is UNVERIFIED (secondary summary only).",
  },
  "bispecific-labels-2026": {
    authors: "US FDA; European Medicines Agency",
    title:
      "Teclistamab (Tecvayli) US prescribing information and EU SmPC (monitoring after step-up doses); elranatamab (Elrexfio) EC conditional authorisation 2023-12-08 and US dosing every 4 weeks for responders after week 48",
    source: "Label texts as found 2026-12-01",
    year: 2026,
    note: "treatments.md section 10 (F; the date of the elranatamab US dosing change is UNVERIFIED).",
  },
  "pending-decisions-2026": {
    authors: "US FDA (PDUFA dates as reported)",
    title:
      "Pending US decisions: iberdomide + daratumumab + dexamethasone (EXCALIBER-RRMM; PDUFA 2026-08-17), anitocabtagene autoleucel (iMMagine-1; PDUFA 2026-12-23), subcutaneous isatuximab (IRAKLIA; PDUFA reportedly 2026-07-23)",
    source: "treatments.md section 10, stored sources to about July 2026",
    year: 2026,
    note: "Outcomes unknown at the knowledge date: shown as pending, never as approved. The SC isatuximab PDUFA date is UNVERIFIED.",
    unverified: true,
  },
  "iraklia-isatuximab-sc": {
    authors: "IRAKLIA investigators",
    title:
      "Subcutaneous versus intravenous isatuximab with pomalidomide and dexamethasone in relapsed myeloma (IRAKLIA; n=531: ORR 71.1% vs 70.5%; infusion reactions 1.5% vs 25%); EU approval before 2026-06-22",
    source: "treatments.md section 10 (F; EU approval day UNVERIFIED)",
    year: 2026,
    unverified: true,
    note: "Authors and journal not given in the reference.",
  },
} as const satisfies Record<string, Citation>;
