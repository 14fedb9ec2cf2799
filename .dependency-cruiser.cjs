/** Keeps the layers' arrows pointing one way (see ../shared/CONVENTIONS.md). */
const core = "^src/(model|criteria|scores|response|knowledge|engine|render|fhir|trials)/";
module.exports = {
  forbidden: [
    {
      name: "core-no-io",
      comment: "The pure core must not reach for Node built-ins or I/O packages.",
      severity: "error",
      from: { path: core, pathNot: "\\.test\\.ts$" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "core-no-io-packages",
      severity: "error",
      from: { path: core, pathNot: "\\.test\\.ts$" },
      to: {
        path: "node_modules/(fastify|@fastify|pg|better-sqlite3|kysely|commander|cli-progress|jose|react)",
      },
    },
    {
      name: "core-not-to-surfaces",
      comment: "The core never imports the store or the surfaces.",
      severity: "error",
      from: { path: core },
      to: { path: "^src/(store|server|cli|web)/" },
    },
    {
      name: "model-is-the-bottom",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "^src/(criteria|scores|response|knowledge|engine|render|fhir)/" },
    },
    {
      name: "calculators-below-knowledge",
      severity: "error",
      from: { path: "^src/(criteria|scores|response)/" },
      to: { path: "^src/(knowledge|engine|render|fhir)/" },
    },
    {
      name: "knowledge-below-engine",
      severity: "error",
      from: { path: "^src/knowledge/" },
      to: { path: "^src/(engine|render|fhir)/" },
    },
    {
      name: "store-not-to-surfaces",
      severity: "error",
      from: { path: "^src/store/" },
      to: { path: "^src/(server|cli|web)/" },
    },
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js"] },
  },
};
