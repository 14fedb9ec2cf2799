/** Review c84 (/work/review84/review.md), cautions by prior therapy, and c83-m3 (/work/review83/review.md):
 * - c84-m1 (r846, r848): a regimen stopped for toxicity read as every drug's, dexamethasone included ("you stopped
 *   dexamethasone before" on almost every option); the regimen offered again whole at "standard", XVd the only standard
 *   one. Now a regimen-level stop names its drugs other than its corticosteroid, and a regimen offered again whole is at
 *   most "consider" with its caution first (the reference gives no rule on re-exposure, treatments.md 5a, 7b).
 * - c84-m2 (r851a, r851b): PVd lacked the bortezomib hold caution (grade 2 with pain or grade 3: hold until grade 1 or
 *   less, treatments.md 7b) that DVd, BVd and XVd carry, being "consider" already; now every bortezomib option has it.
 * - c84-m4 (r852b): uncontrolled hypertension with carfilzomib options: the handout said nothing (treatments.md 7b).
 * - c83-m3 (r846 of review 83): on teclistamab with HBV serology not recorded: not asked and no screening card
 *   (treatments.md 5c: HBV/HCV/HIV screening among the bispecific co-orders). */
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { toFacts } from "../model/facts.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";
import { toxicityStopsOf } from "./options.js";

type A = ReturnType<typeof assess>;
type Rec = ReturnType<typeof readVignette> & Record<string, Record<string, unknown>>;
const option = (a: A, id: string) => a.options.find((o) => o.id === id);
const flat = (s: string) => s.replace(/\s+/g, " ");
const handout = (a: A, w = EN) => flat(renderHandout(a, "text", w));
const vignette = (name: string) => readVignette(name) as Rec;
/** The record with some of its conditions or labs replaced. */
const withSection = (name: string, section: "conditions" | "labs", values: Record<string, unknown>) => {
  const r = vignette(name);
  return { ...r, [section]: { ...r[section], ...values } };
};
/** The fast path, the reference implementation and codes-only agree (strengths included). */
function agree(name: string) {
  const facts = toFacts(readVignette(name));
  const fast = assessFactsWith(facts, {}, {});
  const reference = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
  expect(JSON.stringify(reference)).toBe(JSON.stringify(fast));
  const codes = assessFactsWith(facts, {}, { text: false, codesOnly: true });
  expect(codes.options.map((x) => `${x.id}:${x.strength}`)).toEqual(
    fast.options.map((x) => `${x.id}:${x.strength}`),
  );
}

const DKD_TOX = "review-c84-dkd-stopped-toxicity-relapse";
const XVD_TOX = "review-c84-xvd-stopped-toxicity-then-dpd";
const WHOLE = /^A regimen stopped for toxicity is offered again whole/;

