import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { groupCriteria } from "./criteria-groups.js";

const dir = "examples/diagnosis";
const records = readdirSync(dir)
  .filter((f) => f.endsWith(".json") && f !== "expected.json")
  .map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, "utf8"))] as const);

describe("criteria groups", () => {
  it.each(records)(
    "%s: every criterion lands in exactly one group, and the chosen category's rule leads",
    (_f, r) => {
      const d = assess(r).diagnosis;
      const g = groupCriteria(d);
      const all = [...g.own, ...g.events, ...g.otherCategories, ...g.rest, ...g.otherParts].map((c) => c.id);
      expect(all.sort()).toEqual(d.criteria.map((c) => c.id).sort());
      const cat = d.likely ?? d.category;
      if (cat !== "indeterminate") expect(g.own.length).toBeGreaterThan(0);
      expect(
        g.own.every((c) => !c.id.startsWith("imwg2014.crab.") && !c.id.startsWith("imwg2014.slim.")),
      ).toBe(true);
    },
  );
});
