/** Example records bundled into the app from examples/diagnosis, examples/response and
 * examples/vignettes. Each file is a PatientRecord, or a wrapper with the record under `record`
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

const FILES: Record<ExampleGroup, Record<string, unknown>> = {
  Diagnosis: import.meta.glob("../../examples/diagnosis/*.json", { eager: true, import: "default" }),
  "Response and monitoring": import.meta.glob("../../examples/response/*.json", {
    eager: true,
    import: "default",
  }),
  Vignettes: import.meta.glob("../../examples/vignettes/*.json", { eager: true, import: "default" }),
};

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
    title: (title as string | undefined) ?? fileTitle(path),
    record: wrapped ?? data,
  };
}

export const EXAMPLES: Example[] = EXAMPLE_GROUPS.flatMap((group) =>
  Object.entries(FILES[group])
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, data]) => toExample(path, group, data) ?? []),
);
