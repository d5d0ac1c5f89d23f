/** A grouped bar chart: one group of bars per category (e.g. a cluster), one bar per series (e.g. a year). */
export interface BarChart {
  title: string;
  /** What the bars count, shown along the vertical axis, e.g. "Số Cờ thi đua". */
  valueLabel: string;
  categories: string[];
  /** Each series has one value per category, in the same order. */
  series: { name: string; values: number[] }[];
}
