/** Patient summary of one Assessment: what the findings mean, in plain words, with questions for the care team. */
import type { Assessment, AssessmentOption } from "../engine/assessment.js";
import { DECISION_SUPPORT_NOTICE } from "../engine/version.js";
import type { DiagnosisCategory, ResponseCategory } from "../model/enums.js";
import {
  type Block,
  type Format,
  h,
  type Inline,
  inline,
  type ListItem,
  li,
  p,
  renderBlocks,
  ul,
} from "./doc.js";
import { type Extras, extras, longDate } from "./extras.js";
import { optionPlainName } from "./handout.js";
import { describedCategory, likelyShown, noFindings, stageWord } from "./handout-facts.js";
import {
  cautionTopics,
  PLAIN_CATEGORY,
  PLAIN_OPTION_KIND,
  PLAIN_RESPONSE,
  PLAIN_RISK,
  PLAIN_STAGE,
  PLAIN_STRENGTH,
  type PlainRiskKey,
  plainField,
  plainify,
} from "./plain-words.js";

const PLAIN_NOTICE =
  "A computer program made this summary from your test results. It helps you talk with your care team. It does not replace them.";

/** Ends a phrase with a full stop so every line reads as a sentence. */
function sentence(s: string): string {
  const t = s.trim();
  if (t === "") return t;
  const cap = t[0]?.toUpperCase() + t.slice(1);
  return /[.!?:]$/.test(cap) ? cap : `${cap}.`;
}

function riskTerm(key: string): { name: string; meaning: string } | null {
  return Object.hasOwn(PLAIN_RISK, key) ? PLAIN_RISK[key as PlainRiskKey] : null;
}

function findings(a: Assessment, f: Inline): Block[] {
  const d = a.diagnosis;
  const out: string[] = [];
  // A likely condition is named only when a finding points to it (never for an empty record).
  const likely = likelyShown(a);
  if (likely) {
    const t = PLAIN_CATEGORY[likely];
    out.push(`The tests do not give a clear answer yet. The most likely condition is ${t.name}.`);
    out.push(t.meaning);
    out.push("More tests are needed to be sure.");
  } else if (d.category === "indeterminate" && noFindings(a)) {
    out.push(
      "There are too few test results here to say what is going on. Nothing can be said about a condition yet.",
    );
  } else {
    const t = PLAIN_CATEGORY[d.category];
    if (d.category === "indeterminate") out.push(t.meaning);
    else out.push(`Your results fit a condition called ${t.name}.`, t.meaning);
  }
  if (d.subtype)
    out.push(`Your care team may call the type of abnormal protein ${d.subtype.replace(/-/g, " ")}.`);
  if (d.treated) out.push("Your records show you have had treatment for it before.");
  if (d.couldChangeWith.length > 0 && d.category !== "indeterminate")
    out.push("Some test results are missing. They could change this answer.");
  return [h(2, "What the tests show"), ...out.map((s) => p(f.esc(s)))];
}

function risk(a: Assessment, f: Inline): Block[] {
  const cat = describedCategory(a);
  const out: string[] = [];
  if (cat === "smoldering-myeloma") {
    const mayo = a.risk.smmMayo2018.group;
    const imwg = a.risk.smmImwg2020.group;
    const first = mayo ? riskTerm(`smm:${mayo}`) : null;
    const second = imwg ? riskTerm(`smm:${imwg}`) : null;
    if (first) out.push(`One scoring method puts your risk as ${first.name}.`, first.meaning);
    if (second) out.push(`${first ? "A second" : "One"} scoring method puts it as ${second.name}.`);
    if (!first && !second) out.push("We could not work out the risk yet, because some tests are missing.");
  } else if (cat === "multiple-myeloma") {
    const riss = a.staging.riss.stage;
    const iss = a.staging.iss.stage;
    const s = riss ?? iss;
    if (s !== null && s !== undefined) {
      out.push(`Your myeloma is stage ${s} out of 3.`, PLAIN_STAGE.myeloma.meaning);
    } else {
      out.push("We could not work out the stage yet, because some tests are missing.");
    }
    const hr = a.risk.cytogenetic.highRisk;
    const genes = hr === true ? riskTerm("genes:high") : hr === false ? riskTerm("genes:standard") : null;
    out.push(genes ? genes.meaning : "The results of gene tests on the myeloma cells are not known yet.");
  } else if (cat === "al-amyloidosis") {
    const s12 = a.risk.alMayo2012.stage;
    const s04 = a.risk.alMayo2004.stage;
    if (s12 !== null && s12 !== undefined) out.push(`Your AL amyloidosis is stage ${s12} out of 4.`);
    else if (s04 !== null && s04 !== undefined)
      out.push(`Your AL amyloidosis is stage ${stageWord(s04)}, on a scale that goes up to stage 3.`);
    else out.push("We could not work out the stage yet, because some tests are missing.");
    if ((s12 ?? s04) !== null) out.push(PLAIN_STAGE.amyloidosis.meaning);
  } else {
    return [];
  }
  return [h(2, "How serious it is"), ...out.map((s) => p(f.esc(s)))];
}

