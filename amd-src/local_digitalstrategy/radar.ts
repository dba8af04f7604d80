// The one way the suite draws radar charts of check results (the results page and the block):
// from the data-radar attribute that the PHP exporter local_digitalstrategy\output\radar_chart
// writes on each canvas, checked with zod. Own scores always; the peers' averages only when
// the server says they may be shown. The page shows the same values as a table.
import * as z from 'zod/mini';
import { drawRadar, type RadarSeries } from '../shared/radar';

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

/** The radar's series: own scores, and the peers' averages when shown. */
export function seriesOf(data: RadarData): RadarSeries[] {
  const series: RadarSeries[] = [{ label: data.ownlabel, values: data.own }];
  if (data.peers) series.push({ label: data.peerslabel, values: data.peers });
  return series;
}

/** Draws every radar chart inside a region; throws on data of the wrong shape. Returns how many were drawn. */
export function drawCharts(root: ParentNode): number {
  const canvases = Array.from(root.querySelectorAll<HTMLCanvasElement>(RADAR_SELECTOR));
  for (const canvas of canvases) {
    const data = radarDataSchema.parse(JSON.parse(canvas.dataset.radar ?? 'null'));
    drawRadar(canvas, data.labels, seriesOf(data), data.small);
  }
  return canvases.length;
}
