/** A small SVG line chart of one lab over time, with a data table for screen readers. Values the
 * server sends in mixed units are put into the field's canonical unit by the core's unit module. */
import { toCanonical, UNIT_SPECS } from "../core.js";
import type { ObservationPoint } from "./api.js";

type QuantityField = keyof typeof UNIT_SPECS;

const W = 640;
const H = 240;
const M = { top: 28, right: 24, bottom: 36, left: 56 };

/** Points in one unit: the canonical unit when the field is known, else the first point's unit. */
export function toCommonUnit(
  field: string,
  points: ObservationPoint[],
): { unit: string; points: ObservationPoint[] } {
  if (Object.hasOwn(UNIT_SPECS, field)) {
    const f = field as QuantityField;
    const unit: string = UNIT_SPECS[f].canonical;
    const converted = points.flatMap((p) => {
      const r = toCanonical(f, p.value, p.unit || unit);
      return r.ok ? [{ date: p.date, value: r.value, unit }] : [];
    });
    return { unit, points: converted };
  }
  const unit = points[0]?.unit ?? "";
  return { unit, points: points.filter((p) => p.unit === unit) };
}

/** Round tick values covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * mag).find((s) => s >= raw) ?? raw;
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= hi + step * 0.5; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Number(v.toPrecision(3)).toString());

export function LineChart({
  label,
  field,
  points,
}: {
  label: string;
  field: string;
  points: ObservationPoint[];
}) {
  const { unit, points: pts } = toCommonUnit(field, points);
  if (pts.length === 0) return <p>No values of {label} to chart.</p>;
  const times = pts.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const ticks = niceTicks(Math.min(...pts.map((p) => p.value)), Math.max(...pts.map((p) => p.value)));
  const y0 = ticks[0]!;
  const y1 = ticks[ticks.length - 1]!;
  const x = (t: number) => M.left + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (W - M.left - M.right);
  const y = (v: number) => H - M.bottom - ((v - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom);
  const path = pts
    .map((p, i) => `${i === 0 ? "M" : "L"}${x(times[i]!).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(" ");
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const xLabels =
    pts.length <= 6 ? pts.map((p) => p.date) : [first.date, pts[Math.floor(pts.length / 2)]!.date, last.date];
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${label} in ${unit}, ${pts.length} values from ${first.date} (${fmt(first.value)}) to ${last.date} (${fmt(last.value)})`}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={M.left - 8} y={y(t)} dy="0.32em" textAnchor="end">
              {fmt(t)}
            </text>
          </g>
        ))}
        {[...new Set(xLabels)].map((d, i, all) => (
          <text
            key={d}
            x={x(Date.parse(d))}
            y={H - M.bottom + 20}
            textAnchor={
              all.length > 1 && i === 0 ? "start" : all.length > 1 && i === all.length - 1 ? "end" : "middle"
            }
          >
            {d}
          </text>
        ))}
        <text x={M.left - 8} y={14} textAnchor="end" className="unit">
          {unit}
        </text>
        <path d={path} className="line" />
        {pts.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two values can share a date; the list never reorders
          <circle key={`${p.date}-${i}`} cx={x(times[i]!)} cy={y(p.value)} r={4} className="dot">
            <title>{`${p.date}: ${fmt(p.value)} ${unit}`}</title>
          </circle>
        ))}
      </svg>
      <details>
        <summary>Values of {label}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Value ({unit})</th>
            </tr>
          </thead>
          <tbody>
            {pts.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two values can share a date; the list never reorders
              <tr key={`${p.date}-${i}`}>
                <td>{p.date}</td>
                <td>{fmt(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
