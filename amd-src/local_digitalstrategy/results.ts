// Entry module of the results page (templates/results_page.mustache): draws the radar of the
// organisation's scores against the average of other organisations (when at least k have
// submitted) from the data the page carries (local_digitalstrategy/radar). The table on the page
// shows the same.
import Pending from 'core/pending';
import { rootElement, markReady } from 'local_digitalstrategy/dom';
import { drawCharts } from 'local_digitalstrategy/radar';

/**
 * Starts the results page on its root element.
 *
 * @param rootid The id of the page's root element (template local_digitalstrategy/results_page)
 */
export function init(rootid: string): void {
  const pending = new Pending('local_digitalstrategy/results:init');
  try {
    const root = rootElement(rootid);
    drawCharts(root);
    markReady(root);
  } finally {
    pending.resolve();
  }
}
