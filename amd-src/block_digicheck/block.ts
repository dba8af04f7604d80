// Entry module of the block: started by js_call_amd with the id of its root element. Draws the
// small radar of the organisation's latest result the way the results page draws its own
// (local_digitalstrategy/radar); the block shows the same values as a table.
import Pending from 'core/pending';
import { rootElement, markReady } from 'local_digitalstrategy/dom';
import { drawCharts } from 'local_digitalstrategy/radar';

/**
 * Starts the block.
 *
 * @param rootid The id of the block's root element (template block_digicheck/block_content)
 */
export function init(rootid: string): void {
  const pending = new Pending('block_digicheck/block:init');
  try {
    const root = rootElement(rootid);
    drawCharts(root);
    markReady(root);
  } finally {
    pending.resolve();
  }
}
