/** The language of patient texts from an Accept-Language header (RFC 9110 section 12.5.4): q-values
 * honoured, a regional tag ("es-MX") matches its language, English when nothing fits. */
import Negotiator from "negotiator";
import { LANGS, type Lang } from "../render/words/index.js";

export const DEFAULT_LANG: Lang = "en";

export function negotiateLang(acceptLanguage: string | string[] | undefined): Lang {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(",") : acceptLanguage;
  if (!header || header.trim() === "") return DEFAULT_LANG;
  const best = new Negotiator({ headers: { "accept-language": header } }).language([...LANGS]);
  return (LANGS as readonly string[]).includes(best ?? "") ? (best as Lang) : DEFAULT_LANG;
}
