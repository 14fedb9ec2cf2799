/** Example records bundled into the app from examples/diagnosis, examples/response and
 * examples/vignettes (the records themselves in example-records.ts, a chunk loaded on demand). Each file is a PatientRecord, or a wrapper with the record under `record`
 * or `input` and a `title`; `expected.json` (the expected results of a folder) is not an example. */
import type { JsonObject } from "./fields.js";

export const EXAMPLE_GROUPS = ["Diagnosis", "Response and monitoring", "Vignettes"] as const;
export type ExampleGroup = (typeof EXAMPLE_GROUPS)[number];

export interface Example {
  id: string;
  group: ExampleGroup;
  title: string;
  record: JsonObject;
}

/** Clinical titles of the bundled examples, by folder and file (each read from the example's own
 * assessment: category, risk, transplant decision, lines). */
export const CLINICAL_TITLES: Record<string, string> = {
  "diagnosis/al-amyloidosis.json": "AL amyloidosis at diagnosis, cardiac stage IIIa",
  "diagnosis/indeterminate-no-imaging.json": "Work-up incomplete: no imaging yet",
  "diagnosis/mgus-igm.json": "IgM MGUS",
  "diagnosis/mgus-light-chain.json": "Light-chain MGUS",
  "diagnosis/mgus-marrow-not-assessed.json": "MGUS, marrow not examined",
  "diagnosis/mgus.json": "Non-IgM MGUS",
  "diagnosis/multiple-myeloma.json": "Newly diagnosed myeloma, transplant-eligible, high-risk",
  "diagnosis/smoldering-myeloma.json": "Smoldering myeloma, high risk (Mayo 2018)",
  "diagnosis/solitary-plasmacytoma-bone.json": "Solitary plasmacytoma of bone",
  "diagnosis/solitary-plasmacytoma-extramedullary.json": "Extramedullary solitary plasmacytoma",
  "diagnosis/solitary-plasmacytoma-minimal-marrow.json": "Solitary plasmacytoma, minimal marrow involvement",
  "diagnosis/treated-myeloma-in-remission.json": "Treated myeloma in VGPR after one line",
  "response/mgus-overdue.json": "Monoclonal protein under watch, follow-up overdue",
  "response/mm-vgpr-after-asct.json": "VGPR after transplant",
  "response/rrmm-progression-on-dpd.json": "Relapsed myeloma progressing on DPd, 3 lines",
  "response/smm-evolving.json": "Smoldering myeloma with a rising M-protein",
  "vignettes/al-amyloidosis-stage-iiib.json": "AL amyloidosis, cardiac stage IIIb",
  "vignettes/al-amyloidosis-transplant-gates-met.json": "AL amyloidosis, stage II, transplant criteria met",
  "vignettes/mgus-low-risk.json": "Low-risk MGUS",
  "vignettes/ndmm-kidney-injury.json": "Newly diagnosed light-chain myeloma with kidney injury",
  "vignettes/ndmm-transplant-eligible.json": "Newly diagnosed, transplant-eligible, high-risk",
  "vignettes/ndmm-transplant-ineligible-frail.json": "Newly diagnosed, transplant-ineligible, frail",
  "vignettes/post-asct-maintenance.json": "After transplant, on maintenance, high-risk",
  "vignettes/relapse-lenalidomide-refractory.json": "First relapse, lenalidomide-refractory",
  "vignettes/relapse-lenalidomide-sensitive.json": "First relapse, lenalidomide-sensitive",
  "vignettes/rrmm-after-bcma.json": "Relapsed after BCMA-directed therapy, 5 lines",
  "vignettes/rrmm-triple-class-four-lines.json": "Triple-class exposed relapse, 4 lines",
  "vignettes/smm-high-risk.json": "Smoldering myeloma, high risk",
  "vignettes/smm-low-risk.json": "Smoldering myeloma, low risk",
  "vignettes/sp-bone.json": "Solitary plasmacytoma of bone (vignette)",
  "vignettes/sp-extramedullary-minimal-marrow.json":
    "Extramedullary plasmacytoma, minimal marrow involvement",
};

/** "../../examples/vignettes/x.json" -> "vignettes/x.json". */
const titleKey = (path: string) => path.split("/").slice(-2).join("/");

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

const ACRONYMS: Record<string, string> = {
  al: "AL",
  mgus: "MGUS",
  mm: "MM",
  smm: "SMM",
  rrmm: "RRMM",
  ndmm: "NDMM",
  vgpr: "VGPR",
  asct: "ASCT",
  dpd: "DPd",
  igm: "IgM",
  igg: "IgG",
  iga: "IgA",
  ckd: "CKD",
  car: "CAR",
};

/** "smoldering-myeloma.json" -> "Smoldering myeloma"; "mm-vgpr-after-asct.json" -> "MM VGPR after ASCT". */
export function fileTitle(path: string): string {
  const name = (path.split("/").pop() ?? path).replace(/\.json$/, "").replace(/^\d+[-_]/, "");
  const words = name.split(/[-_]+/).map((w) => ACRONYMS[w.toLowerCase()] ?? w);
  const first = words[0] ?? "";
  if (first && first === first.toLowerCase()) words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return words.join(" ");
}

export function toExample(path: string, group: ExampleGroup, data: unknown): Example | null {
  if (!isObject(data) || /(^|\/)expected\.json$/.test(path)) return null;
  const wrapped = isObject(data.record) ? data.record : isObject(data.input) ? data.input : null;
  const title = wrapped ? [data.title, data.name].find((t) => typeof t === "string") : undefined;
  return {
    id: `${group}:${path}`,
    group,
    title: (title as string | undefined) ?? CLINICAL_TITLES[titleKey(path)] ?? fileTitle(path),
    record: wrapped ?? data,
  };
}
