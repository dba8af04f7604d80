// Entry module of the block: started by js_call_amd with the selector of its root element. Draws
// the small radar of the organisation's latest result the way the results page draws its own
// (local_digitalstrategy/radar); the block shows the same values as a table.
import Pending from 'core/pending';
import { requireRoot, markReady } from '../shared/dom';
import { drawCharts } from 'local_digitalstrategy/radar';

export function init(selector: string): void {
  const pending = new Pending('block_digicheck/block:init');
  try {
    const root = requireRoot(selector);
    drawCharts(root);
    markReady(root);
  } finally {
    pending.resolve();
  }
}
