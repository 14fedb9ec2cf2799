import { UNIT_SPECS, toCanonical } from "../core.js";
const r = toCanonical("creatinine", 150, "mg/dL");
document.getElementById("root")!.textContent = JSON.stringify(r) + Object.keys(UNIT_SPECS).length;
