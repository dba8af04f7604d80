// Test fake of core/chartjs (Moodle's bundled Chart.js): records every chart with its canvas and
// configuration instead of drawing (jsdom has no canvas).
export interface FakeChartConfig {
  type: string;
  data: { labels?: unknown[]; datasets: Array<{ label?: string; data: unknown[] }> };
  options?: Record<string, unknown>;
}

export const charts: FakeChart[] = [];

export default class FakeChart {
  destroyed = false;
  constructor(readonly canvas: HTMLCanvasElement, readonly config: FakeChartConfig) {
    charts.push(this);
  }
  destroy(): void {
    this.destroyed = true;
  }
  update(): void {}
}
