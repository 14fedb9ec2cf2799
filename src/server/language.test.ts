/** Accept-Language negotiation for patient texts. */
import { describe, expect, it } from "vitest";
import { negotiateLang } from "./language.js";

describe("negotiateLang", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["es", "es"],
    ["es-MX", "es"],
    ["es-ES,es;q=0.9,en;q=0.8", "es"],
    ["en-GB,en;q=0.9,es;q=0.8", "en"],
    ["en;q=0.2, es;q=0.8", "es"],
    ["fr-FR,fr;q=0.9,es;q=0.5", "es"],
    ["fr", "en"],
    ["es;q=0", "en"],
    ["*", "en"],
  ] as const)("%s -> %s", (header, lang) => {
    expect(negotiateLang(header)).toBe(lang);
  });
});
