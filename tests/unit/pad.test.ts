// @vitest-environment jsdom
// The pad page module: loads Etherpad into the iframe, shows the last snapshot read-only with a
// notice when the pad does not load in time, toggles full screen and copies the link.
import { describe, expect, it, beforeEach, afterEach, vi } from 'vitest';
import Pending from './fakes/core/pending';
import * as ajax from './fakes/core/ajax';
import { rendered } from './fakes/core/templates';
import { toasts } from './fakes/core/toast';
import { shown } from './fakes/core/notification';
import { init, inspectFrame, loadPad, toggleFullscreen, fitFrame } from 'mod_devcircle/pad';

const page = (available = true): string => `
  <div id="mod_devcircle-pad" data-region="mod_devcircle-pad" data-padid="7" data-src="http://localhost/etherpad/p/g.x%24p1"
      data-timeout="3000" data-available="${available ? '1' : '0'}">
    <button type="button" data-action="fullscreen" aria-pressed="false">Full screen</button>
    <button type="button" data-action="copylink" data-link="http://localhost/mod/devcircle/pad.php?id=7">Copy</button>
    <div data-region="mod_devcircle-pad-stage">
      ${available ? '<iframe data-region="mod_devcircle-pad-frame"></iframe>' : ''}
      <div data-region="mod_devcircle-pad-fallback" ${available ? 'hidden' : ''}></div>
    </div>
  </div>`;

function find<T extends Element>(selector: string): T {
  const el = document.querySelector<T>(selector);
  if (el === null) throw new Error(`Not found: ${selector}`);
  return el;
}
const root = (): HTMLElement => find<HTMLElement>('[data-region="mod_devcircle-pad"]');
const frame = (): HTMLIFrameElement => find<HTMLIFrameElement>('iframe');

/** Makes the iframe's document look like the given HTML (or throw like a cross-origin frame). */
function frameDocument(el: HTMLIFrameElement, body: string | 'cross-origin', readyState = 'complete'): void {
  Object.defineProperty(el, 'contentDocument', {
    configurable: true,
    get: () => {
      if (body === 'cross-origin') throw new DOMException('Blocked', 'SecurityError');
      const doc = document.implementation.createHTMLDocument('pad');
      doc.body.innerHTML = body;
      Object.defineProperty(doc, 'readyState', { value: readyState });
      return doc;
    },
  });
}

beforeEach(() => {
  ajax.reset();
  rendered.length = 0;
  toasts.length = 0;
  shown.length = 0;
  document.body.className = '';
});

afterEach(() => {
  vi.useRealTimers();
});

describe('inspectFrame', () => {
  beforeEach(() => { document.body.innerHTML = '<iframe></iframe>'; });

  it('sees a pad whose editor opened as ready', () => {
    frameDocument(frame(), '<div id="editorcontainer"><iframe name="ace_outer"></iframe></div>');
    expect(inspectFrame(frame())).toBe('ready');
  });

  it('keeps waiting while the editor has not opened (e.g. "You do not have permission")', () => {
    frameDocument(frame(), '<div id="editorcontainerbox"><div id="editorloadingbox">You do not have permission</div></div>');
    expect(inspectFrame(frame())).toBe('pending');
  });

  it('sees a finished page without Etherpad (proxy error page) as failed', () => {
    frameDocument(frame(), '<h1>502 Bad Gateway</h1>');
    expect(inspectFrame(frame())).toBe('failed');
  });

  it('trusts the load event of a cross-origin pad it cannot look into', () => {
    frameDocument(frame(), 'cross-origin');
    expect(inspectFrame(frame())).toBe('ready');
  });
});

describe('loadPad', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<iframe></iframe>';
  });

  it('resolves ready once the frame loaded and shows the editor', async () => {
    const result = loadPad(frame(), 'about:blank#pad', 5000, () => 'ready');
    expect(frame().getAttribute('src')).toBe('about:blank#pad');
    frame().dispatchEvent(new Event('load'));
    await expect(result).resolves.toBe('ready');
  });

  it('fails when the frame never loads within the timeout', async () => {
    const result = loadPad(frame(), 'about:blank#pad', 5000, () => 'ready');
    await vi.advanceTimersByTimeAsync(5100);
    await expect(result).resolves.toBe('failed');
  });

  it('fails when the frame loads but the editor does not open in time', async () => {
    const result = loadPad(frame(), 'about:blank#pad', 5000, () => 'pending');
    frame().dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(4000);
    let settled = false;
    void result.then(() => { settled = true; });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1200);
    await expect(result).resolves.toBe('failed');
  });
});

