// Entry module of the results page (templates/results_page.mustache): loads the run's results
// through the web service and draws the radar of the organisation's scores against the average
// of other organisations (when at least k have submitted). The table on the page shows the same.
import Pending from 'core/pending';
import Notification from 'core/notification';
import { getString } from 'core/str';
import { rootElement, markReady, dataString } from 'local_digitalstrategy/dom';
import { drawRadar, type RadarSeries } from 'local_digitalstrategy/radar';
import { getResults, type Results } from 'local_digitalstrategy/repository';

/**
 * The series of the radar: own scores, and the peers' averages when they may be shown.
 *
 * @param results The run's results
 */
export async function radarSeries(results: Results): Promise<RadarSeries[]> {
  const series: RadarSeries[] = [{
    label: await getString('yourorganisation', 'local_digitalstrategy'),
    values: results.dimensions.map((d) => d.score),
  }];
  if (results.peers.available) {
    series.push({
      label: await getString('peersdataset', 'local_digitalstrategy'),
      values: results.dimensions.map((d) => d.peer),
    });
  }
  return series;
}

/**
 * Starts the results page on its root element.
 *
 * @param rootid The id of the page's root element (template local_digitalstrategy/results_page)
 */
export async function init(rootid: string): Promise<void> {
  const pending = new Pending('local_digitalstrategy/results:init');
  try {
    const root = rootElement(rootid);
    const canvas = root.querySelector<HTMLCanvasElement>('canvas[data-region="radar"]');
    const results = await getResults(Number(dataString(root, 'runid')));
    if (canvas) {
      drawRadar(canvas, results.dimensions.map((d) => d.name), await radarSeries(results));
    }
    markReady(root);
  } catch (e) {
    Notification.exception(e);
  } finally {
    pending.resolve();
  }
}
