/** The registry through the HTTP API: every change of a patient's data is assessed and saved at
 * once, so the list filters are right without anyone asking for an assessment; the list names the
 * overdue tests and since when, the record's own id and the record's date; an assessment asked for
 * many times at once is saved once. */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { availableBackends } from "../store/testing/backends.js";
import { useTestApp } from "./testing/app-fixture.js";

const smm = JSON.parse(readFileSync("examples/response/smm-evolving.json", "utf8"));
const mgus = JSON.parse(readFileSync("examples/diagnosis/mgus.json", "utf8"));

describe.each(availableBackends())("registry on $name", (backend) => {
  const t = useTestApp(backend, () => ({ today: () => "2026-12-01" }));

  const api = (method: string, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: method as "GET",
      url: `/api/v1${url}`,
      headers,
      ...(payload ? { payload: payload as object } : {}),
    });
  const listed = async (query: string) =>
    (await api("GET", `/patients${query}`)).json().items as {
      id: string;
      recordId: string | null;
      latestAssessment: {
        id: number;
        asOf: string;
        recordDate: string | null;
        summary: { category: string; overdue: boolean | null; overdueTests: unknown };
      } | null;
    }[];

  it("lists a new patient under its category and overdue tests at once, with its record id and date", async () => {
    const created = await api("POST", "/patients", smm);
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const item = (await listed("?category=smoldering-myeloma&overdue=true")).find((i) => i.id === id);
    expect(item?.recordId).toBe(smm.id);
    expect(item?.latestAssessment?.recordDate).toBe("2026-02-01");
    expect(item?.latestAssessment?.asOf).toBe("2026-12-01");
    expect(item?.latestAssessment?.summary.overdueTests).toEqual([
      { test: "serum protein electrophoresis", due: "2026-04-10", lastDone: "2025-12-10" },
      { test: "free light chains", due: "2026-04-10", lastDone: "2025-12-10" },
    ]);
    // Asking for the assessment now gives the one already saved (same input and versions).
    const asked = await api("GET", `/patients/${id}/assessment`);
    expect(asked.json().id).toBe(item?.latestAssessment?.id);
  });

  it("reassesses after a PUT, an observation and a treatment entry, so filters follow the data", async () => {
    const { id: _drop, ...doc } = mgus;
    const created = await api("POST", "/patients", doc);
    const id = created.json().id;
    const first = (await listed("?category=mgus")).find((i) => i.id === id)?.latestAssessment;
    expect(first).toBeTruthy();

    const put = await api(
      "PUT",
      `/patients/${id}`,
      { ...doc, marrow: { clonalPlasmaCellPercent: 15 } },
      { "if-match": '"1"' },
    );
    expect(put.statusCode, put.body).toBe(200);
    expect((await listed("?category=mgus")).some((i) => i.id === id)).toBe(false);
    const afterPut = (await listed("?category=smoldering-myeloma")).find(
      (i) => i.id === id,
    )?.latestAssessment;
    expect(afterPut?.id).toBeGreaterThan(first?.id ?? 0);

    const obs = await api("POST", `/patients/${id}/observations`, {
      field: "calcium",
      date: "2026-11-20",
      value: 9.4,
      unit: "mg/dL",
    });
    expect(obs.statusCode).toBe(201);
    const afterObs = (await listed("")).find((i) => i.id === id)?.latestAssessment;
    expect(afterObs?.id).toBeGreaterThan(afterPut?.id ?? 0);
    expect(afterObs?.recordDate).toBe(doc.asOf ?? "2026-11-20");

    const tx = await api("POST", `/patients/${id}/treatment-history`, {
      regimen: "Rd",
      drugs: ["lenalidomide", "dexamethasone"],
      start: "2026-11-25",
    });
    expect(tx.statusCode).toBe(201);
    const afterTx = (await listed("")).find((i) => i.id === id)?.latestAssessment;
    expect(afterTx?.id).toBeGreaterThan(afterObs?.id ?? 0);
  });

  it("saves one assessment for 40 concurrent identical GETs", async () => {
    const id = (await api("POST", "/patients", { ...smm, id: "concurrent-1" })).json().id;
    const results = await Promise.all(
      Array.from({ length: 40 }, () => api("GET", `/patients/${id}/assessment?asOf=2026-11-30`)),
    );
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1);
    const saved = (await api("GET", `/patients/${id}/assessments?limit=100`)).json().items;
    expect(saved.filter((a: { asOf: string }) => a.asOf === "2026-11-30")).toHaveLength(1);
  });
});