function health(a: Assessment, f: Inline): Block[] {
  const out: string[] = [];
  const egfr = a.kidney.egfrCkdEpi2021;
  if (egfr !== null && egfr !== undefined) {
    out.push(
      `Your kidney function score is about ${Math.round(egfr)}. It comes from a blood test. Your care team uses it to choose the right doses.`,
    );
  } else {
    out.push("Your kidney function could not be worked out from the results given.");
  }
  if (a.kidney.dialysis === true) out.push("Your records show you are on dialysis.");
  const g = a.fitness.imwgFrailty.group ?? null;
  const t = g ? riskTerm(`fitness:${g}`) : null;
  if (t) out.push(`Your fitness group is: ${t.name}.`, t.meaning);
  return [h(2, "Your kidneys and general health"), ...out.map((s) => p(f.esc(s)))];
}

function treatmentSoFar(x: Extras, f: Inline): Block[] {
  const out: string[] = [];
  // With no treatment in the record there is no response to describe.
  const treated = (x.lines?.count ?? 0) > 0 || (x.response?.line ?? null) !== null || x.response?.current;
  if (!treated) return [];
  if (x.lines && x.lines.count > 0) {
    out.push(
      x.lines.count === 1
        ? "Your records show one treatment plan so far."
        : `Your records show ${x.lines.count} treatment plans so far.`,
    );
  }
  const r = x.response;
  if (r) {
    const cur = r.current as ResponseCategory | null;
    const t = cur && Object.hasOwn(PLAIN_RESPONSE, cur) ? PLAIN_RESPONSE[cur] : null;
    if (t) {
      out.push(`Your latest results show ${t.name}.`, t.meaning);
      if (r.confirmed === false) out.push("One more test is needed to be sure.");
    } else {
      out.push("We cannot tell from these results how well the treatment is working.");
    }
    if (r.progression === true && cur !== "PD")
      out.push("The tests show the disease has become more active again.");
    if (r.antibodyInterference)
      out.push(
        "One of your medicines can show up in the protein test. A special lab test may be needed to read it.",
      );
  }
  if (out.length === 0) return [];
  return [h(2, "How treatment is working"), ...out.map((s) => p(f.esc(s)))];
}

function testsDue(x: Extras, f: Inline): Block[] {
  const m = x.monitoring;
  if (!m || (m.items ?? []).length === 0) return [];
  const items = (m.items ?? []).map((it) =>
    f.esc(
      it.overdue
        ? `${sentence(plainify(it.test))} This test is overdue. It was due on ${longDate(it.due)}.`
        : `${sentence(plainify(it.test))} Next due on ${longDate(it.due)}.`,
    ),
  );
  const blocks: Block[] = [h(2, "Tests that are due")];
  if ((m.overdue ?? []).length > 0 || (m.items ?? []).some((i) => i.overdue))
    blocks.push(p(f.esc("Some tests are overdue. Ask your care team when to have them.")));
  blocks.push(ul(items));
  return blocks;
}

function drugList(drugs: string[]): string {
  if (drugs.length <= 1) return drugs.join("");
  return `${drugs.slice(0, -1).join(", ")} and ${drugs[drugs.length - 1]}`;
}

