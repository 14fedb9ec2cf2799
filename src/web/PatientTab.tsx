/** The patient's view of an assessment, in ONE place (loaded lazily with the patient renderer): the
 * printable handout component can replace this file's body without touching the rest of the app.
 * It is given the assessment as displayed (no suggested category when nothing supports one). */
import type { Assessment } from "../core.js";
import { renderPatientSummary } from "../render/patient.js";
import { Markdown } from "./markdown.js";

export default function PatientTab({ assessment }: { assessment: Assessment }) {
  const md = renderPatientSummary(assessment, "markdown");
  return (
    <div className="patient">
      <Markdown source={md} baseLevel={3} />
    </div>
  );
}
