/** Security headers (helmet) on every response, with a Content Security Policy that lets the built
 * web app (scripts and styles from this origin) run.
 *
 * helmet's middleware is built once, at start. @fastify/helmet 13 (used before) builds it anew for
 * every request, parsing the policy each time: about 12 µs of CPU and a dozen short-lived closures
 * per request, on a hot path of `POST /api/v1/assessments`. The headers are the same. */
import type { FastifyInstance } from "fastify";
import helmet from "helmet";

const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/** One header step of helmet's middleware, recorded: set `name` to `value`, or remove `name`. */
type HeaderStep =
  | { name: string; value: string | number | readonly string[] }
  | { name: string; remove: true };

/** What helmet's middleware does to a response, step by step, recorded once on a stand-in response;
 * null when it does anything else (reads the request, fails), so the middleware itself must run.
 * With the static policy above every response gets the same headers in the same order. */
function recordHeaderSteps(apply: ReturnType<typeof helmet>): HeaderStep[] | null {
  const steps: HeaderStep[] = [];
  let other = false;
  let done = false;
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      steps.push({ name, value });
      return res;
    },
    removeHeader(name: string) {
      steps.push({ name, remove: true });
    },
  };
  const req = new Proxy(
    {},
    {
      get() {
        other = true;
        return undefined;
      },
    },
  );
  apply(req as never, res as never, (err?: unknown) => {
    if (err !== undefined) other = true;
    done = true;
  });
  return done && !other ? steps : null;
}

/** Adds the headers in an onRequest hook of `app` (every route, the not-found answers included).
 * The header steps helmet takes are recorded once and replayed on each response: the same headers, in
 * the same order, without running its chain of a dozen middleware functions per request. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const applyHeaders = helmet({ contentSecurityPolicy: { directives: CSP_DIRECTIVES } });
  const steps = recordHeaderSteps(applyHeaders);
  if (steps === null) {
    app.addHook("onRequest", (req, reply, done) => {
      applyHeaders(req.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined));
    });
    return;
  }
  app.addHook("onRequest", (_req, reply, done) => {
    const res = reply.raw;
    for (const step of steps) {
      if ("remove" in step) res.removeHeader(step.name);
      else res.setHeader(step.name, step.value);
    }
    done();
  });
}