function option(o: AssessmentOption, i: number, f: Inline): Block[] {
  const kind = PLAIN_OPTION_KIND[o.kind];
  const name = optionPlainName(o);
  const drugs = o.regimen?.drugs ?? [];
  const items: ListItem[] = [];
  items.push(li(`${f.strong("What it is:")} ${f.esc(kind?.meaning ?? "")}`));
  if (drugs.length > 0)
    items.push(
      li(
        f.esc(drugs.length === 1 ? `The medicine is ${drugs[0]}.` : `The medicines are ${drugList(drugs)}.`),
      ),
    );
  const strength = PLAIN_STRENGTH[o.strength];
  if (strength) items.push(li(f.esc(strength.meaning)));
  if (o.patientText) items.push(li(`${f.strong("Why it may fit you:")} ${f.esc(plainify(o.patientText))}`));
  if (o.cautions.length > 0) {
    const { topics, unmatched } = cautionTopics(o.cautions);
    // One lead-in per option, then the topics: not "Ask your care team" on every line.
    const asks = topics.map((t) => f.esc(sentence(t)));
    if (unmatched > 0)
      asks.push(f.esc(topics.length > 0 ? "Other points on their list." : "What to watch out for."));
    if (asks.length > 0) items.push(li(f.strong("Things to ask your team about:"), asks));
  }
  if (o.verified === false) items.push(li(f.esc("Some facts behind this option are still being checked.")));
  return [h(3, `${i + 1}. ${f.esc(name)}`), ul(items)];
}

function options(a: Assessment, f: Inline): Block[] {
  const blocks: Block[] = [h(2, "Your options to talk about")];
  if (a.options.length === 0) {
    blocks.push(
      p("This tool did not find a treatment option to list for now. Your care team can tell you more."),
    );
    return blocks;
  }
  blocks.push(p("These are options to talk over with your care team. They are not orders."));
  a.options.forEach((o, i) => {
    blocks.push(...option(o, i, f));
  });
  return blocks;
}

function alertsNote(a: Assessment, f: Inline): Block[] {
  const urgent = a.alerts.filter((x) => x.severity === "critical").length;
  const warn = a.alerts.filter((x) => x.severity === "warning").length;
  if (urgent === 0 && warn === 0) return [];
  const s =
    urgent > 0
      ? "Some results need your care team to look at them soon. Please contact them."
      : "Some results are worth a closer look. Your care team will go over them with you.";
  return [h(2, "Things to check soon"), p(f.esc(s))];
}

function missing(a: Assessment, f: Inline): Block[] {
  if (a.missingData.length === 0) return [];
  const names = [...new Set(a.missingData.map((m) => plainField(m.field) ?? "other details in your record"))];
  return [
    h(2, "What is still missing"),
    p(f.esc("These results were not in the record. They would help to decide.")),
    ul(names.map((n) => f.esc(`We do not have ${n}.`))),
  ];
}

const CHECKUP_CATEGORIES: readonly DiagnosisCategory[] = ["mgus", "smoldering-myeloma"];

function questions(a: Assessment, x: Extras, f: Inline): Block[] {
  const cat = describedCategory(a);
  const q: string[] = ["What do these results mean for me?"];
  if (CHECKUP_CATEGORIES.includes(cat)) q.push("How often should I have checkups, and which tests?");
  if (cat === "smoldering-myeloma") q.push("What signs mean it may be getting worse?");
  if (a.options.length > 0) {
    q.push("Which of these options do you suggest for me, and why?");
    q.push("What side effects should I watch for?");
    q.push("How will the treatment fit with my daily life?");
  }
  if (a.options.some((o) => o.kind === "stem-cell-transplant"))
    q.push("Could a stem cell transplant be right for me?");
  if (cat !== "mgus" && cat !== "indeterminate") q.push("Is there a research study I could join?");
  if (a.missingData.length > 0 || a.diagnosis.category === "indeterminate")
    q.push("Do I need more tests before we decide?");
  if (x.monitoring?.items?.some((i) => i.overdue)) q.push("Am I due for any tests now?");
  q.push("Who should I call if I feel unwell?");
  return [h(2, "Questions to ask your care team"), ul(q.map((s) => f.esc(s)))];
}

/** The patient summary: plain words, no codes, the decision-support notice at the top and the end. */
export function renderPatientSummary(a: Assessment, format: "text" | "markdown"): string {
  const f = inline(format as Format);
  const x = extras(a);
  const blocks: Block[] = [
    h(1, "Your health summary"),
    p(f.strong(f.esc(DECISION_SUPPORT_NOTICE))),
    p(f.esc(`${PLAIN_NOTICE} It uses results up to ${longDate(a.asOf)}.`)),
    ...findings(a, f),
    ...risk(a, f),
    ...health(a, f),
    ...treatmentSoFar(x, f),
    ...testsDue(x, f),
    ...options(a, f),
    ...alertsNote(a, f),
    ...missing(a, f),
    ...questions(a, x, f),
    h(2, "Please remember"),
    p(f.strong(f.esc(DECISION_SUPPORT_NOTICE))),
    p(f.esc("Talk with your care team before you change anything.")),
  ];
  return renderBlocks(blocks, format);
}
