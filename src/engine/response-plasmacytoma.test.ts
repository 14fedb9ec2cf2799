/** Review c8: CR was given with the record silent on plasmacytomas, its basis quoting "disappearance of any
 * soft-tissue plasmacytoma" as if seen (failing on main 5a06f2c). IMWG 2016 CR needs any soft-tissue
 * plasmacytoma gone (criteria-and-scores.md 6.2, kumar-2016-lancet-oncol). None in the record: CR stands,
 * and its basis says what it rests on. One recorded and no later assessment of it: CR pending imaging. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

const record = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));

describe("CR and soft-tissue plasmacytomas (IMWG 2016)", () => {
  it("no plasmacytoma in the record: CR stands, and the basis says none is recorded", () => {
    const a = assess(record("response-mrd-negative-cr"));
    expect(a.response.current).toBe("CR");
    expect(a.response.basis).toContain(
      "Soft-tissue plasmacytoma: none in the record, so none is taken to need to disappear",
    );
  });

  it("recorded as none: CR stands, said so", () => {
    const r = record("response-mrd-negative-cr");
    r.biopsy = { ...(r.biopsy ?? {}), plasmacytoma: { count: 0 } };
    const a = assess(r);
    expect(a.response.current).toBe("CR");
    expect(a.response.basis).toContain("Soft-tissue plasmacytoma: none recorded.");
  });

  it("a soft-tissue plasmacytoma recorded and not reassessed: not CR, the basis says CR is pending imaging", () => {
    const a = assess(record("response-cr-soft-tissue-plasmacytoma-not-reassessed"));
    expect(a.response.current).toBe("VGPR");
    expect(a.response.basis).toContain("CR pending imaging");
    expect(a.missingData.map((m) => m.field)).toContain("biopsy.plasmacytoma");
  });
});
