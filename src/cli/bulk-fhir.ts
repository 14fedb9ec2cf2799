/** Reads a FHIR Bulk Data export folder (one NDJSON file per resource type, e.g. Patient.ndjson,
 * Observation.ndjson or Observation.1.ndjson) and yields one collection Bundle per patient, without
 * holding the whole export in memory: resources are first spread over partition files by patient,
 * then each partition (a bounded share of the export) is grouped on its own. */
import { once } from "node:events";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

/** A partition holds about this many bytes of NDJSON, so memory stays bounded whatever the export size. */
const PARTITION_BYTES = 32 * 1024 * 1024;

export interface BulkExport {
  files: string[];
  bytes: number;
}

/** The NDJSON files of a Bulk Data export folder, or null when the folder holds none. */
export async function findBulkExport(dir: string): Promise<BulkExport | null> {
  const names = (await readdir(dir)).filter((n) => /^[A-Z][A-Za-z]+(\.[\w-]+)?\.ndjson$/.test(n)).sort();
  if (names.length === 0) return null;
  const files = names.map((n) => join(dir, n));
  let bytes = 0;
  for (const f of files) bytes += (await stat(f)).size;
  return { files, bytes };
}

/** FHIR R4 id: 1-64 of A-Z, a-z, 0-9, "-" and ".". */
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;

/** The id of the patient a resource line belongs to, read without parsing more than needed. */
export function patientOf(resource: unknown): string | null {
  if (!resource || typeof resource !== "object") return null;
  const r = resource as Record<string, unknown>;
  if (r.resourceType === "Patient") return typeof r.id === "string" && FHIR_ID.test(r.id) ? r.id : null;
  for (const key of ["subject", "patient", "beneficiary"]) {
    const ref = r[key];
    if (ref && typeof ref === "object") {
      const s = (ref as { reference?: unknown }).reference;
      if (typeof s === "string") {
        const m = /(?:^|\/)Patient\/([A-Za-z0-9.-]{1,64})$/.exec(s);
        if (m) return m[1]!;
      }
    }
  }
  return null;
}

/** FNV-1a: a stable spread of patient ids over partitions. */
function partitionOf(id: string, partitions: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % partitions;
}

export interface BulkStats {
  resources: number;
  /** Lines that were not JSON or name no patient: not used, counted. */
  skipped: number;
  patients: number;
}

async function* lines(file: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) if (line.trim()) yield line;
}

/** Bundles as NDJSON lines (one patient each), in the order of the patients' first partition pass. */
export async function* bulkExportBundles(
  exp: BulkExport,
  stats: BulkStats = { resources: 0, skipped: 0, patients: 0 },
  partitionBytes = PARTITION_BYTES,
): AsyncGenerator<string> {
  const partitions = Math.max(1, Math.ceil(exp.bytes / partitionBytes));
  const groups = (entries: Iterable<[string, string]>) => {
    const byPatient = new Map<string, string[]>();
    for (const [pid, line] of entries) {
      const list = byPatient.get(pid);
      if (list) list.push(line);
      else byPatient.set(pid, [line]);
    }
    return byPatient;
  };
  const bundle = (resources: string[]) =>
    `{"resourceType":"Bundle","type":"collection","entry":[${resources.map((r) => `{"resource":${r}}`).join(",")}]}`;

  async function* keyed(): AsyncGenerator<[string, string]> {
    for (const file of exp.files) {
      for await (const line of lines(file)) {
        let pid: string | null = null;
        try {
          pid = patientOf(JSON.parse(line));
        } catch {
          pid = null;
        }
        if (pid === null) {
          stats.skipped++;
          continue;
        }
        stats.resources++;
        yield [pid, line];
      }
    }
  }

  if (partitions === 1) {
    const all: [string, string][] = [];
    for await (const e of keyed()) all.push(e);
    for (const resources of groups(all).values()) {
      stats.patients++;
      yield bundle(resources);
    }
    return;
  }

  const dir = await mkdtemp(join(tmpdir(), "mmnav-bulk-"));
  try {
    const outs: WriteStream[] = Array.from({ length: partitions }, (_, i) =>
      createWriteStream(join(dir, `p${i}.ndjson`)),
    );
    for await (const [pid, line] of keyed()) {
      const out = outs[partitionOf(pid, partitions)]!;
      // The patient id travels with the line so the partition need not be parsed again.
      if (!out.write(`${pid}\t${line}\n`)) await once(out, "drain");
    }
    await Promise.all(
      outs.map((o) => {
        o.end();
        return once(o, "finish");
      }),
    );
    for (let i = 0; i < partitions; i++) {
      const entries: [string, string][] = [];
      for await (const l of lines(join(dir, `p${i}.ndjson`))) {
        const tab = l.indexOf("\t");
        entries.push([l.slice(0, tab), l.slice(tab + 1)]);
      }
      for (const resources of groups(entries).values()) {
        stats.patients++;
        yield bundle(resources);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
