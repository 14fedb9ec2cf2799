/** Patient texts over REST: Accept-Language picks English or Spanish (q-values honoured, English by
 * default), Content-Language says which was sent; handout or full summary, Markdown or text. */
import { describe, expect, it } from "vitest";
import { assess } from "../../engine/assess.js";
import { renderHandout } from "../../render/handout.js";
import { ES } from "../../render/words/es.js";
import { availableBackends } from "../../store/testing/backends.js";
import { useTestApp } from "../testing/app-fixture.js";
import { sampleRecord } from "../testing/fixtures.js";

const TODAY = "2026-03-15";

describe.each(availableBackends())("patient texts on $name", (backend) => {
  const t = useTestApp(backend, () => ({ today: () => TODAY }));

  const post = (headers: Record<string, string>, query = "") =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/assessments/patient-text${query}`,
      payload: sampleRecord(),
      headers,
    });

  it("no Accept-Language: the English handout, as Markdown, with Content-Language en", async () => {
    const res = await post({});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-language"]).toBe("en");
    expect(res.headers["content-type"]).toMatch(/^text\/markdown/);
    expect(res.headers.vary).toMatch(/Accept-Language/i);
    expect(res.body).toBe(renderHandout(assess(sampleRecord(), { defaultAsOf: TODAY }), "markdown"));
  });

  it("Accept-Language es-MX: the Spanish handout, exactly as the library writes it", async () => {
    const res = await post({ "accept-language": "es-MX,es;q=0.9" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-language"]).toBe("es");
    expect(res.body).toBe(renderHandout(assess(sampleRecord(), { defaultAsOf: TODAY }), "markdown", ES));
  });

  it("q-values decide: English preferred over Spanish gives English; an unknown language falls back", async () => {
    expect((await post({ "accept-language": "es;q=0.3, en;q=0.9" })).headers["content-language"]).toBe("en");
    expect((await post({ "accept-language": "en;q=0.1, es;q=0.9" })).headers["content-language"]).toBe("es");
    expect((await post({ "accept-language": "fr" })).headers["content-language"]).toBe("en");
  });

  it("detail=full&format=text: the full summary in Spanish, as plain text", async () => {
    const res = await post({ "accept-language": "es" }, "?detail=full&format=text");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    expect(res.body).toContain("Preguntas para su equipo médico");
  });

  it("a bad detail is refused, naming the field", async () => {
    const res = await post({}, "?detail=long");
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/detail/);
  });

  it("GET /patients/{id}/patient-text: a stored patient's handout in Spanish; unknown id is 404", async () => {
    const created = await t.app.inject({ method: "POST", url: "/api/v1/patients", payload: sampleRecord() });
    const { id } = JSON.parse(created.body) as { id: string };
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/patients/${id}/patient-text`,
      headers: { "accept-language": "es" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-language"]).toBe("es");
    expect(res.body).toContain(ES.title);
    const missing = await t.app.inject({ method: "GET", url: "/api/v1/patients/nope/patient-text" });
    expect(missing.statusCode).toBe(404);
  });
});
