// Entry module of the block: started by js_call_amd with the id of its root element. Draws
// the small radar of the organisation's latest result from the canvas's data-radar attribute
// (checked with zod); the block shows the same values as a table.
import Pending from 'core/pending';
import * as z from 'zod/mini';
import { rootElement, markReady } from 'local_digitalstrategy/dom';
import { drawRadar, type RadarSeries } from 'local_digitalstrategy/radar';

export const radarDataSchema = z.object({
  labels: z.array(z.string()),
  own: z.array(z.nullable(z.number())),
  peers: z.nullable(z.array(z.nullable(z.number()))),
  ownlabel: z.string(),
  peerslabel: z.string(),
});
export type RadarData = z.infer<typeof radarDataSchema>;

/**
 * The radar's series from the block's data: own scores, and the peers' when shown.
 *
 * @param data The block's radar data
 */
export function seriesOf(data: RadarData): RadarSeries[] {
  const series: RadarSeries[] = [{ label: data.ownlabel, values: data.own }];
  if (data.peers) {
    series.push({ label: data.peerslabel, values: data.peers });
  }
  return series;
}

/**
 * Starts the block.
 *
 * @param rootid The id of the block's root element (template block_digicheck/block_content)
 */
export function init(rootid: string): void {
  const pending = new Pending('block_digicheck/block:init');
  try {
    const root = rootElement(rootid);
    const canvas = root.querySelector<HTMLCanvasElement>('canvas[data-region="block_digicheck-radar"]');
    if (canvas?.dataset.radar) {
      const data = radarDataSchema.parse(JSON.parse(canvas.dataset.radar));
      drawRadar(canvas, data.labels, seriesOf(data), true);
    }
    markReady(root);
  } finally {
    pending.resolve();
  }
}
