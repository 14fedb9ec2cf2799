import { readdirSync, readFileSync } from "node:fs";
import readability from "text-readability";
import { assess } from "./src/engine/assess.js";
import { renderHandout, countWords } from "./src/render/handout.js";
const show = process.argv[2];
for (const d of ["design","diagnosis","response","vignettes"]) for (const f of readdirSync("examples/"+d)) {
  if (f==="expected.json") continue;
  const data = JSON.parse(readFileSync(`examples/${d}/${f}`,"utf8"));
  const a = assess(data.record ?? data.input ?? data);
  const t = renderHandout(a, "text");
  const prose = t.split("\n").map(l=>l.replace(/^\s*([-=]+$|[-*]|\d+\.)\s*/,"").trim()).filter(Boolean).map(l=>/[.!?]$/.test(l)?l:l+".").join(" ");
  console.log(d+"/"+f, countWords(t), readability.fleschKincaidGrade(prose).toFixed(1));
  if (show && f.includes(show)) console.log(t);
}
const e = assess({asOf:"2026-11-26"}); console.log(renderHandout(e,"text"));