describe("c84-m1: a regimen stopped for toxicity (treatments.md 5a, 7b: no rule on re-exposure)", () => {
  it("r846 (DKd stopped): dexamethasone is named on no option, in no caution and in no handout line (EN, ES)", () => {
    const a = assess(readVignette(DKD_TOX));
    for (const o of a.options) {
      expect(o.stoppedForToxicity ?? [], o.id).not.toContain("dexamethasone");
      expect(o.cautions.join(" "), o.id).not.toMatch(/Dexamethasone was stopped for toxicity/);
    }
    expect(handout(a)).not.toMatch(/stopped dexamethasone/);
    expect(handout(a, ES)).not.toMatch(/dexametasona antes por los efectos/);
  });

  it("r846: DKd offered again whole is 'consider', its caution first; the handout says 'you stopped it'", () => {
    const a = assess(readVignette(DKD_TOX));
    const dkd = option(a, "rr.dkd");
    expect(dkd?.strength).toBe("consider");
    expect(dkd?.stoppedForToxicity).toEqual(["daratumumab", "carfilzomib"]);
    expect(dkd?.cautions[0]).toMatch(WHOLE);
    expect(dkd?.cautions[0]).toContain("The clinical reference gives no rule on re-exposure after toxicity");
    expect(dkd?.cautions[1]).toMatch(/^Daratumumab was stopped for toxicity \(DKd/);
    expect(handout(a)).toContain("(DKd) * – you stopped it before because of side effects");
  });

  // Review c86-m5: DVd is DKd again with bortezomib for carfilzomib (one class): "consider" since 0.2.82.
  it("control r846: DVd gives DKd again with a proteasome inhibitor swapped: 'consider', daratumumab named, no 'whole' caution", () => {
    const a = assess(readVignette(DKD_TOX));
    const dvd = option(a, "rr.dvd");
    expect(dvd?.strength).toBe("consider");
    expect(dvd?.stoppedForToxicity).toEqual(["daratumumab"]);
    expect(dvd?.cautions.some((c) => WHOLE.test(c))).toBe(false);
    expect(handout(a)).toContain("(DVd) * – you stopped daratumumab before because of side effects");
  });

  it("r848 (XVd stopped after 7 weeks, then DPd): XVd is 'consider' with its caution first, no longer the lead", () => {
    const a = assess(readVignette(XVD_TOX));
    const xvd = option(a, "rr.xvd");
    expect(xvd?.strength).toBe("consider");
    expect(xvd?.cautions[0]).toMatch(WHOLE);
    const systemic = a.options.filter((o) => o.kind === "systemic-therapy");
    expect(systemic.filter((o) => o.strength === "standard").map((o) => o.id)).toEqual([]);
    const en = handout(a);
    expect(en.indexOf("(XVd)")).toBeGreaterThan(en.indexOf("CAR-T cell therapy with cilta-cel"));
  });

  it("control r848: DPd stopped for progression, not toxicity: no option names its drugs as stopped", () => {
    const a = assess(readVignette(XVD_TOX));
    for (const o of a.options)
      for (const d of ["daratumumab", "pomalidomide", "dexamethasone"])
        expect(o.stoppedForToxicity ?? [], o.id).not.toContain(d);
    expect(option(a, "rr.epd")?.stoppedForToxicity).toBeUndefined();
  });

  it("controls: an option giving only some of the drugs (D-Rd after D-VRd) or more (VRd after lenalidomide) keeps its strength", () => {
    const dvrd = assess(readVignette("review-c65-dvrd-stopped-toxicity-neuropathy"));
    const drd = option(dvrd, "pathway.no-asct.d-rd-after-d-vrd");
    expect(drd?.strength).toBe("standard");
    expect(drd?.cautions.some((c) => WHOLE.test(c))).toBe(false);
    const len = assess(readVignette("review-c46-w2-smm-lenalidomide-stopped-2024-stable-values"));
    expect(option(len, "ndmm.vrd")?.strength).toBe("standard");
    expect(option(len, "ndmm.vrd")?.stoppedForToxicity).toEqual(["lenalidomide"]);
  });

  it("toxicityStopsOf: DKd names daratumumab and carfilzomib; a corticosteroid-only entry names its steroid", () => {
    const facts = toFacts(readVignette(DKD_TOX));
    expect(toxicityStopsOf(facts.treatmentHistory, facts.asOf).map((x) => x.drug)).toEqual([
      "daratumumab",
      "carfilzomib",
    ]);
    const pulses = toFacts({
      ...readVignette(DKD_TOX),
      treatmentHistory: [
        {
          regimen: "dexamethasone pulses",
          drugs: ["dexamethasone"],
          start: "2020-01-01",
          end: "2020-02-01",
          stopReason: "toxicity",
        },
      ],
    });
    expect(toxicityStopsOf(pulses.treatmentHistory, pulses.asOf).map((x) => x.drug)).toEqual([
      "dexamethasone",
    ]);
  });

  it("the fast path, the reference and codes-only agree", () => {
    agree(DKD_TOX);
    agree(XVD_TOX);
  });
});

const G3 = "review-c84-len-refr-neuropathy-g3";
const G2_PAINFUL = "review-c84-len-refr-neuropathy-g2-painful";
const CANNOT_START = /This regimen cannot start until the neuropathy is grade 1 or less/;

describe("c84-m2: every bortezomib option carries the hold in grade 3 or painful grade 2 neuropathy (treatments.md 7b)", () => {
  for (const name of [G3, G2_PAINFUL])
    it(`${name}: PVd, BVd, DVd and XVd all say it cannot start; the handout lists PVd with them`, () => {
      const a = assess(readVignette(name));
      const withBortezomib = a.options.filter((o) => o.regimen?.drugs.includes("bortezomib"));
      expect(withBortezomib.map((o) => o.id).sort()).toEqual(["rr.bvd", "rr.dvd", "rr.pvd", "rr.xvd"]);
      for (const o of withBortezomib) {
        expect(o.strength, o.id).toBe("consider");
        expect(
          o.cautions.some((c) => CANNOT_START.test(c)),
          o.id,
        ).toBe(true);
      }
      const en = handout(a);
      // Review c90-m6: BVd, outside the US label at a first relapse, is listed after its peers (PVd among them).
      expect(en.indexOf("(PVd)")).toBeGreaterThan(0);
      expect(en.indexOf("(BVd)")).toBeGreaterThan(en.indexOf("(PVd)"));
    });

  it("every knowledge entry giving bortezomib at 'consider' or above holds the hold adjustment", () => {
    const entries = KNOWLEDGE_ENTRIES.filter(
      (e) =>
        e.kind !== "supportive-care" &&
        e.regimen?.drugs.includes("bortezomib") &&
        ["preferred", "standard", "if-eligible", "consider"].includes(e.strength),
    );
    expect(entries.map((e) => e.id)).toContain("rr.pvd");
    for (const e of entries)
      expect(
        (e.adjust ?? []).some((x) => x.id === "neuropathy-bortezomib"),
        e.id,
      ).toBe(true);
  });

  it("control: grade 1 without pain: DVd standard, no hold, no caution; PVd without it", () => {
    const a = assess(withSection(G3, "conditions", { neuropathyGrade: 1, neuropathyPainful: false }));
    expect(option(a, "rr.dvd")?.strength).toBe("standard");
    for (const id of ["rr.dvd", "rr.pvd"])
      expect(
        option(a, id)?.cautions.some((c) => CANNOT_START.test(c)),
        id,
      ).toBe(false);
  });

  it("the fast path, the reference and codes-only agree", () => {
    agree(G3);
  });
});

const HTN = "review-c84-len-refr-uncontrolled-htn";

describe("c84-m4: uncontrolled hypertension with carfilzomib options: the handout says it (treatments.md 7b)", () => {
  it("DKd and Isa-Kd are marked in EN and ES; their strength stays (no threshold in the reference)", () => {
    const a = assess(readVignette(HTN));
    const en = handout(a);
    const es = handout(a, ES);
    for (const code of ["DKd", "Isa-Kd"]) {
      expect(en).toContain(
        `(${code}) * – can raise your blood pressure, which is not under control now: your team will check it first`,
      );
      expect(es).toContain(
        `(${code}) * – puede subirle la presión arterial, que ahora no tiene controlada: su equipo la revisará antes`,
      );
    }
    expect(option(a, "rr.dkd")?.strength).toBe("standard");
    // Options without carfilzomib are not marked.
    expect(en).not.toMatch(/\(DPd\) \*[^-]*blood pressure/);
  });

  it("control: controlled hypertension: no mark", () => {
    const a = assess(withSection(HTN, "conditions", { hypertension: "controlled" }));
    expect(handout(a)).not.toMatch(/blood pressure, which is not under control/);
    expect(handout(a, ES)).not.toMatch(/presión arterial, que ahora no tiene controlada/);
  });
});

const TEC = "review-c83-teclistamab-hbv-unknown";

describe("c83-m3: on a bispecific with HBV serology not recorded (treatments.md 5c: HBV/HCV/HIV screening)", () => {
  it("asks both HBV results, lists the screening card and warns", () => {
    const a = assess(readVignette(TEC));
    expect(a.options.map((o) => o.id)).toContain("sc.infection.hbv-screening");
    const fields = a.missingData.map((m) => m.field);
    expect(fields).toEqual(
      expect.arrayContaining(["labs.hepatitisBSurfaceAntigen", "labs.hepatitisBCoreAntibody"]),
    );
    expect(a.alerts.map((x) => x.id)).toContain("bispecific.hbv-serology-unknown");
  });

  it("control: serology recorded negative: no card, no question, no warning", () => {
    const a = assess(
      withSection(TEC, "labs", { hepatitisBSurfaceAntigen: "negative", hepatitisBCoreAntibody: "negative" }),
    );
    expect(a.options.map((o) => o.id)).not.toContain("sc.infection.hbv-screening");
    expect(a.missingData.map((m) => m.field)).not.toContain("labs.hepatitisBSurfaceAntigen");
    expect(a.alerts.map((x) => x.id)).not.toContain("bispecific.hbv-serology-unknown");
  });

  it("control: the anti-CD38 rule is unchanged (D-VRd week 1, HBV unknown)", () => {
    const a = assess(readVignette("safety-dvrd-week-1-hbv-status-unknown"));
    const ids = a.alerts.map((x) => x.id);
    expect(ids).toContain("anti-cd38.hbv-serology-unknown");
    expect(ids).not.toContain("bispecific.hbv-serology-unknown");
    expect(a.options.map((o) => o.id)).toContain("sc.infection.hbv-screening");
  });

  it("the fast path, the reference and codes-only agree", () => {
    agree(TEC);
  });
});
