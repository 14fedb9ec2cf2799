/** `POST /api/v1/assessments` answered by the assessment thread pool (assess-pool.ts): the same
 * route, schema, errors and bytes as the in-process one in api.ts, with the body's JSON parse,
 * validation, assessment and the answer's JSON on a pool thread. Registered in a scope of its own
 * because the body reaches the handler as text (the pool thread parses it), which takes a JSON
 * parser and a validator of its own. */
import type { FastifyInstance, FastifySchema } from "fastify";
import type { AssessPool } from "../assess-pool.js";
import { validateThenAssess } from "../validation.js";

export async function pooledAssessmentRoute(
  app: FastifyInstance,
  options: { pool: AssessPool; today: () => string; schema: FastifySchema },
): Promise<void> {
  const { pool, today, schema } = options;
  // Fastify's own JSON parser, for the bodies the pool thread sends back (see assess-worker.ts):
  // they get exactly the answer (or the error) they get without the pool.
  const fastifyJson = app.getDefaultJsonParser("error", "error");
  const parseOnMainThread = (body: string) =>
    new Promise<unknown>((resolve, reject) => {
      fastifyJson(undefined as never, body, (err, value) => (err ? reject(err) : resolve(value)));
    });
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => done(null, body));
  // The schema documents the route; the pool thread validates the body (validateThenAssess).
  app.setValidatorCompiler(() => (data) => ({ value: data }));

  app.post("/assessments", { schema }, async (req, reply) => {
    const body = req.body as string;
    const defaultAsOf = today();
    const answer = await pool.assess(body, defaultAsOf);
    // The server began to stop while the thread worked: close this connection after the answer, or
    // it would keep the stop waiting for the keep-alive timeout (72 s).
    if (app.isDraining()) reply.header("connection", "close");
    if (answer.kind === "json") return reply.type("application/json; charset=utf-8").send(answer.bytes);
    return validateThenAssess(await parseOnMainThread(body), { defaultAsOf });
  });
}
