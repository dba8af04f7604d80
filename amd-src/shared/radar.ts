// Radar charts of check scores (0–100 per dimension) with Moodle's bundled Chart.js
// (core/chartjs), the one way the suite draws them (the results page and the block): from the
// data-radar attribute that the PHP exporter local_digitalstrategy\output\radar_chart writes on
// each canvas, checked with zod. Own scores always; the peers' averages only when the server says
// they may be shown. Every chart has an equivalent data table on the page; the canvas itself is
// labelled as an image.
import ChartJS from 'core/chartjs';
import * as z from 'zod/mini';
import type { ChartConfiguration } from 'chart.js';

export interface RadarSeries {
  label: string;
  values: Array<number | null>;
}

const COLOURS = [
  { line: 'rgb(15, 108, 191)', fill: 'rgba(15, 108, 191, 0.2)', dash: [] as number[] },
  { line: 'rgb(108, 117, 125)', fill: 'rgba(108, 117, 125, 0.05)', dash: [6, 4] },
];

/**
 * Splits a long label into lines of about `width` characters at spaces, so it fits beside the chart.
 *
 * @param label The label
 * @param width About how many characters fit on a line
 */
export function wrapLabel(label: string, width: number): string | string[] {
  if (label.length <= width) {
    return label;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') {
    lines.push(line);
  }
  return lines;
}

/**
 * The Chart.js configuration of a radar of scores: own result first, then comparisons.
 *
 * @param labels The dimensions' names
 * @param series The series: own result first, then comparisons
 * @param small Whether the chart is small (the block)
 */
export function radarConfig(labels: string[], series: RadarSeries[], small = false):
  ChartConfiguration<'radar', Array<number | null>, string | string[]> {
  return {
    type: 'radar',
    data: {
      labels: labels.map((l) => wrapLabel(l, small ? 14 : 18)),
      datasets: series.map((s, i) => {
        const colour = COLOURS[Math.min(i, COLOURS.length - 1)] ?? COLOURS[0];
        return {
          label: s.label,
          data: s.values,
          borderColor: colour?.line,
          backgroundColor: colour?.fill,
          pointBackgroundColor: colour?.line,
          borderDash: colour?.dash,
          borderWidth: 2,
          pointRadius: small ? 2 : 3,
          spanGaps: true,
        };
      }),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 25, display: !small, backdropColor: 'transparent' },
          pointLabels: { font: { size: small ? 10 : 12 } },
        },
      },
      plugins: {
        legend: { display: series.length > 1, position: 'bottom', labels: { boxWidth: small ? 10 : 20 } },
      },
    },
  };
}

/**
 * Draws a radar into a canvas; returns the chart so it can be destroyed.
 *
 * @param canvas The canvas to draw into
 * @param labels The dimensions' names
 * @param series The series: own result first, then comparisons
 * @param small Whether the chart is small (the block)
 */
export function drawRadar(canvas: HTMLCanvasElement, labels: string[], series: RadarSeries[], small = false):
  InstanceType<typeof ChartJS> {
  return new ChartJS(canvas, radarConfig(labels, series, small));
}

/** The data local_digitalstrategy\output\radar_chart writes on each canvas (data-radar). */
export const radarDataSchema = z.object({
  labels: z.array(z.string()),
  own: z.array(z.nullable(z.number())),
  peers: z.nullable(z.array(z.nullable(z.number()))),
  ownlabel: z.string(),
  peerslabel: z.string(),
  small: z.boolean(),
});
export type RadarData = z.infer<typeof radarDataSchema>;

/** The canvases radar_chart renders. */
export const RADAR_SELECTOR = 'canvas[data-region="local_digitalstrategy-radar"]';

/**
 * The radar's series: own scores, and the peers' averages when shown.
 *
 * @param data A chart's data
 */
export function seriesOf(data: RadarData): RadarSeries[] {
  const series: RadarSeries[] = [{ label: data.ownlabel, values: data.own }];
  if (data.peers) {
    series.push({ label: data.peerslabel, values: data.peers });
  }
  return series;
}

/**
 * Draws every radar chart inside a region; throws on data of the wrong shape.
 *
 * @param root The region
 * @returns How many charts were drawn
 */
export function drawCharts(root: ParentNode): number {
  const canvases = Array.from(root.querySelectorAll<HTMLCanvasElement>(RADAR_SELECTOR));
  for (const canvas of canvases) {
    const data = radarDataSchema.parse(JSON.parse(canvas.dataset.radar ?? 'null'));
    drawRadar(canvas, data.labels, seriesOf(data), data.small);
  }
  return canvases.length;
}
