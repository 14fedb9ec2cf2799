/** Grouping a FHIR Bulk Data export by patient: the partitioned path (large exports) gives the same
 * bundles as the in-memory path, and lines without a patient are counted, never guessed. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type BulkStats, bulkExportBundles, findBulkExport, patientOf } from "./bulk-fhir.js";

async function collect(it: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("FHIR Bulk Data grouping", () => {
  it("spreads a large export over partition files and groups each patient's resources whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mmnav-bulk-"));
    const patients = Array.from({ length: 40 }, (_, i) => `pt-${i}`);
    writeFileSync(
      join(dir, "Patient.ndjson"),
      patients.map((id) => JSON.stringify({ resourceType: "Patient", id })).join("\n"),
    );
    const obs = patients.flatMap((id, i) =>
      Array.from({ length: (i % 3) + 1 }, (_, k) =>
        JSON.stringify({
          resourceType: "Observation",
          id: `o-${i}-${k}`,
          subject: { reference: `Patient/${id}` },
        }),
      ),
    );
    writeFileSync(
      join(dir, "Observation.000.ndjson"),
      [...obs, "not json", JSON.stringify({ resourceType: "Observation", id: "orphan" })].join("\n"),
    );
    const exp = await findBulkExport(dir);
    expect(exp?.files).toHaveLength(2);

    const group = async (partitionBytes: number) => {
      const stats: BulkStats = { resources: 0, skipped: 0, patients: 0 };
      const bundles = (await collect(bulkExportBundles(exp!, stats, partitionBytes))).map((b) =>
        JSON.parse(b),
      );
      const byPatient = new Map<string, string[]>();
      for (const b of bundles) {
        const ids = b.entry.map((e: { resource: { id: string } }) => e.resource.id).sort();
        const pid = b.entry.find(
          (e: { resource: { resourceType: string } }) => e.resource.resourceType === "Patient",
        ).resource.id;
        byPatient.set(pid, ids);
      }
      return { stats, byPatient };
    };
    const whole = await group(1 << 30);
    const parts = await group(200); // dozens of partitions
    expect(whole.stats).toEqual({ resources: 40 + obs.length, skipped: 2, patients: 40 });
    expect(parts.stats).toEqual(whole.stats);
    expect(new Map([...parts.byPatient].sort())).toEqual(new Map([...whole.byPatient].sort()));
    expect(whole.byPatient.get("pt-2")).toEqual(["o-2-0", "o-2-1", "o-2-2", "pt-2"]);
  });

  it("reads the patient from subject or patient references and refuses ids FHIR does not allow", () => {
    expect(patientOf({ resourceType: "Condition", subject: { reference: "Patient/abc.1" } })).toBe("abc.1");
    expect(
      patientOf({
        resourceType: "MedicationStatement",
        patient: { reference: "https://x.org/fhir/Patient/p-9" },
      }),
    ).toBe("p-9");
    expect(patientOf({ resourceType: "Observation", subject: { reference: "Group/g1" } })).toBeNull();
    expect(patientOf({ resourceType: "Patient", id: "bad\tid" })).toBeNull();
    expect(patientOf({ resourceType: "Observation", subject: { reference: "Patient/a\nb" } })).toBeNull();
  });
});
