/** The patient handout on screen and on paper: one page built by render/handout.ts (what this means,
 * what happens next, options named by what they are, questions to ask, the notice once), with the full
 * plain-language summary one click away ("Show full details"). Printing shows the handout alone
 * (handout.css). The toggle is a native <details>, so it works without script and in static HTML.
 * A labelled language switch chooses English or Spanish; the handout root carries the `lang` attribute.
 * The page may control the language (`lang` with `onLangChange`) or leave it to the handout (`lang` is
 * then only the first choice). */
import { useId, useMemo, useState } from "react";
import type { Assessment } from "../core.js";
import { buildHandout, type HandoutPart } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { isLang, LANGS, type Lang, wordsFor } from "../render/words/index.js";
import { Markdown } from "./markdown.js";
import "./handout.css";

function Part({ part }: { part: HandoutPart }) {
  if (part.kind === "p") return <p>{part.text}</p>;
  const items = part.items.map((t) => <li key={t}>{t}</li>);
  return part.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

export interface HandoutProps {
  assessment: Assessment;
  /** The language shown (English by default). */
  lang?: Lang;
  /** Called when the reader picks another language; with it, the page owns the choice. */
  onLangChange?: (lang: Lang) => void;
}

export function Handout({ assessment, lang = "en", onLangChange }: HandoutProps) {
  const [own, setOwn] = useState<Lang>(lang);
  const current = onLangChange ? lang : own;
  const words = wordsFor(current);
  const switchId = useId();
  const doc = useMemo(() => buildHandout(assessment, words), [assessment, words]);
  const full = useMemo(() => renderPatientSummary(assessment, "markdown", words), [assessment, words]);
  const choose = (value: string) => {
    if (!isLang(value)) return;
    if (onLangChange) onLangChange(value);
    else setOwn(value);
  };
  return (
    <article className="handout" aria-labelledby="handout-title" data-testid="handout" lang={current}>
      <p className="handout-lang">
        <label htmlFor={switchId}>{words.language}</label>{" "}
        <select
          id={switchId}
          data-testid="handout-lang"
          value={current}
          onChange={(e) => choose(e.currentTarget.value)}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {words.languageName[l]}
            </option>
          ))}
        </select>
      </p>
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
