// Entry module of the controlling dashboard (controlling.php, template controlling_page): makes
// the timeline table navigable by keyboard (local_digitalstrategy/controlling_grid) and draws the
// chart beside it (local_digitalstrategy/controlling_chart). Without JavaScript the table, its
// links to the drill-down and the rules on hover and focus work all the same.
import Pending from 'core/pending';
import { rootElement, markReady } from 'local_digitalstrategy/dom';
import { enhanceGrid } from 'local_digitalstrategy/controlling_grid';
import { drawControllingCharts } from 'local_digitalstrategy/controlling_chart';

/**
 * Starts the dashboard on its root element.
 *
 * @param rootid The id of the page's root element
 */
export function init(rootid: string): void {
  const pending = new Pending('local_digitalstrategy/controlling:init');
  try {
    const root = rootElement(rootid);
    const table = root.querySelector<HTMLElement>('[data-region="controlling-grid"]');
    if (table) {
      enhanceGrid(table);
    }
    drawControllingCharts(root);
    markReady(root);
  } finally {
    pending.resolve();
  }
}
