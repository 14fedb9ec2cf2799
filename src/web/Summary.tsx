/** The summary card that opens a result: the disease state and how sure it is, stage and risk as
 * chips, critical alerts, the phase of treatment and the next step. */
import type { ReactNode } from "react";
import type { Assessment } from "../core.js";
import type { TreatmentPhase } from "../engine/assessment.js";
import { lineChangeWords, optionTitle } from "../render/clinician.js";
import { FRAIL_FROM_AGE_ALONE, frailFromAgeAlone } from "../render/frailty-words.js";
import { currentLineOption } from "../render/handout-facts.js";
import { issBasisWords } from "../render/iss-basis-words.js";
import { isDueNow } from "../render/monitoring-status.js";
import { fieldLabel } from "./fields.js";
import { categoryLabel } from "./labels.js";

const ROMAN = ["", "I", "II", "III", "IV"];
export const roman = (n: number) => ROMAN[n] ?? String(n);

/** The likely category, shown only when some finding supports it: with nothing known (an empty
 * form) no category is suggested, on any view. */
export function shownLikely(a: Assessment): Assessment["diagnosis"]["likely"] {
  const d = a.diagnosis;
  return d.likely && d.criteria.some((c) => c.met === true) ? d.likely : null;
}

/** The assessment as a view shows it: `likely` cleared when nothing supports it (see shownLikely). */
export function forDisplay(a: Assessment): Assessment {
  const likely = shownLikely(a);
  return likely === a.diagnosis.likely ? a : { ...a, diagnosis: { ...a.diagnosis, likely } };
}

export const PHASE_LABEL: Record<TreatmentPhase, string> = {
  untreated: "Untreated",
  induction: "On induction",
  transplant: "Around transplant",
  "post-transplant": "After transplant",
  maintenance: "On maintenance",
  "line-finished": "Line finished, no progression",
  relapsed: "Relapsed or progressed",
  refractory: "Refractory",
  "smoldering-therapy": "On therapy for smoldering myeloma",
  radiotherapy: "On definitive radiotherapy",
};

type Chip = { text: string; tone?: "high" | "ok" | "critical" | undefined; title?: string | undefined };

