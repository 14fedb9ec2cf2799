/** The assessment engine, loaded on first use: the core with its unit tables is the largest part of
 * the app, so the first page renders without it and fetches it when a record is assessed. */
export type Engine = typeof import("./engine-impl.js");

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  loading ??= import("./engine-impl.js");
  return loading;
}
