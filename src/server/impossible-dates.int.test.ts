/** Impossible dates over HTTP (review c8 finding 5): refused with the field named, and a record stored
 * before the check (a progression date before its line's start, a value dated after today) is kept:
 * it is still read back as stored; only its assessment is refused, naming the field to correct. */
import { describe, expect, it } from "vitest";
import { DEFAULT_ORGANISATION } from "../store/migrations.js";
import { availableBackends } from "../store/testing/backends.js";
import { useTestApp } from "./testing/app-fixture.js";

const TODAY = "2026-12-02";

const drd = {
  regimen: "DRd",
  drugs: ["daratumumab", "lenalidomide", "dexamethasone"],
  start: "2025-03-01",
  progressedOn: true,
};
const document = {
  patient: { age: 64, sex: "male" as const },
  labs: {
    serumMProtein: { value: 1.2, unit: "g/dL" },
    heavyChain: "IgG" as const,
    lightChain: "kappa" as const,
  },
};

describe.each(availableBackends())("impossible dates on $name", (backend) => {
  const ctx = useTestApp(backend, () => ({ today: () => TODAY }));

  const issuesOf = (body: string) =>
    (JSON.parse(body).error.issues as { path: string; message: string }[]).map((i) => i.path);

  it("POST /assessments refuses a progression date before start, and a value after asOf (today by default)", async () => {
    const post = (payload: Record<string, unknown>) =>
      ctx.app.inject({ method: "POST", url: "/api/v1/assessments", payload: { ...document, ...payload } });
    const treatmentHistory = [{ ...drd, progressionDate: "2024-06-01" }];
    const series = { serumMProtein: [{ date: "2027-01-01", value: 0.5, unit: "g/dL" }] };
    const both = await post({ asOf: TODAY, treatmentHistory, series });
    expect(both.statusCode).toBe(400);
    expect(JSON.parse(both.body).error.code).toBe("INVALID_RECORD");
    expect(issuesOf(both.body)).toEqual([
      "treatmentHistory.0.progressionDate",
      "series.serumMProtein.0.date",
    ]);
    // Without an asOf the body is checked against today when it is assessed.
    const future = await post({ series });
    expect(future.statusCode).toBe(400);
    expect(issuesOf(future.body)).toEqual(["series.serumMProtein.0.date"]);
    expect(JSON.parse(future.body).error.issues[0].message).toMatch(/after asOf \(2026-12-02\)/);
  });

  it("POST /patients/:id/treatment-history refuses a progression date before start", async () => {
    const created = await ctx.app.inject({ method: "POST", url: "/api/v1/patients", payload: document });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = JSON.parse(created.body) as { id: string };
    const res = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/patients/${id}/treatment-history`,
      payload: { ...drd, progressionDate: "2024-06-01" },
    });
    expect(res.statusCode).toBe(400);
    expect(issuesOf(res.body)).toEqual(["progressionDate"]);
  });

  it("keeps a record stored before the check: read back whole, assessment refused naming the fields", async () => {
    const p = await ctx.db.store.createPatient(DEFAULT_ORGANISATION, {
      document,
      treatments: [{ ...drd, progressionDate: "2024-06-01" }],
      observations: [
        { field: "serumMProtein", date: "2027-01-01", value: 0.5, unit: "g/dL", result: null, source: null },
      ],
    });
    const read = await ctx.app.inject({ method: "GET", url: `/api/v1/patients/${p.id}` });
    expect(read.statusCode, read.body).toBe(200);
    const record = JSON.parse(read.body).record;
    expect(record.treatmentHistory[0].progressionDate).toBe("2024-06-01");
    expect(record.series.serumMProtein[0].date).toBe("2027-01-01");

    const assessed = await ctx.app.inject({ method: "GET", url: `/api/v1/patients/${p.id}/assessment` });
    expect(assessed.statusCode).toBe(400);
    expect(issuesOf(assessed.body)).toEqual([
      "treatmentHistory.0.progressionDate",
      "series.serumMProtein.0.date",
    ]);
  });

  it("assessed for an earlier day, a stored record is read as known then; a date after today is still refused", async () => {
    const p = await ctx.db.store.createPatient(DEFAULT_ORGANISATION, {
      document,
      treatments: [{ ...drd, progressedOn: false }],
      observations: [
        { field: "serumMProtein", date: "2025-02-20", value: 2.8, unit: "g/dL", result: null, source: null },
        { field: "serumMProtein", date: "2026-11-01", value: 0.4, unit: "g/dL", result: null, source: null },
      ],
    });
    const past = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/patients/${p.id}/assessment?asOf=2026-06-01`,
    });
    expect(past.statusCode, past.body).toBe(200);
    const saved = JSON.parse(past.body);
    expect(saved.asOf).toBe("2026-06-01");
    // The input saved with it (for replay) is the record as known that day.
    const withInput = await ctx.db.store.getAssessmentById(Number(saved.id));
    expect(withInput?.input.series?.serumMProtein?.map((o) => o.date)).toEqual(["2025-02-20"]);

    await ctx.db.store.addObservations(DEFAULT_ORGANISATION, p.id, [
      { field: "serumMProtein", date: "2027-01-01", value: 0.5, unit: "g/dL", result: null, source: null },
    ]);
    const typo = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/patients/${p.id}/assessment?asOf=2026-06-01`,
    });
    expect(typo.statusCode).toBe(400);
    expect(issuesOf(typo.body)).toEqual(["series.serumMProtein.1.date"]);
  });
});
