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

/** The list with the surgery moved just before the first other bone-event option when it stands after one; the list
 * itself when nothing moves. The engine's order with a fracture recorded, and the surfaces' re-ranked lists
 * (render/option-order.ts) alike. */
export function surgeryBeforeOtherBoneEvents<T extends { id: string }>(list: T[]): T[] {
  const surgery = list.findIndex((o) => o.id === BONE_SURGERY);
  const first = list.findIndex((o) => BONE_EVENT_OPTIONS.includes(o.id));
  if (surgery < 0 || first < 0 || surgery < first) return list;
  const out = list.slice();
  const [moved] = out.splice(surgery, 1);
  out.splice(first, 0, moved as T);
  return out;
}

/** The options with the surgery first among the bone-event options when a pathological fracture is recorded (true;
 * not recorded or false leaves the order as it is). */
export function surgeryFirstForFracture(
  options: AssessmentOption[],
  pathologicFracture: boolean | null,
): AssessmentOption[] {
  return pathologicFracture === true ? surgeryBeforeOtherBoneEvents(options) : options;
}
