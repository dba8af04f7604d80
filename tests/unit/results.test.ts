// @vitest-environment jsdom
// The results page and the block draw radar charts with Moodle's Chart.js: own scores always,
// the peers' averages only when they may be shown; the block reads its data from the page.
import { describe, expect, it, beforeEach } from 'vitest';
import { respond, reset } from './fakes/core/ajax';
import { charts } from './fakes/core/chartjs';
import { shown } from './fakes/core/notification';
import Pending from './fakes/core/pending';
import { init as initResults } from 'local_digitalstrategy/results';
import { init as initBlock } from 'block_digicheck/block';
import { radarConfig, wrapLabel } from 'local_digitalstrategy/radar';

function results(peers: boolean) {
  return {
    run: { id: 3, orgid: 1, orgname: 'Nord', instrumentid: 1, status: 'submitted', timecreated: 1, timesubmitted: 2 },
    score: 62.5, maturity: 2, maturitylabel: 'In Umsetzung', answered: 44, items: 44,
    dimensions: [
      { key: 'strategy', name: 'Strategie', score: 75, peer: peers ? 60 : null, change: null, answered: 6, scored: 5, items: 6 },
      { key: 'culture', name: 'Kultur', score: null, peer: peers ? 40 : null, change: null, answered: 0, scored: 0, items: 5 },
    ],
    peers: { available: peers, organisations: peers ? 6 : 2, threshold: 5, missing: peers ? 0 : 3, score: peers ? 50 : null },
    strengths: ['strategy'], weaknesses: [], recommendations: [], priorities: [], history: [], overallchange: null,
  };
}

beforeEach(() => {
  reset();
  charts.length = 0;
  shown.length = 0;
  document.body.innerHTML = '<div id="local_digitalstrategy-results" data-region="local_digitalstrategy-results" data-runid="3"><canvas data-region="radar"></canvas></div>';
});

describe('results page', () => {
  it('draws own scores and the peers\' averages when they may be shown', async () => {
    respond('local_digitalstrategy_get_results', (args) => (args.runid === 3 ? results(true) : null));

    await initResults('local_digitalstrategy-results');

    expect(charts).toHaveLength(1);
    const chart = charts[0];
    expect(chart?.canvas).toBe(document.querySelector('canvas'));
    expect(chart?.config.type).toBe('radar');
    expect(chart?.config.data.labels).toEqual(['Strategie', 'Kultur']);
    expect(chart?.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['local_digitalstrategy/yourorganisation', [75, null]],
      ['local_digitalstrategy/peersdataset', [60, 40]],
    ]);
    expect(document.querySelector<HTMLElement>('[data-region="local_digitalstrategy-results"]')?.dataset.ready).toBe('true');
    expect(Pending.open).toBe(0);
  });

  it('draws only own scores below the threshold', async () => {
    respond('local_digitalstrategy_get_results', () => results(false));

    await initResults('local_digitalstrategy-results');

    expect(charts[0]?.config.data.datasets).toHaveLength(1);
  });

  it('reports a refused request and draws nothing', async () => {
    respond('local_digitalstrategy_get_results', () => { throw { errorcode: 'notmember', message: 'Nein' }; });

    await initResults('local_digitalstrategy-results');

    expect(charts).toHaveLength(0);
    expect(shown.map((s) => s.kind)).toEqual(['exception']);
    expect(Pending.open).toBe(0);
  });

  it('long area names are wrapped onto lines so they fit beside the chart', () => {
    expect(wrapLabel('Strategie und Führung', 18)).toEqual(['Strategie und', 'Führung']);
    expect(wrapLabel('Leistungserbringung und Teilhabe der Klientinnen und Klienten', 18))
      .toEqual(['Leistungserbringung', 'und Teilhabe der', 'Klientinnen und', 'Klienten']);
    expect(wrapLabel('Kultur', 18)).toBe('Kultur');
  });

  it('the radar scale runs from 0 to 100 in steps of 25', () => {
    const config = radarConfig(['A'], [{ label: 'x', values: [10] }]);
    expect(config.options?.scales?.r).toMatchObject({ min: 0, max: 100, ticks: { stepSize: 25 } });
    expect(config.options?.animation).toBe(false);
  });
});

describe('block', () => {
  it('draws a small radar from the data on the canvas', () => {
    const data = { labels: ['Strategie', 'Kultur'], own: [50, 75], peers: [40, null], ownlabel: 'Ihre', peerslabel: 'Andere' };
    document.body.innerHTML = `<div id="block_digicheck" data-region="block_digicheck"><canvas data-region="block_digicheck-radar" data-radar='${JSON.stringify(data)}'></canvas></div>`;

    initBlock('block_digicheck');

    expect(charts).toHaveLength(1);
    expect(charts[0]?.config.data.datasets.map((d) => d.label)).toEqual(['Ihre', 'Andere']);
    expect(document.querySelector<HTMLElement>('[data-region="block_digicheck"]')?.dataset.ready).toBe('true');
  });

  it('refuses data of the wrong shape, still resolving pending', () => {
    document.body.innerHTML = '<div id="block_digicheck" data-region="block_digicheck"><canvas data-region="block_digicheck-radar" data-radar=\'{"labels":"x"}\'></canvas></div>';

    expect(() => initBlock('block_digicheck')).toThrow();
    expect(charts).toHaveLength(0);
    expect(Pending.open).toBe(0);
  });
});
