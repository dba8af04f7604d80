// @vitest-environment jsdom
// The controlling dashboard: its timeline table is navigable by the arrow keys with one tab stop,
// Escape dismisses the rule shown on hover and focus, and the chart beside it counts the Ampel
// colours per half-year from the data the page carries.
import { describe, expect, it, beforeEach } from 'vitest';
import { charts } from './fakes/core/chartjs';
import Pending from './fakes/core/pending';
import { init } from 'local_digitalstrategy/controlling';
import { RULE_CLOSED, target } from 'local_digitalstrategy/controlling_grid';
import { chartConfig, type ChartData } from 'local_digitalstrategy/controlling_chart';

const CHART: ChartData = {
  labels: ['1. Hj. 2026', '2. Hj. 2026'],
  series: [
    { colour: 'green', label: 'Grün', values: [2, 1] },
    { colour: 'amber', label: 'Gelb', values: [0, 1] },
    { colour: 'red', label: 'Rot', values: [1, 0] },
    { colour: 'none', label: 'Ohne Ampel', values: [3, 4] },
  ],
  small: false,
};

/** The dashboard as the page renders it: two indicators × three half-years, and the chart. */
function page(): HTMLElement {
  const cell = (r: number, c: number): string => `<td data-region="cell"><a href="#${r}-${c}" data-action="drilldown" ` +
    `aria-describedby="rule-${r}-${c}">${r}/${c}</a><span role="tooltip" id="rule-${r}-${c}">Regel</span></td>`;
  const row = (r: number): string => `<tr><th scope="row">Indikator ${r}</th>${[0, 1, 2].map((c) => cell(r, c)).join('')}</tr>`;
  document.body.innerHTML = `<div id="ctl"><table data-region="controlling-grid"><thead><tr><th></th><th>a</th><th>b</th>` +
    `<th>c</th></tr></thead><tbody>${row(0)}${row(1)}</tbody></table>` +
    `<canvas data-region="local_digitalstrategy-controllingchart" data-chart='${JSON.stringify(CHART)}'></canvas></div>`;
  return document.getElementById('ctl') as HTMLElement;
}

const link = (r: number, c: number): HTMLElement => document.querySelector(`a[href="#${r}-${c}"]`) as HTMLElement;
const press = (key: string, ctrlKey = false): void => {
  (document.activeElement as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true }));
};

beforeEach(() => {
  charts.length = 0;
});

describe('the timeline table', () => {
  it('has one tab stop, the first cell, and marks the dashboard ready', () => {
    const root = page();
    init('ctl');
    const stops = Array.from(document.querySelectorAll<HTMLElement>('a')).filter((a) => a.tabIndex === 0);
    expect(stops).toEqual([link(0, 0)]);
    expect(root.dataset.ready).toBe('true');
    expect(Pending.open).toBe(0);
  });

  it('moves the focus and the tab stop with the arrow keys, Home and End', () => {
    page();
    init('ctl');
    link(0, 0).focus();
    press('ArrowRight');
    expect(document.activeElement).toBe(link(0, 1));
    press('ArrowDown');
    expect(document.activeElement).toBe(link(1, 1));
    press('ArrowDown');
    expect(document.activeElement, 'stays in the last row').toBe(link(1, 1));
    press('End');
    expect(document.activeElement).toBe(link(1, 2));
    press('Home');
    expect(document.activeElement).toBe(link(1, 0));
    press('ArrowUp');
    expect(document.activeElement).toBe(link(0, 0));
    press('End', true);
    expect(document.activeElement).toBe(link(1, 2));
    expect(link(1, 2).tabIndex).toBe(0);
    expect(link(0, 0).tabIndex).toBe(-1);
  });

  it('dismisses a cell\'s rule with Escape until the focus leaves the cell', () => {
    page();
    init('ctl');
    link(0, 1).focus();
    press('Escape');
    const cell = link(0, 1).closest('td') as HTMLElement;
    expect(cell.classList.contains(RULE_CLOSED)).toBe(true);
    link(1, 1).focus();
    expect(cell.classList.contains(RULE_CLOSED)).toBe(false);
  });

  it('leaves keys it does not handle alone', () => {
    expect(target('a', false, 0, 0, 2, 3)).toBeNull();
    expect(target('ArrowLeft', false, 0, 0, 2, 3)).toEqual([0, 0]);
  });
});

describe('the chart beside the table', () => {
  it('stacks the number of indicators per Ampel colour and half-year', () => {
    page();
    init('ctl');
    expect(charts).toHaveLength(1);
    expect(charts[0]?.config.type).toBe('bar');
    expect(charts[0]?.config.data.labels).toEqual(['1. Hj. 2026', '2. Hj. 2026']);
    expect(charts[0]?.config.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Grün', [2, 1]], ['Gelb', [0, 1]], ['Rot', [1, 0]], ['Ohne Ampel', [3, 4]],
    ]);
    const scales = chartConfig(CHART).options?.scales as Record<string, { stacked?: boolean }>;
    expect(scales.x?.stacked && scales.y?.stacked).toBe(true);
  });

  it('refuses chart data of the wrong shape, still resolving its pending promise', () => {
    page();
    document.querySelector('canvas')?.setAttribute('data-chart', '{"labels": "nope"}');
    expect(() => init('ctl')).toThrow();
    expect(Pending.open).toBe(0);
  });
});
