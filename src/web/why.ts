/** The engine's reasons ("anti-myeloma drug therapy given before: no") as sentences a clinician reads. The engine
 * words a reason as "<fact label>: <value>" (src/knowledge/conditions.ts); a reason of any other
 * shape is shown as it came. */
import { categoryLabel } from "./labels.js";

type Sentence = (value: string) => string | null;

const yesNo =
  (yes: string, no: string): Sentence =>
  (v) =>
    v === "yes" ? yes : v === "no" ? no : null;

/** "<label>: yes|no" for a state of the patient ("on dialysis", "on therapy now"). */
const state = (label: string) => yesNo(`The patient is ${label}.`, `The patient is not ${label}.`);
/** "<label>: yes|no" for a finding ("bone pain"). */
const finding = (label: string) => {
  const cap = label.charAt(0).toUpperCase() + label.slice(1);
  return yesNo(`${cap} is present.`, `No ${label}.`);
};

const SENTENCES: Record<string, Sentence> = {
  "diagnosis (IMWG 2014)": (v) =>
    v === "indeterminate"
      ? "The findings do not yet settle the diagnosis (IMWG 2014)."
      : `The findings meet the IMWG 2014 criteria for ${categoryLabel(v).replace(/^(MGUS) \(.*\)$/, "$1")}.`,
  "anti-myeloma drug therapy given before": yesNo(
    "Anti-myeloma drug therapy has been given before.",
    "No anti-myeloma drug therapy has been given yet.",
  ),
  "transplant candidate (clinician decision)": (v) =>
    v === "yes"
      ? "The care team considers the patient a transplant candidate."
      : v === "no"
        ? "The care team does not consider the patient a transplant candidate."
        : v === "deferred"
          ? "The care team has deferred the transplant decision."
          : null,
  "on dialysis": state("on dialysis"),
  "on therapy now": yesNo("A line of therapy is being given now.", "No line of therapy is being given now."),
  "heart failure": finding("heart failure"),
  "bone pain": finding("bone pain"),
  hyperviscosity: finding("hyperviscosity"),
  "hypercalcaemia (CRAB)": finding("hypercalcaemia"),
  "IgG-kappa M-protein": yesNo("The M-protein is IgG kappa.", "The M-protein is not IgG kappa."),
  "neuropathy with pain": finding("painful neuropathy"),
  "prior autologous transplant": yesNo(
    "The patient has had an autologous transplant.",
    "No autologous transplant so far.",
  ),
  "prior BCMA-directed therapy": yesNo(
    "The patient has had BCMA-directed therapy.",
    "No BCMA-directed therapy so far.",
  ),
  "progression or relapse (IMWG)": yesNo(
    "The disease has progressed or relapsed (IMWG).",
    "No progression or relapse by the IMWG criteria.",
  ),
  "lines of therapy received": (v) => `${v} line${v === "1" ? "" : "s"} of therapy so far.`,
  age: (v) => `Age ${v}.`,
};

for (const label of [
  "lenalidomide exposed",
  "proteasome inhibitor exposed",
  "immunomodulatory drug exposed",
  "anti-CD38 antibody exposed",
  "anti-CD38 antibody refractory",
  "lenalidomide-refractory",
  "triple-class exposed",
  "triple-class refractory",
  "penta-refractory",
  "on an immunomodulatory drug now",
  "on a proteasome inhibitor now",
  "on an anti-CD38 antibody now",
  "on a bispecific antibody now",
])
  SENTENCES[label] = state(label);

/** One reason as a sentence. */
export function whySentence(reason: string): string {
  const m = /^(.+?): (.+)$/.exec(reason.trim());
  if (m) {
    const [, label, value] = m as unknown as [string, string, string];
    const s = SENTENCES[label]?.(value);
    if (s) return s;
    // Another fact with a value: "SMM risk (Mayo 2018 20/2/20): high" -> "SMM risk (Mayo 2018 20/2/20) is high."
    if (!/[.;]/.test(value) && !/ label$/.test(label) && label !== "Not known")
      return `${label.charAt(0).toUpperCase()}${label.slice(1)} is ${value}.`;
    if (label === "Not known") return `Not known yet: ${value}.`;
  }
  const t = reason.trim();
  return /[.)]$/.test(t) ? t : `${t}.`;
}
