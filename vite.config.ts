/** Vite build of the web app (src/web -> dist/web), served by `mmnav serve` at `/`. */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const repoRoot = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: "src/web",
  base: "/",
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    sourcemap: true,
    // The UCUM tables make the core chunk large; that is expected, not a regression.
    chunkSizeWarningLimit: 1500,
  },
  // The app imports examples/ from the repository root (outside the Vite root).
  server: { fs: { allow: [repoRoot] } },
});
