// The chart beside the controlling dashboard's timeline table (and its compact version in the
// block): per half-year, how many indicators are green, amber, red or without an Ampel, as
// stacked bars drawn with Moodle's bundled Chart.js. The data comes from the data-chart attribute
// that local_digitalstrategy\output\controlling_page writes on the canvas, checked with zod; the
// same counts stand in a data table next to the chart.
import ChartJS from 'core/chartjs';
import * as z from 'zod/mini';
import type { ChartConfiguration } from 'chart.js';

/** Fill colours of the Ampel, the same as the table's cells; the order of the stack. */
export const COLOURS = { green: '#198754', amber: '#ffc107', red: '#dc3545', none: '#adb5bd' } as const;

/** What the page writes on the canvas. */
export const chartDataSchema = z.object({
  labels: z.array(z.string()),
  series: z.array(z.object({
    colour: z.enum(['green', 'amber', 'red', 'none']),
    label: z.string(),
    values: z.array(z.number()),
  })),
  small: z.boolean(),
});
export type ChartData = z.infer<typeof chartDataSchema>;

/** The canvases of the dashboard and the block. */
export const CHART_SELECTOR = 'canvas[data-region="local_digitalstrategy-controllingchart"]';

/**
 * The Chart.js configuration: one stacked bar per half-year.
 *
 * @param data The counts per colour and half-year
 */
export function chartConfig(data: ChartData): ChartConfiguration<'bar', number[], string> {
  return {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: data.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: COLOURS[s.colour],
        borderColor: '#495057',
        borderWidth: 1,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
      },
      plugins: {
        legend: { display: !data.small, position: 'bottom' },
      },
    },
  };
}

/**
 * Draws every controlling chart inside a region; throws on data of the wrong shape.
 *
 * @param root The region
 * @returns How many charts were drawn
 */
export function drawControllingCharts(root: ParentNode): number {
  const canvases = Array.from(root.querySelectorAll<HTMLCanvasElement>(CHART_SELECTOR));
  for (const canvas of canvases) {
    const data = chartDataSchema.parse(JSON.parse(canvas.dataset.chart ?? 'null'));
    new ChartJS(canvas, chartConfig(data));
  }
  return canvases.length;
}