function chipsOf(a: Assessment): Chip[] {
  const cat = a.diagnosis.category === "indeterminate" ? shownLikely(a) : a.diagnosis.category;
  const chips: Chip[] = [];
  const { iss, riss, r2iss } = a.staging;
  const { smmMayo2018, smmImwg2020, cytogenetic, alMayo2004, alMayo2012 } = a.risk;
  if (cat === "multiple-myeloma") {
    // The stages are defined at diagnosis: in a treated record the chip says what they rest on.
    const when =
      iss.basis?.from === "on-treatment"
        ? " (no values dated at diagnosis)"
        : iss.basis?.from === "before-treatment"
          ? " at diagnosis"
          : "";
    const title = issBasisWords(iss.basis).replace(/^ – /, "") || undefined;
    if (riss.stage)
      chips.push({
        text: `R-ISS ${roman(riss.stage)}${when}`,
        tone: riss.stage === 3 ? "high" : undefined,
        title,
      });
    else if (iss.stage)
      chips.push({
        text: `ISS ${roman(iss.stage)}${when}`,
        tone: iss.stage === 3 ? "high" : undefined,
        title,
      });
    if (r2iss.stage) chips.push({ text: `R2-ISS ${roman(r2iss.stage)}${when}`, title });
  }
  if (cat === "smoldering-myeloma") {
    if (smmMayo2018.group)
      chips.push({
        text: `Mayo 2018: ${smmMayo2018.group} risk`,
        tone: smmMayo2018.group === "high" ? "high" : undefined,
      });
    if (smmImwg2020.group) chips.push({ text: `IMWG 2020: ${smmImwg2020.group}` });
  }
  // IMS/IMWG 2025 defines high-risk myeloma; in smouldering myeloma the FISH item of the IMWG 2020 score (its chip)
  // is the cytogenetic risk (review c64 web check: "Cytogenetics not high risk" beside a t(4;14) the SMM score counts).
  if (cat === "multiple-myeloma") {
    // Not high risk by IMS/IMWG 2025 while IMWG 2016 reads high risk (t(4;14) alone): both said, as the clinician
    // text says them.
    const older =
      cytogenetic.highRisk !== true && cytogenetic.imwg2016?.highRisk === true
        ? `; high risk by IMWG 2016 (${cytogenetic.imwg2016.findings.join(", ")})`
        : "";
    // IMS/IMWG 2025 high risk by beta2-microglobulin alone (criterion 4) is no gene change, and genes known
    // not high risk are not "unknown" when only criterion 4 is (as the clinician text says them).
    if (cytogenetic.highRisk === true && cytogenetic.geneticHighRisk !== true)
      chips.push({
        text: "High risk by beta2-microglobulin (IMS/IMWG 2025)",
        tone: "high",
        title: cytogenetic.findings.join("; "),
      });
    else if (cytogenetic.highRisk !== null)
      chips.push({
        text: cytogenetic.highRisk
          ? "High-risk cytogenetics"
          : older
            ? `Not high risk by IMS/IMWG 2025${older}`
            : "Standard-risk cytogenetics",
        tone: cytogenetic.highRisk ? "high" : "ok",
        title: cytogenetic.findings.join("; "),
      });
    else if (cytogenetic.geneticHighRisk === false)
      chips.push({
        text: `Cytogenetics not high risk; IMS/IMWG 2025 risk unknown${older}`,
        title: cytogenetic.missing.map((m) => `${m.field}: ${m.neededFor}`).join("; "),
      });
    else chips.push({ text: "Cytogenetic risk unknown" });
  }
  if (cat === "al-amyloidosis") {
    if (alMayo2012.stage) chips.push({ text: `AL Mayo 2012 stage ${roman(alMayo2012.stage)}` });
    if (alMayo2004.stage) chips.push({ text: `Cardiac stage ${alMayo2004.stage}` });
  }
  if (a.response.current)
    chips.push({ text: `Response ${a.response.current}${a.response.confirmed ? "" : " (unconfirmed)"}` });
  if (a.response.progression) chips.push({ text: "Progression", tone: "critical" });
  const l = a.linesOfTherapy;
  if (l.count > 0) chips.push({ text: `${l.count} line${l.count === 1 ? "" : "s"} of therapy` });
  if (l.pentaRefractory) chips.push({ text: "Penta-refractory", tone: "high" });
  else if (l.tripleClassRefractory) chips.push({ text: "Triple-class refractory", tone: "high" });
  const frailty = a.fitness.imwgFrailty;
  // Frail from the age item alone (cut-points UNVERIFIED; criteria-and-scores 8.1, 8.3): said on the chip.
  if (frailty.group)
    chips.push(
      frailFromAgeAlone(frailty)
        ? { text: `Frailty: ${frailty.group} (age alone)`, title: `IMWG frailty: ${FRAIL_FROM_AGE_ALONE}` }
        : { text: `Frailty: ${frailty.group}` },
    );
  // Review c73-M2: not computable in myeloma is said, as the clinician summary says it (a missing item is not read as
  // normal, criteria-and-scores 8.1).
  else if (cat === "multiple-myeloma")
    chips.push({
      text: "IMWG frailty not determined",
      title: frailty.missing.map((m) => `${m.field}: ${m.neededFor}`).join("; "),
    });
  return chips;
}

function certainty(a: Assessment): string {
  const d = a.diagnosis;
  const likely = shownLikely(a);
  // A treated record keeps its category; today's values, changed by treatment, do not re-decide it (the
  // clinician text says "previously treated" and lists the criteria as today's values, not as met; the
  // diagnosis panel says why). Kept short: a line much longer than the headline reads as its body (axe
  // p-as-heading).
  if (d.category !== "indeterminate" && d.treated) return "Previously treated: category kept.";
  if (d.category !== "indeterminate")
    return d.couldChangeWith.length > 0
      ? "Meets the IMWG 2014 criteria on what is known; further tests could change it."
      : "Meets the IMWG 2014 criteria.";
  if (likely) return `Not settled yet. Most likely ${categoryLabel(likely)} on what is known (provisional).`;
  return "Not enough is known to name a category.";
}

/** A step to show; one of the plan ahead carries its sources and whether the reference checks it. */
type Step = { label: string; text: string; citations?: readonly string[]; verified?: boolean };

/** What to do next: the test that would decide (when the category is open), what is overdue, and
 * otherwise the next planned step or the next test due. */
