export type TimelineMark = 'chair' | 'vice_chair' | 'member';

export interface TimelineRow {
  label: string;
  marks: ReadonlyMap<number, TimelineMark>;
}

export interface TimelineProps {
  /** What the picture shows, for screen readers (the page also has the same facts as a table). */
  title: string;
  rows: TimelineRow[];
  fromYear: number;
  toYear: number;
  legend: { mark: TimelineMark; label: string }[];
}

const LABEL_WIDTH = 150;
const CELL = 34;
const ROW = 26;
const TOP = 22;

/**
 * Years across, one row per unit; a filled cell is a year in a role. Server-rendered SVG (no
 * script), sized by its viewBox so that it shrinks on a phone; colours come from thidua.css.
 */
export function Timeline({ title, rows, fromYear, toYear, legend }: TimelineProps) {
  const years = Array.from({ length: Math.max(0, toYear - fromYear + 1) }, (_, i) => fromYear + i);
  const LEGEND_ITEM = 130;
  const width = LABEL_WIDTH + Math.max(years.length * CELL, legend.length * LEGEND_ITEM) + 10;
  const legendY = TOP + rows.length * ROW + 18;
  const height = legendY + 16;
  return (
    <figure class="timeline-strip">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={title}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title>{title}</title>
        {years.map((year, i) => (
          <text key={year} x={LABEL_WIDTH + i * CELL + CELL / 2} y={14} class="timeline-year" text-anchor="middle">
            {year}
          </text>
        ))}
        {rows.map((row, r) => (
          <g key={row.label}>
            <text x={LABEL_WIDTH - 8} y={TOP + r * ROW + ROW / 2 + 4} class="timeline-label" text-anchor="end">
              {row.label}
            </text>
            {years.map((year, i) => {
              const mark = row.marks.get(year);
              return (
                <rect
                  key={year}
                  x={LABEL_WIDTH + i * CELL + 2}
                  y={TOP + r * ROW + 3}
                  width={CELL - 4}
                  height={ROW - 6}
                  rx={3}
                  class={`timeline-cell ${mark ? `timeline-${mark}` : 'timeline-empty'}`}
                />
              );
            })}
          </g>
        ))}
        {legend.map((item, i) => (
          <g key={item.mark}>
            <rect
              x={LABEL_WIDTH + i * LEGEND_ITEM}
              y={legendY - 10}
              width={14}
              height={12}
              rx={2}
              class={`timeline-cell timeline-${item.mark}`}
            />
            <text x={LABEL_WIDTH + i * LEGEND_ITEM + 20} y={legendY} class="timeline-label">
              {item.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
