/** Test helper: answers CDS Hooks prefetch templates from a Bundle the way a FHIR server would, so a
 * test sends the service only what its declared queries return (read by id; search by patient, by
 * `code` or `category` tokens `system|code` or `system|`, and `_include` of the medication). A parameter it does not
 * know is an error, so a changed template cannot pass untested. */
import type { Bundle, Resource } from "../fhir/types.js";
import { isRecord } from "../fhir/types.js";

interface Coding {
  system?: string;
  code?: string;
}

function codingsIn(cc: unknown): Coding[] {
  return isRecord(cc) && Array.isArray(cc.coding) ? (cc.coding.filter(isRecord) as Coding[]) : [];
}

function codingsOf(resource: Resource): Coding[] {
  return codingsIn(resource.code);
}

/** The codings of a resource's `category` (one CodeableConcept or a list of them). */
function categoryCodings(resource: Resource): Coding[] {
  const cat = resource.category;
  return (Array.isArray(cat) ? cat : [cat]).flatMap(codingsIn);
}

function matchesToken(c: Coding, token: string): boolean {
  const bar = token.indexOf("|");
  if (bar < 0) return c.code === token;
  const system = token.slice(0, bar);
  const code = token.slice(bar + 1);
  if (system === "") return c.system === undefined && c.code === code;
  return c.system === system && (code === "" || c.code === code);
}

/** The Bundle's resources with every reference to its Patient entry rewritten to `Patient/{patientId}`. */
export function asServerResources(bundle: Bundle, patientId: string): Resource[] {
  const entries = bundle.entry ?? [];
  const patientUrl = entries.find((e) => e.resource?.resourceType === "Patient")?.fullUrl;
  return entries.map((e) => {
    const text = JSON.stringify(e.resource);
    const r = JSON.parse(patientUrl ? text.replaceAll(patientUrl, `Patient/${patientId}`) : text) as Resource;
    return r.resourceType === "Patient" ? { ...r, id: patientId } : r;
  });
}

function search(resources: Resource[], type: string, query: string, patientId: string): Bundle {
  const params = new URLSearchParams(query);
  let found = resources.filter((r) => r.resourceType === type);
  const included: Resource[] = [];
  for (const [name, value] of params) {
    if (name === "patient") {
      if (value !== patientId) found = [];
    } else if (name === "code") {
      const tokens = value.split(",");
      found = found.filter((r) => codingsOf(r).some((c) => tokens.some((t) => matchesToken(c, t))));
    } else if (name === "category") {
      const tokens = value.split(",");
      found = found.filter((r) => categoryCodings(r).some((c) => tokens.some((t) => matchesToken(c, t))));
    } else if (name === "_include" && value === `${type}:medication`) {
      for (const r of found) {
        const ref = isRecord(r.medicationReference) ? r.medicationReference.reference : undefined;
        const med = resources.find(
          (m) =>
            m.resourceType === "Medication" && typeof ref === "string" && ref.endsWith(`Medication/${m.id}`),
        );
        if (med) included.push(med);
      }
    } else {
      throw new Error(`fhir-search: unsupported search parameter ${name}=${value}`);
    }
  }
  return {
    resourceType: "Bundle",
    type: "searchset",
    entry: [...found, ...included].map((resource) => ({
      fullUrl: `https://ehr.example.org/fhir/${resource.resourceType}/${resource.id ?? "x"}`,
      resource,
    })),
  } as Bundle;
}

/** The prefetch object a FHIR server would build for these templates and this patient. */
export function answerPrefetch(
  templates: Record<string, string>,
  resources: Resource[],
  patientId: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, template] of Object.entries(templates)) {
    const filled = template.replaceAll("{{context.patientId}}", patientId);
    const [path, query] = filled.split("?", 2) as [string, string | undefined];
    if (query === undefined) {
      const [type, id] = path.split("/");
      out[key] = resources.find((r) => r.resourceType === type && r.id === id) ?? null;
    } else {
      out[key] = search(resources, path, query, patientId);
    }
  }
  return out;
}
