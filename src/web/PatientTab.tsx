/** The patient's view of an assessment, in ONE place (loaded lazily): the printable one-page handout,
 * with the full plain-language text one click away, and the decision-support notice under it, all in the
 * language the patient chose (review c64-m4: the notice stayed in English under a Spanish handout). It is
 * given the assessment as displayed (no suggested category when nothing supports one). */
import { useState } from "react";
import type { Assessment } from "../core.js";
import { type Lang, wordsFor } from "../render/words/index.js";
import { Handout } from "./Handout.js";

/** The browser's language picks the handout's first language; the handout's own switch changes it. */
const firstLang: Lang =
  typeof navigator !== "undefined" && navigator.language.toLowerCase().startsWith("es") ? "es" : "en";

export default function PatientTab({ assessment }: { assessment: Assessment }) {
  const [lang, setLang] = useState<Lang>(firstLang);
  return (
    <div className="patient">
      <Handout assessment={assessment} lang={lang} onLangChange={setLang} />
      <p className="notice-inline" role="note" lang={lang} data-testid="patient-notice">
        {wordsFor(lang).summary.notice}
      </p>
    </div>
  );
}