export function nextSteps(a: Assessment): Step[] {
  const d = a.diagnosis;
  const steps: Step[] = [];
  if (d.category === "indeterminate" && d.couldChangeWith.length > 0)
    steps.push({
      label: "Test that would decide",
      text:
        d.couldChangeWith[0] +
        (d.couldChangeWith.length > 1 ? ` (and ${d.couldChangeWith.length - 1} more)` : ""),
    });
  const overdue = a.monitoring.items.filter((i) => i.overdue);
  if (overdue.length > 0)
    steps.push({ label: "Overdue", text: overdue.map((i) => `${i.test} (due ${i.due})`).join("; ") });
  // Review c60-M4: due from the shorter end of the interval range, not yet overdue.
  const dueNow = a.monitoring.items.filter(isDueNow);
  if (dueNow.length > 0)
    steps.push({
      label: "Due now",
      text: dueNow.map((i) => `${i.test} (due ${i.due}, overdue after ${i.overdueAfter})`).join("; "),
    });
  // Review c80-m4: a dose change the alerts give the line being given (a bispecific held for neutrophils below 0.5) is
  // said at the top, as the clinician summary's headline says it (render/clinician.ts lineChangeWords).
  const current = currentLineOption(a);
  const change = current ? lineChangeWords(a, current) : null;
  const changeStep: Step[] = current && change ? [{ label: "Now", text: optionTitle(a, current) }] : [];
  if (steps.length > 0) return [...steps, ...changeStep];
  const planned = a.plan?.find((p) => p.status === "next") ?? a.plan?.find((p) => p.status === "current");
  if (planned) {
    const now = planned.status === "current";
    return [
      {
        label: now ? "Now" : "Next step",
        text: `${planned.title} (${PHASE_LABEL[planned.phase] ?? planned.phase})${now && change ? `, ${change}` : ""}`,
        // Absent in Assessments made before plan steps carried them.
        citations: planned.citations ?? [],
        ...(planned.verified === false ? { verified: false } : {}),
      },
      ...(now ? [] : changeStep),
    ];
  }
  const due = [...a.monitoring.items].sort((x, y) => (x.due < y.due ? -1 : x.due > y.due ? 1 : 0))[0];
  if (due) return [{ label: "Next due", text: `${due.test} on ${due.due}` }];
  if (d.couldChangeWith.length > 0)
    return [{ label: "Could change with", text: d.couldChangeWith[0] as string }];
  const m = a.missingData[0];
  return m ? [{ label: "Missing", text: `${fieldLabel(m.field)} (for ${m.neededFor})` }] : [];
}

/** The phase label and the engine's reason (review c13-5). The reason names the regimen and the line
 * itself, so they are said once: "(regimen, line N)" follows the label only when the reason does not name
 * the regimen, and a reason that opens with the label ("On maintenance (R): week 30 of line 1 ...") stands
 * alone. */
function PhaseWords({ p }: { p: NonNullable<Assessment["phase"]> }) {
  const label = PHASE_LABEL[p.code] ?? p.code;
  if (p.reason?.toLowerCase().startsWith(label.toLowerCase())) return <>{p.reason}</>;
  // A reason that does not name the regimen (one stored by an older engine, say) keeps it in brackets.
  const where =
    p.currentRegimen && !p.reason?.includes(p.currentRegimen)
      ? ` (${p.currentRegimen}${p.currentLine ? `, line ${p.currentLine}` : ""})`
      : "";
  if (p.reason)
    return (
      <>
        {`${label}${where}`}
        <span className="muted"> · {p.reason}</span>
      </>
    );
  return <>{`${label}${where}`}</>;
}

export function SummaryCard({
  a,
  cite,
}: {
  a: Assessment;
  /** Renders inline citations (the results page links them to its references). */
  cite?: (ids: readonly string[]) => ReactNode;
}) {
  const d = a.diagnosis;
  const chips = chipsOf(a);
  const critical = a.alerts.filter((x) => x.severity === "critical");
  const steps = nextSteps(a);
  return (
    <section className="summary-card" data-testid="summary-card" aria-label="Summary">
      <p className="eyebrow">As of {a.asOf}</p>
      <p className="headline" data-testid="category" data-category={d.category}>
        <span className="category">{categoryLabel(d.category)}</span>
        {d.subtype ? <span className="subtype">, {d.subtype}</span> : null}
        {d.treated ? <span className="chip">treated</span> : null}
      </p>
      <p className="certainty">{certainty(a)}</p>
      {chips.length > 0 && (
        <ul className="chips" aria-label="Stage and risk">
          {chips.map((c) => (
            <li
              key={c.text}
              className={`chip${c.tone ? ` chip-${c.tone}` : ""}`}
              title={c.title || undefined}
            >
              {c.text}
            </li>
          ))}
        </ul>
      )}
      {critical.length > 0 && (
        <ul className="alerts critical-alerts" aria-label="Critical alerts">
          {critical.map((al) => (
            <li key={al.id} className="alert alert-critical">
              {al.text}
              {!al.verified && <span className="badge badge-unverified">UNVERIFIED</span>}
            </li>
          ))}
        </ul>
      )}
      <dl className="facts">
        {a.phase && (
          <div data-testid="phase">
            <dt>Phase</dt>
            <dd>
              <PhaseWords p={a.phase} />
            </dd>
          </div>
        )}
        {steps.map((step) => (
          <div key={step.label} data-testid="next-step">
            <dt>{step.label}</dt>
            <dd>
              {step.text}
              {step.verified === false && (
                <span
                  className="badge badge-unverified"
                  title="This step rests on a fact the reference marks UNVERIFIED, or on the project's own reading of it"
                >
                  UNVERIFIED
                </span>
              )}
              {step.citations && step.citations.length > 0 && cite?.(step.citations)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
