// @vitest-environment jsdom
// The three entry modules start on their root element, mark it ready and leave no pending work.
import { describe, expect, it, beforeEach } from 'vitest';
import Pending from './fakes/core/pending';
import * as overview from 'local_digitalstrategy/overview';
import * as view from 'mod_devcircle/view';
import * as block from 'block_digicheck/block';

const modules = [
  ['local_digitalstrategy/overview', overview, 'local_digitalstrategy-overview'],
  ['mod_devcircle/view', view, 'mod_devcircle-view'],
  ['block_digicheck/block', block, 'block_digicheck'],
] as const;

describe.each(modules)('%s', (_name, mod, region) => {
  beforeEach(() => {
    document.body.innerHTML = `<div data-region="${region}"></div>`;
  });

  it('marks its root ready and resolves its pending promise', () => {
    mod.init(`[data-region="${region}"]`);
    expect(document.querySelector<HTMLElement>(`[data-region="${region}"]`)?.dataset.ready).toBe('true');
    expect(Pending.open).toBe(0);
  });

  it('fails loudly when its root is missing, still resolving pending', () => {
    expect(() => mod.init('[data-region="nothing-here"]')).toThrow(/Element not found/);
    expect(Pending.open).toBe(0);
  });
});
