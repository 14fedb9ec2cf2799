/** Review c89-m2: with a pathological fracture recorded, the surgical review is listed first among the bone-event
 * options (treatments.md 8b: surgery for a long-bone fracture or impending fracture, and spinal instability, is the only
 * verified row; palliative radiotherapy and kyphoplasty are UNVERIFIED, and the record has no fracture site). Order
 * only: no strength changes (the reference ranks none of them). Pure. */
import type { AssessmentOption } from "./assessment.js";

export const BONE_SURGERY = "sc.bone.surgery";
/** The other bone-event options the surgery goes before. */
export const BONE_EVENT_OPTIONS: readonly string[] = [
  "sc.bone.palliative-radiotherapy",
  "sc.bone.kyphoplasty",
];

/** The options with the surgery moved just before the first other bone-event option when a pathological fracture is
 * recorded (true; not recorded or false leaves the order as it is); the list itself when nothing moves. */
export function surgeryFirstForFracture(
  options: AssessmentOption[],
  pathologicFracture: boolean | null,
): AssessmentOption[] {
  if (pathologicFracture !== true) return options;
  const surgery = options.findIndex((o) => o.id === BONE_SURGERY);
  const first = options.findIndex((o) => BONE_EVENT_OPTIONS.includes(o.id));
  if (surgery < 0 || first < 0 || surgery < first) return options;
  const out = options.slice();
  const [moved] = out.splice(surgery, 1);
  out.splice(first, 0, moved as AssessmentOption);
  return out;
}
