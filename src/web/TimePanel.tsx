/** Time as a picture (loaded lazily with uPlot): M-protein and free light chains with treatment lines
 * as bands, the nadir, the IMWG response at each assessment and the progression threshold; then
 * creatinine, haemoglobin and calcium as small multiples; then the monitoring timeline. Each chart
 * has a text summary and its values as a table, for screen readers and for checking. */
import { useEffect, useMemo, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Assessment } from "../core.js";
import { isDueNow } from "../render/monitoring-status.js";
import type { JsonObject } from "./fields.js";
import {
  buildTimeline,
  type DatedValue,
  type Line,
  type Point,
  seriesOfRecord,
  type Timeline,
  undatedOfRecord,
} from "./timeline.js";

export type TimeSource =
  | { kind: "record"; record: JsonObject }
  | { kind: "observations"; series: Map<string, DatedValue[]> };

const LAB_LABEL: Record<string, string> = {
  serumMProtein: "Serum M-protein",
  involvedFreeLightChain: "Involved FLC",
  uninvolvedFreeLightChain: "Uninvolved FLC",
  creatinine: "Creatinine",
  hemoglobin: "Haemoglobin",
  calcium: "Calcium",
};

const COLORS = { serum: "#1d4ed8", involved: "#b45309", uninvolved: "#6b7280", small: "#0f766e" };
const BAND = ["rgba(29,78,216,0.08)", "rgba(180,83,9,0.10)"];
const toSec = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Number(v.toPrecision(3)).toString());

interface ChartSeries {
  label: string;
  unit: string;
  color: string;
  points: Point[];
  scale: string;
}

/** One uPlot chart that follows its container's width. `draw` paints the annotations. */
function UChart({
  series,
  height,
  draw,
  xRange,
}: {
  series: ChartSeries[];
  height: number;
  draw?: (u: uPlot) => void;
  xRange: [number, number];
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = [...new Set(series.flatMap((s) => s.points.map((p) => toSec(p.date))))].sort((a, b) => a - b);
    const data: uPlot.AlignedData = [
      xs,
      ...series.map((s) => xs.map((x) => s.points.find((p) => toSec(p.date) === x)?.value ?? null)),
    ];
    const scales = [...new Set(series.map((s) => s.scale))];
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: true, range: () => xRange },
        ...Object.fromEntries(
          scales.map((k) => [
            k,
            { range: (_u: uPlot, _lo: number, hi: number) => [0, (hi || 1) * 1.25] as uPlot.Range.MinMax },
          ]),
        ),
      },
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          scale: s.scale,
          spanGaps: true,
          points: { show: true, size: 7, fill: s.color },
        })),
      ],
      axes: [
        { stroke: "#374151", grid: { stroke: "#e5e7eb" } },
        ...scales.map((k, i) => ({
          scale: k,
          side: i === 0 ? 3 : 1,
          stroke: "#374151",
          grid: { show: i === 0, stroke: "#e5e7eb" },
          label: series.find((s) => s.scale === k)?.unit ?? "",
          size: 56,
        })),
      ],
      hooks: draw ? { draw: [draw] } : {},
    };
    const u = new uPlot(opts, data, el);
    const ro = new ResizeObserver(() => u.setSize({ width: Math.max(200, el.clientWidth), height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
    };
  }, [series, height, draw, xRange]);
  return <div ref={box} className="uchart" aria-hidden="true" />;
}