describe('init', () => {
  it('shows the last snapshot read-only with a notice when the pad does not load', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = page();
    ajax.respond('mod_devcircle_get_pad_snapshot', (args) => ({
      found: true, html: `<p>Snapshot of pad ${String(args.padid)}</p>`, text: '', timecreated: 1773300000,
      time: '12 March 2026, 10:15',
    }));

    init('mod_devcircle-pad');
    expect(root().dataset.state).toBe('loading');
    expect(frame().getAttribute('src')).toBe('http://localhost/etherpad/p/g.x%24p1');
    expect(Pending.open).toBe(1);
    await vi.advanceTimersByTimeAsync(3500);

    expect(ajax.requests).toEqual([{ methodname: 'mod_devcircle_get_pad_snapshot', args: { padid: 7 } }]);
    expect(rendered).toEqual([{ name: 'mod_devcircle/pad_fallback', context: {
      problem: 'mod_devcircle/padnotloaded', hassnapshot: true, snapshothtml: '<p>Snapshot of pad 7</p>', snapshottext: '',
      snapshottime: '12 March 2026, 10:15',
    } }]);
    const fallback = find<HTMLElement>('[data-region="mod_devcircle-pad-fallback"]');
    expect(fallback.hidden).toBe(false);
    expect(fallback.querySelector('[role="status"]')?.textContent).toContain('mod_devcircle/padnotloaded');
    expect(fallback.querySelector('[data-region="mod_devcircle-pad-snapshot-content"]')?.innerHTML.trim()).toBe('<p>Snapshot of pad 7</p>');
    expect(frame().hidden).toBe(true);
    expect(frame().hasAttribute('src')).toBe(false);
    expect(root().dataset.state).toBe('snapshot');
    expect(Pending.open).toBe(0);
  });

  it('keeps the pad when it loads in time', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = page();
    frameDocument(frame(), '<div id="editorcontainer"><iframe name="ace_outer"></iframe></div>');

    init('mod_devcircle-pad');
    frame().dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(10);

    expect(root().dataset.state).toBe('ready');
    expect(ajax.requests).toEqual([]);
    expect(frame().hidden).toBe(false);
    expect(Pending.open).toBe(0);
  });

  it.each([
    ['an answer of an unexpected shape', () => ({ found: 'yes' })],
    ['a lost connection', () => { throw 'timeout'; }],
  ])('says the snapshot cannot be loaded either after %s, and shows nothing of the answer', async (_name, answer) => {
    vi.useFakeTimers();
    document.body.innerHTML = page();
    ajax.respond('mod_devcircle_get_pad_snapshot', answer);

    init('mod_devcircle-pad');
    await vi.advanceTimersByTimeAsync(3500);

    expect(rendered).toEqual([{ name: 'mod_devcircle/pad_fallback', context: {
      problem: 'mod_devcircle/padnotloaded', hassnapshot: false, snapshoterror: 'mod_devcircle/padsnapshotunavailable',
    } }]);
    const fallback = find<HTMLElement>('[data-region="mod_devcircle-pad-fallback"]');
    expect(fallback.textContent).toContain('mod_devcircle/padsnapshotunavailable');
    expect(fallback.textContent).not.toContain('padfallbacknosnapshot');
    expect(shown).toEqual([]);
    expect(Pending.open).toBe(0);
  });

  it("shows the server's reason when it refuses the snapshot", async () => {
    vi.useFakeTimers();
    document.body.innerHTML = page();
    ajax.respond('mod_devcircle_get_pad_snapshot', () => { throw { errorcode: 'nopermissions', message: 'Sie dürfen dieses Pad nicht sehen.' }; });

    init('mod_devcircle-pad');
    await vi.advanceTimersByTimeAsync(3500);

    expect(find<HTMLElement>('[data-region="mod_devcircle-pad-fallback"]').textContent).toContain('Sie dürfen dieses Pad nicht sehen.');
    expect(Pending.open).toBe(0);
  });

  it('leaves a snapshot rendered by the server alone', () => {
    document.body.innerHTML = page(false);
    init('mod_devcircle-pad');
    expect(root().dataset.ready).toBe('true');
    expect(ajax.requests).toEqual([]);
    expect(Pending.open).toBe(0);
  });

  it('toggles full screen with the button and leaves it with Escape', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = page();
    frameDocument(frame(), '<div id="editorcontainer"><iframe name="ace_outer"></iframe></div>');
    init('mod_devcircle-pad');
    const button = find<HTMLElement>('[data-action="fullscreen"]');

    button.click();
    expect(root().classList.contains('mod_devcircle-pad-fullscreen')).toBe(true);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(root().classList.contains('mod_devcircle-pad-fullscreen')).toBe(false);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    frame().dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(10);
    expect(Pending.open).toBe(0);
  });

  it('copies the link of the pad page and says so', async () => {
    document.body.innerHTML = page(false);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    init('mod_devcircle-pad');

    find<HTMLElement>('[data-action="copylink"]').click();
    await vi.waitFor(() => expect(toasts).toHaveLength(1));

    expect(writeText).toHaveBeenCalledWith('http://localhost/mod/devcircle/pad.php?id=7');
    expect(toasts[0]?.message).toBe('mod_devcircle/padlinkcopied');
    await vi.waitFor(() => expect(Pending.open).toBe(0));
  });

  it('shows the link to copy by hand when the clipboard is not available', async () => {
    document.body.innerHTML = page(false);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    init('mod_devcircle-pad');

    find<HTMLElement>('[data-action="copylink"]').click();
    await vi.waitFor(() => expect(shown).toHaveLength(1));

    expect(shown[0]).toEqual({ kind: 'alert', detail: { title: 'mod_devcircle/padcopylink',
      message: 'mod_devcircle/padlinkcopyfailed:http://localhost/mod/devcircle/pad.php?id=7' } });
  });
});

describe('fitFrame and toggleFullscreen', () => {
  it('fills the window below the frame, never less than 360 px', () => {
    document.body.innerHTML = page();
    const win = { innerHeight: 1000 } as Window;
    fitFrame(root(), frame(), win);
    expect(frame().style.height).toBe('976px');
    fitFrame(root(), frame(), { innerHeight: 200 } as Window);
    expect(frame().style.height).toBe('360px');
    toggleFullscreen(root(), find<HTMLElement>('[data-action="fullscreen"]'), true);
    fitFrame(root(), frame(), win);
    expect(frame().style.height).toBe('992px');
    expect(document.body.classList.contains('mod_devcircle-pad-noscroll')).toBe(true);
  });
});
