import { readFileSync } from "node:fs";
import { assess } from "./src/engine/assess.js";
import { renderHandout } from "./src/render/handout.js";
for (const f of process.argv.slice(2)) { const d = JSON.parse(readFileSync(f,"utf8")); console.log("=====", f); console.log(renderHandout(assess(d.record ?? d.input ?? d),"text").split("\n").filter(l=>!/^[-=]+$/.test(l)&&l.trim()).slice(4).join("\n")); }
