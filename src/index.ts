/** myeloma-navigator: the library's public surface. Start reading here.
 * Decision support only: options to discuss, never orders. */
export * from "./core.js";