/** Paints treatment lines as bands, the threshold as a dashed line, the nadir and the responses. */
function annotate(t: Timeline) {
  return (u: uPlot) => {
    const ctx = u.ctx;
    const dpr = devicePixelRatio || 1;
    const { left, top, width, height } = u.bbox;
    ctx.save();
    ctx.font = `${12 * dpr}px system-ui, sans-serif`;
    t.lines.forEach((l, i) => {
      const x0 = Math.max(left, u.valToPos(toSec(l.start), "x", true));
      const x1 = l.end ? Math.min(left + width, u.valToPos(toSec(l.end), "x", true)) : left + width;
      if (x0 >= left + width || x1 < left) return;
      ctx.fillStyle = BAND[i % BAND.length] as string;
      // A line of one day (a CAR-T infusion) is drawn as a mark of its own, never as an empty band.
      if (x1 - x0 < 3 * dpr) {
        ctx.fillStyle = "#7c3aed";
        ctx.fillRect(x0 - 1 * dpr, top, 2 * dpr, height);
      } else ctx.fillRect(x0, top, x1 - x0, height);
      ctx.fillStyle = "#1f2937";
      // Each line's label on its own row, so that a line starting soon after the last does not cover it;
      // a label that would run off the plot's right ends at the line's start instead, when it fits there.
      const label = `Line ${l.number}: ${l.regimens.join(" → ")}`;
      const w = ctx.measureText(label).width;
      const before = x0 + 4 * dpr + w > left + width && x0 - 4 * dpr - w >= left;
      ctx.textAlign = before ? "right" : "left";
      ctx.fillText(label, before ? x0 - 4 * dpr : x0 + 4 * dpr, top + (14 + 14 * (i % 2)) * dpr);
    });
    if (t.progressionThreshold !== null) {
      const y = u.valToPos(t.progressionThreshold, "serum", true);
      if (y >= top && y <= top + height) {
        ctx.strokeStyle = "#b91c1c";
        ctx.setLineDash([6 * dpr, 4 * dpr]);
        ctx.lineWidth = 1.5 * dpr;
        ctx.beginPath();
        ctx.moveTo(left, y);
        ctx.lineTo(left + width, y);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = "#b91c1c";
        ctx.textAlign = "left";
        ctx.fillText(`progression ≥ ${fmt(t.progressionThreshold)} g/dL`, left + 4 * dpr, y - 4 * dpr);
      }
    }
    if (t.nadir) {
      const x = u.valToPos(toSec(t.nadir.date), "x", true);
      const y = u.valToPos(t.nadir.value, "serum", true);
      ctx.strokeStyle = "#1d4ed8";
      ctx.lineWidth = 2 * dpr;
      ctx.beginPath();
      ctx.arc(x, y, 7 * dpr, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.fillStyle = "#1d4ed8";
      ctx.textAlign = "center";
      ctx.fillText("nadir", x, y + 20 * dpr);
    }
    const serum = t.labs.get("serumMProtein")?.points ?? [];
    let lastX = Number.POSITIVE_INFINITY;
    // The latest first, so that the response of today is always drawn; crowded earlier labels are left to
    // the list under the chart, which names every one.
    for (const r of [...t.responses].reverse()) {
      const p = serum.find((s) => s.date === r.date);
      const x = u.valToPos(toSec(r.date), "x", true);
      if (lastX - x < 36 * dpr) continue;
      lastX = x;
      const y = p ? u.valToPos(p.value, "serum", true) - 12 * dpr : top + 30 * dpr;
      ctx.fillStyle = r.progression ? "#b91c1c" : "#065f46";
      ctx.textAlign = "center";
      ctx.font = `bold ${12 * dpr}px system-ui, sans-serif`;
      ctx.fillText(`${r.category}${r.confirmed ? "" : "?"}`, x, y);
    }
    ctx.restore();
  };
}

function ValuesTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { label: string; unit: string; points: Point[] }[];
}) {
  const dates = [...new Set(rows.flatMap((r) => r.points.map((p) => p.date)))].sort();
  return (
    <details className="values">
      <summary>{caption}</summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {rows.map((r) => (
                <th key={r.label} scope="col">
                  {r.label} ({r.unit})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dates.map((d) => (
              <tr key={d}>
                <th scope="row">{d}</th>
                {rows.map((r) => {
                  const p = r.points.find((x) => x.date === d);
                  return <td key={r.label}>{p ? fmt(p.value) : ""}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** A line's dates in words: a one-day line (a CAR-T infusion) by its day. */
function lineDates(l: Line): string {
  if (l.end === l.start) return `given on ${l.start}`;
  return l.end ? `${l.start} to ${l.end}` : `from ${l.start}`;
}

function MProteinChart({
  t,
  xRange,
  undated,
}: {
  t: Timeline;
  xRange: [number, number];
  undated: Map<string, DatedValue>;
}) {
  const series = useMemo(() => {
    const s: ChartSeries[] = [];
    const add = (field: string, color: string, scale: string) => {
      const lab = t.labs.get(field);
      if (lab) s.push({ label: LAB_LABEL[field] ?? field, unit: lab.unit, color, points: lab.points, scale });
    };
    add("serumMProtein", COLORS.serum, "serum");
    add("involvedFreeLightChain", COLORS.involved, "flc");
    add("uninvolvedFreeLightChain", COLORS.uninvolved, "flc");
    return s;
  }, [t]);
  const draw = useMemo(() => annotate(t), [t]);
  if (series.length === 0) return null;
  const serum = t.labs.get("serumMProtein")?.points ?? [];
  const summary = [
    serum.length
      ? `Serum M-protein, ${serum.length} value${serum.length === 1 ? "" : "s"} from ${serum[0]!.date} (${fmt(serum[0]!.value)} g/dL) to ${serum.at(-1)!.date} (${fmt(serum.at(-1)!.value)} g/dL).`
      : null,
    t.nadir ? `Nadir ${fmt(t.nadir.value)} g/dL on ${t.nadir.date}.` : null,
    undatedWords(undated, ["serumMProtein", "involvedFreeLightChain", "uninvolvedFreeLightChain"]),
    t.progressionThreshold !== null
      ? `Progression (IMWG) if the serum M-protein reaches ${fmt(t.progressionThreshold)} g/dL, confirmed on a second test.`
      : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <figure className="chart" data-testid="mprotein-chart">
      <figcaption>
        <strong>M-protein and free light chains</strong>
        <span className="legend">
          {series.map((s) => (
            <span key={s.label} className="key">
              <span className="swatch" style={{ background: s.color }} />
              {s.label} ({s.unit})
            </span>
          ))}
          {t.progressionThreshold !== null && (
            <span className="key">
              <span className="swatch dashed" /> progression threshold
            </span>
          )}
        </span>
      </figcaption>
      <UChart series={series} height={260} draw={draw} xRange={xRange} />
      <p className="chart-summary">{summary}</p>
      {t.lines.length > 0 && (
        <ol className="line-marks" aria-label="Lines of therapy charted">
          {t.lines.map((l) => (
            <li key={l.number}>
              <strong>Line {l.number}</strong>: {l.regimens.join(" → ")}, {lineDates(l)}
            </li>
          ))}
        </ol>
      )}
      {t.responses.length > 0 && (
        <ol className="response-marks" aria-label="IMWG response at each assessment">
          {t.responses.map((r) => (
            <li key={r.date} className={r.progression ? "pd" : undefined}>
              <time dateTime={r.date}>{r.date}</time> <strong>{r.category}</strong>
              {r.confirmed ? "" : " (not confirmed yet)"}
            </li>
          ))}
        </ol>
      )}
      <ValuesTable caption="Values charted" rows={series} />
    </figure>
  );
}

/** The record's current values without a date, said beside the chart (the engine places them at no date). */
function undatedWords(undated: Map<string, DatedValue>, fields: string[]): string | null {
  const shown = fields.flatMap((f) => {
    const v = undated.get(f);
    return v ? [`${LAB_LABEL[f] ?? f} ${fmt(v.value)}${v.unit ? ` ${v.unit}` : ""}`] : [];
  });
  return shown.length
    ? `Current value${shown.length === 1 ? "" : "s"} with no date, not charted: ${shown.join(", ")}.`
    : null;
}

function SmallMultiple({ field, t, xRange }: { field: string; t: Timeline; xRange: [number, number] }) {
  const lab = t.labs.get(field);
  const series = useMemo(
    () =>
      lab
        ? [
            {
              label: LAB_LABEL[field] ?? field,
              unit: lab.unit,
              color: COLORS.small,
              points: lab.points,
              scale: "v",
            },
          ]
        : [],
    [lab, field],
  );
  if (!lab) return null;
  const last = lab.points.at(-1)!;
  return (
    <figure className="chart small">
      <figcaption>
        <strong>{LAB_LABEL[field]}</strong> ({lab.unit}): last {fmt(last.value)} on {last.date}
      </figcaption>
      <UChart series={series} height={120} xRange={xRange} />
      <ValuesTable caption={`Values of ${LAB_LABEL[field]}`} rows={series} />
    </figure>
  );
}

function MonitoringTimeline({ m }: { m: Assessment["monitoring"] }) {
  if (m.items.length === 0) return null;
  const items = [...m.items].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return (
    <section className="monitoring-timeline" aria-label="Monitoring timeline">
      <h4>Monitoring</h4>
      {m.plan && <p className="muted">{m.plan}</p>}
      <ol>
        {items.map((it) => (
          <li key={it.test} className={it.overdue ? "overdue" : undefined}>
            <span className="when">
              <time dateTime={it.due}>{it.due}</time>
              {it.overdue && <span className="badge badge-warning">overdue</span>}
              {isDueNow(it) && <span className="badge badge-secondary">due now</span>}
            </span>
            <span className="what">
              {it.test}
              <span className="muted">
                {" "}
                · last {it.lastDone ?? "never"} · {it.intervalText}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The whole "over time" panel. Renders nothing when there is nothing dated to show. */
export default function TimePanel({ source, assessment }: { source: TimeSource; assessment: Assessment }) {
  const t = useMemo(
    () =>
      buildTimeline(
        source.kind === "record"
          ? { assessment, series: seriesOfRecord(source.record), record: source.record }
          : { assessment, series: source.series },
      ),
    [source, assessment],
  );
  const undated = useMemo(
    () => (source.kind === "record" ? undatedOfRecord(source.record) : new Map<string, DatedValue>()),
    [source],
  );
  const xRange = useMemo<[number, number]>(() => {
    const dates = [...t.labs.values()].flatMap((l) => l.points.map((p) => p.date));
    for (const l of t.lines) dates.push(l.start, ...(l.end ? [l.end] : []));
    dates.sort();
    const lo = toSec(dates[0] ?? assessment.asOf);
    const hi = toSec(dates.at(-1) ?? assessment.asOf);
    const pad = Math.max(86400 * 7, (hi - lo) * 0.05);
    return [lo - pad, hi + pad];
  }, [t, assessment.asOf]);
  const hasSerial = [...t.labs.values()].some((l) => l.points.length > 1);
  const small = ["creatinine", "hemoglobin", "calcium"].filter((f) => t.labs.has(f));
  if (!hasSerial && assessment.monitoring.items.length === 0) return null;
  return (
    <div className="time-panel">
      {hasSerial && <MProteinChart t={t} xRange={xRange} undated={undated} />}
      {hasSerial && small.length > 0 && (
        <div className="small-multiples">
          {small.map((f) => (
            <SmallMultiple key={f} field={f} t={t} xRange={xRange} />
          ))}
        </div>
      )}
      <MonitoringTimeline m={assessment.monitoring} />
    </div>
  );
}
