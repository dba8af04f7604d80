// @vitest-environment jsdom
// Every entry module starts on the element whose id js_call_amd passes (its root), and fails
// loudly, leaving no pending work, when the page lacks it; the shared DOM helpers behind that.
import { describe, expect, it, beforeEach, vi } from 'vitest';
import Pending from './fakes/core/pending';
import { respond, reset } from './fakes/core/ajax';
import { dataString, markReady, rootElement } from 'local_digitalstrategy/dom';
import * as block from 'block_digicheck/block';
import * as check from 'local_digitalstrategy/check';
import * as pad from 'mod_devcircle/pad';
import * as webinar from 'mod_devcircle/webinar';

describe('local_digitalstrategy/dom', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="x-root" data-run-id="7"><div id="x-inner"></div></div>';
  });

  it('finds a root by its id and names the id when it is missing', () => {
    expect(rootElement('x-root').dataset.runId).toBe('7');
    expect(() => rootElement('[data-region="x-root"]')).toThrow('Element not found: #[data-region="x-root"]');
  });

  it('marks a root ready and reads required data attributes', () => {
    const root = rootElement('x-root');
    markReady(root);
    expect(root.dataset.ready).toBe('true');
    expect(dataString(root, 'runId')).toBe('7');
    expect(() => dataString(root, 'padId')).toThrow('Missing data-pad-id');
  });
});

describe.each([
  ['block_digicheck/block', (id: string) => block.init(id)],
  ['local_digitalstrategy/check', (id: string) => check.init(id)],
  ['mod_devcircle/pad', (id: string) => pad.init(id)],
])('%s', (_name, init) => {
  it('fails loudly when its root is missing, still resolving pending', () => {
    document.body.innerHTML = '';
    expect(() => init('nothing-here')).toThrow(/Element not found: #nothing-here/);
    expect(Pending.open).toBe(0);
  });
});

describe('block_digicheck/block', () => {
  it('marks its root ready and resolves its pending promise', () => {
    document.body.innerHTML = '<div id="block_digicheck" data-region="block_digicheck"></div>';
    block.init('block_digicheck');
    expect(document.getElementById('block_digicheck')?.dataset.ready).toBe('true');
    expect(Pending.open).toBe(0);
  });
});

describe('mod_devcircle/webinar', () => {
  it('starts on the sessions section by its id and marks it ready', async () => {
    vi.useFakeTimers();
    reset();
    respond('mod_devcircle_get_sessions_status', () => ({ sessions: [], error: '' }));
    document.body.innerHTML = '<section id="mod_devcircle-sessions" data-cmid="4"><div data-region="notice"></div></section>';

    await webinar.init('mod_devcircle-sessions');

    expect(document.getElementById('mod_devcircle-sessions')?.dataset.ready).toBe('true');
    expect(Pending.open).toBe(0);
    vi.useRealTimers();
  });

  it('fails loudly when its root is missing, still resolving pending', async () => {
    document.body.innerHTML = '';
    await expect(webinar.init('nothing-here')).rejects.toThrow(/Element not found/);
    expect(Pending.open).toBe(0);
  });
});
