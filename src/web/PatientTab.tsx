/** The patient's view of an assessment, in ONE place (loaded lazily): the printable one-page handout,
 * with the full plain-language text one click away. It is given the assessment as displayed (no
 * suggested category when nothing supports one). */
import type { Assessment } from "../core.js";
import { Handout } from "./Handout.js";

/** The browser's language picks the handout's first language; the handout's own switch changes it. */
const firstLang =
  typeof navigator !== "undefined" && navigator.language.toLowerCase().startsWith("es") ? "es" : "en";

export default function PatientTab({ assessment }: { assessment: Assessment }) {
  return (
    <div className="patient">
      <Handout assessment={assessment} lang={firstLang} />
    </div>
  );
}
