/** The patient handout on screen and on paper: one page built by render/handout.ts (what this means,
 * what happens next, options named by what they are, questions to ask, the notice once), with the full
 * plain-language summary one click away ("Show full details"). Printing shows the handout alone
 * (handout.css). The toggle is a native <details>, so it works without script and in static HTML. */
import { useMemo } from "react";
import type { Assessment } from "../core.js";
import { buildHandout, type HandoutPart } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import type { HandoutWords } from "../render/words/types.js";
import { Markdown } from "./markdown.js";
import "./handout.css";

function Part({ part }: { part: HandoutPart }) {
  if (part.kind === "p") return <p>{part.text}</p>;
  const items = part.items.map((t) => <li key={t}>{t}</li>);
  return part.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

export function Handout({ assessment, words = EN }: { assessment: Assessment; words?: HandoutWords }) {
  const doc = useMemo(() => buildHandout(assessment, words), [assessment, words]);
  const full = useMemo(() => renderPatientSummary(assessment, "markdown"), [assessment]);
  return (
    <article className="handout" aria-labelledby="handout-title" data-testid="handout">
      <div className="handout-page" data-testid="handout-page">
        <h2 id="handout-title">{doc.title}</h2>
        <p className="handout-notice" role="note">
          <strong>{doc.notice}</strong>
        </p>
        {doc.sections.map((sec) => (
          <section key={sec.id} className={`handout-${sec.id}`} aria-labelledby={`handout-${sec.id}`}>
            <h3 id={`handout-${sec.id}`}>{sec.heading}</h3>
            {sec.parts.map((part, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts are fixed for one Assessment
              <Part key={i} part={part} />
            ))}
          </section>
        ))}
      </div>
      <p className="handout-actions">
        <button type="button" className="secondary" onClick={() => window.print()}>
          {words.print}
        </button>
      </p>
      <details className="handout-full" data-testid="handout-full">
        <summary>
          <span className="handout-show">{words.showFull}</span>
          <span className="handout-hide">{words.hideFull}</span>
        </summary>
        <Markdown source={full} baseLevel={3} />
      </details>
    </article>
  );
}
