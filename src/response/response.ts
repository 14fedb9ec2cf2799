/** IMWG response and progression of the current line of therapy from lab series (Kumar 2016). */
import type { ResponseCategory } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import type { MissingInput, RuleTrace } from "../model/trace.js";
import type { LinesOfTherapyResult } from "./lines.js";

export interface ResponseResult {
  /** IMWG category of the current line; null with `reason` when the disease is not measurable. */
  current: ResponseCategory | null;
  /** Whether the disease progressed on or after the current line by the IMWG criteria; null when unknown. */
  progression: boolean | null;
  /** Whether the category or progression still awaits its confirming second assessment. */
  confirmed: boolean;
  /** The values and rule used, in words. */
  basis: string;
  /** Why `current` is null, when it is. */
  reason: string | null;
  /** Which parameter(s) are followed: serum, urine, free light chain, marrow. */
  measurableBy: ("serum" | "urine" | "flc" | "marrow")[];
  /** Relapse from CR (reappearance of M-protein, marrow >= 5%). */
  relapseFromCr: boolean;
  /** On an anti-CD38 antibody with a small IgG-kappa band: possible therapeutic antibody interference. */
  antibodyInterference: boolean;
  rules: RuleTrace[];
  missing: MissingInput[];
}

export function assessResponse(_facts: Facts, _lines: LinesOfTherapyResult): ResponseResult {
  throw new Error("not implemented yet");
}
