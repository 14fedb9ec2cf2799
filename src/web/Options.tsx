/** Options to discuss as one-line rows (title, strength, regulatory status, verified) that expand to
 * why, cautions and sources. A caution several options share (a drug-class caution) is said once,
 * with the options it applies to. */
import type { ReactNode } from "react";
import type { AssessmentOption } from "../core.js";
import { holdingBack } from "../render/held-back.js";
import { heldBackLabel, KIND_LABEL, KIND_ORDER, REGULATORY_LABEL, STRENGTH_LABEL } from "./labels.js";
import { whySentence } from "./why.js";

/** Cautions that appear on two or more options, each with the titles of the options it applies to. */
export function sharedCautions(options: AssessmentOption[]): { text: string; options: string[] }[] {
  const by = new Map<string, string[]>();
  for (const o of options) for (const c of new Set(o.cautions)) by.set(c, [...(by.get(c) ?? []), o.title]);
  return [...by.entries()].filter(([, os]) => os.length > 1).map(([text, os]) => ({ text, options: os }));
}

/** What held the option back to "consider" or "trial" for this patient, from its safety findings' rule ids
 * (`<entry>.adjust.<what>`, "frail-or-over-80" read as "frail or over 80"): shown on the row, not only in the
 * expanded cautions (review c64-M2: a frail 82-year-old's D-VRd read as a plain "consider"; the handout marked it). */
export function heldBackBy(o: AssessmentOption): string[] {
  const why = holdingBack(o).map((id) =>
    heldBackLabel(id.slice(id.lastIndexOf(".adjust.") + ".adjust.".length)),
  );
  return [...new Set(why)];
}

/** Re-check c65-m4: a status whose label this patient does not meet says so (BVd at a first relapse in the US). */
const OUTSIDE_LABEL = "; outside its label for this patient";
const short = (s: AssessmentOption["regulatory"]["us"]) =>
  s
    ? `${REGULATORY_LABEL[s.status] ?? s.status}${s.outsideLabel ? " (not this patient)" : ""}`
    : "not recorded";

function Regulatory({ o }: { o: AssessmentOption }) {
  const part = (name: string, s: AssessmentOption["regulatory"]["us"]) =>
    s ? (
      <span>
        {name}: {REGULATORY_LABEL[s.status] ?? s.status}
        {s.date ? ` (${s.date})` : ""}
        {s.note ? `, ${s.note}` : ""}
        {s.outsideLabel ? OUTSIDE_LABEL : ""}
      </span>
    ) : (
      <span>{name}: not recorded</span>
    );
  return (
    <p className="regulatory">
      {part("US", o.regulatory.us)} · {part("EU", o.regulatory.eu)}
    </p>
  );
}

function OptionRow({
  o,
  shared,
  cite,
}: {
  o: AssessmentOption;
  shared: Set<string>;
  cite: (ids: readonly string[]) => ReactNode;
}) {
  const own = o.cautions.filter((c) => !shared.has(c));
  const sharedHere = o.cautions.length - own.length;
  const held = heldBackBy(o);
  return (
    <details className="option" data-testid="option" data-option-id={o.id}>
      <summary>
        <span className="opt-title">{o.title}</span>
        <span className="opt-meta">
          <span className={`badge badge-strength strength-${o.strength}`}>
            {STRENGTH_LABEL[o.strength] ?? o.strength}
          </span>
          <span className="reg" title="Regulatory status, US and EU">
            US {short(o.regulatory.us)} · EU {short(o.regulatory.eu)}
          </span>
          {o.verified ? (
            <span className="badge badge-verified">verified</span>
          ) : (
            <span
              className="badge badge-unverified"
              title="Some fact behind this option is marked UNVERIFIED in the reference"
            >
              UNVERIFIED
            </span>
          )}
          {o.provisional && <span className="badge">provisional</span>}
          {held.length > 0 && (
            <span
              className="badge badge-held"
              title="Lowered for this patient by the reference's rules: the reason is among its cautions"
            >
              held back: {held.join("; ")}
            </span>
          )}
        </span>
      </summary>
      <div className="option-body">
        {o.regimen && (
          <p className="regimen">
            <strong>{o.regimen.code}</strong>: {o.regimen.drugs.join(", ")}
          </p>
        )}
        {o.conditional && <p className="conditional">Only if {o.conditional}.</p>}
        {o.clinicianText && <p>{o.clinicianText}</p>}
        {o.because.length > 0 && (
          <>
            <h5>Why</h5>
            <ul>
              {o.because.map((b) => (
                <li key={b}>{whySentence(b)}</li>
              ))}
            </ul>
          </>
        )}
        {(own.length > 0 || sharedHere > 0) && (
          <>
            <h5>Cautions</h5>
            <ul className="cautions">
              {own.map((c) => (
                <li key={c}>{c}</li>
              ))}
              {sharedHere > 0 && (
                <li className="muted">
                  {sharedHere === 1 ? "One caution" : `${sharedHere} cautions`} shared with other options:{" "}
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      const el = document.getElementById("shared-cautions");
                      if (el instanceof HTMLDetailsElement) el.open = true;
                      el?.scrollIntoView({ block: "start" });
                    }}
                  >
                    show the shared cautions
                  </button>
                  .
                </li>
              )}
            </ul>
          </>
        )}
        <Regulatory o={o} />
        <p className="sources">
          Sources:{cite(o.citations)}
          {o.evidenceReviewed ? (
            <span className="reviewed"> · evidence reviewed {o.evidenceReviewed}</span>
          ) : null}
        </p>
      </div>
    </details>
  );
}

/** The heading of the options that answer an alert, shown before the groups by kind (review c85-m6). */
export const ANSWERING_ALERTS_HEADING = "For the alerts raised";

export function Options({
  options,
  cite,
  first,
}: {
  options: AssessmentOption[];
  cite: (ids: readonly string[]) => ReactNode;
  /** Review c85-m6: the ids of the options that answer an alert raised (render/handout-facts.ts
   * optionsAnsweringAlerts: radiotherapy and surgery for a cord compression), shown first in a group of their own, so
   * the kind groups no longer put them 15th; the engine's order is kept within every group. */
  first?: ReadonlySet<string>;
}) {
  if (options.length === 0) return <p>No options listed for this situation.</p>;
  const shared = sharedCautions(options);
  const sharedSet = new Set(shared.map((s) => s.text));
  const kinds = [
    ...KIND_ORDER,
    ...new Set(options.map((o) => o.kind).filter((k) => !KIND_ORDER.includes(k))),
  ];
  const answering = options.filter((o) => first?.has(o.id));
  const groups: { key: string; heading: string; options: AssessmentOption[] }[] = [
    { key: "answering-alerts", heading: ANSWERING_ALERTS_HEADING, options: answering },
    ...kinds.map((kind) => ({
      key: kind,
      heading: KIND_LABEL[kind] ?? kind,
      options: options.filter((o) => o.kind === kind && !answering.includes(o)),
    })),
  ];
  return (
    <>
      {groups.map(({ key, heading, options: group }) => {
        if (group.length === 0) return null;
        return (
          <div key={key} className="option-group">
            <h4>{heading}</h4>
            {group.map((o) => (
              <OptionRow key={o.id} o={o} shared={sharedSet} cite={cite} />
            ))}
          </div>
        );
      })}
      {shared.length > 0 && (
        <details className="shared-cautions" id="shared-cautions">
          <summary>Cautions shared by several options ({shared.length})</summary>
          <ul>
            {shared.map((s) => (
              <li key={s.text}>
                {s.text} <span className="applies">Applies to: {s.options.join(", ")}.</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
