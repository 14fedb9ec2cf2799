/** Display names for the contract's codes, shared by every surface (summaries, FHIR, web app). */
import type { DiagnosisCategory, OptionKind } from "../model/enums.js";

export const CATEGORY_LABEL: Readonly<Record<DiagnosisCategory, string>> = {
  mgus: "MGUS (monoclonal gammopathy of undetermined significance)",
  "smoldering-myeloma": "Smoldering multiple myeloma",
  "multiple-myeloma": "Multiple myeloma",
  "solitary-plasmacytoma": "Solitary plasmacytoma",
  "solitary-plasmacytoma-minimal-marrow": "Solitary plasmacytoma with minimal marrow involvement",
  "al-amyloidosis": "Systemic AL amyloidosis",
  indeterminate: "Indeterminate",
};

export const OPTION_KIND_LABEL: Readonly<Record<OptionKind, string>> = {
  observation: "Observation",
  radiation: "Radiation",
  surgery: "Surgery",
  "systemic-therapy": "Systemic therapy",
  "stem-cell-transplant": "Stem cell transplant",
  consolidation: "Consolidation",
  maintenance: "Maintenance",
  "car-t": "CAR-T cell therapy",
  bispecific: "Bispecific antibodies",
  "clinical-trial": "Clinical trials",
  "supportive-care": "Supportive care",
};
