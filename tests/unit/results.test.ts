// @vitest-environment jsdom
// The results page and the block draw radar charts with Moodle's Chart.js from the same data,
// which the page carries on the canvas: own scores always, the peers' averages only when they
// may be shown.
import { describe, expect, it, beforeEach } from 'vitest';
import { charts } from './fakes/core/chartjs';
import Pending from './fakes/core/pending';
import { init as initResults } from 'local_digitalstrategy/results';
import { init as initBlock } from 'block_digicheck/block';
import { radarConfig, radarDataSchema, wrapLabel, type RadarData } from 'local_digitalstrategy/radar';

/** The data local_digitalstrategy\output\radar_chart writes on the canvas. */
function radar(peers: boolean, small = false): RadarData {
  return {
    labels: ['Technik & IT', 'Kultur'],
    own: [75, null],
    peers: peers ? [60, 40] : null,
    ownlabel: 'Ihre Organisation',
    peerslabel: 'Andere Organisationen (Durchschnitt)',
    small,
  };
}

/** A root element holding one chart, as the page renders it (the data attribute escaped by Mustache). */
function page(region: string, data: unknown): void {
  const root = document.createElement('div');
  root.id = region;
  root.dataset.region = region;
  const canvas = document.createElement('canvas');
  canvas.dataset.region = 'local_digitalstrategy-radar';
  canvas.dataset.radar = JSON.stringify(data);
  root.append(canvas);
  document.body.replaceChildren(root);
}

beforeEach(() => {
  charts.length = 0;
});

describe('results page', () => {
  it('draws own scores and the peers\' averages when they may be shown', () => {
    page('local_digitalstrategy-results', radar(true));

    initResults('local_digitalstrategy-results');

    expect(charts).toHaveLength(1);
    const chart = charts[0];
    expect(chart?.canvas).toBe(document.querySelector('canvas'));
    expect(chart?.config.type).toBe('radar');
    expect(chart?.config.data.labels).toEqual(['Technik & IT', 'Kultur']);
    expect(chart?.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Ihre Organisation', [75, null]],
      ['Andere Organisationen (Durchschnitt)', [60, 40]],
    ]);
    expect(document.querySelector<HTMLElement>('[data-region="local_digitalstrategy-results"]')?.dataset.ready).toBe('true');
    expect(Pending.open).toBe(0);
  });

  it('draws only own scores below the threshold', () => {
    page('local_digitalstrategy-results', radar(false));

    initResults('local_digitalstrategy-results');

    expect(charts[0]?.config.data.datasets).toHaveLength(1);
  });

  it('refuses data of the wrong shape and draws nothing, still resolving pending', () => {
    page('local_digitalstrategy-results', { labels: 'Strategie' });

    expect(() => initResults('local_digitalstrategy-results')).toThrow();
    expect(charts).toHaveLength(0);
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
  it('draws a small radar from the same data as the results page', () => {
    page('block_digicheck', radar(true, true));

    initBlock('block_digicheck');

    expect(charts).toHaveLength(1);
    expect(charts[0]?.config.data.datasets.map((d) => d.label)).toEqual(['Ihre Organisation', 'Andere Organisationen (Durchschnitt)']);
    expect(charts[0]?.config.data.datasets.map((d) => (d as { pointRadius?: number }).pointRadius)).toEqual([2, 2]);
    expect(document.querySelector<HTMLElement>('[data-region="block_digicheck"]')?.dataset.ready).toBe('true');
  });

  it('refuses data of the wrong shape, still resolving pending', () => {
    page('block_digicheck', { labels: 'x' });

    expect(() => initBlock('block_digicheck')).toThrow();
    expect(charts).toHaveLength(0);
    expect(Pending.open).toBe(0);
  });

  it('the block and the results page read one data shape', () => {
    expect(radarDataSchema.safeParse(radar(false, true)).success).toBe(true);
    expect(radarDataSchema.safeParse({ ...radar(false), small: undefined }).success).toBe(false);
  });
});
