// The pad page: Etherpad in an iframe sized to the page, a full-screen toggle, a copyable link,
// and the last snapshot (read-only, with a notice) when the pad does not load in time.
import Pending from 'core/pending';
import { getString } from 'core/str';
import Templates from 'core/templates';
import Notification from 'core/notification';
import { add as addToast } from 'core/toast';
import { getPadSnapshot, type PadSnapshot } from 'mod_devcircle/pad_repository';
import { rootElement, markReady, dataString } from 'local_digitalstrategy/dom';
import { toWsError } from 'local_digitalstrategy/ws';

/** What the iframe shows: Etherpad's editor, something still loading, or not a pad at all. */
export type FrameState = 'ready' | 'pending' | 'failed';

const FULLSCREEN_CLASS = 'mod_devcircle-pad-fullscreen';
const POLL_MS = 250;
const MIN_HEIGHT = 360;

/**
 * Inspects the iframe. A cross-origin pad (production: Etherpad on its own subdomain) cannot be
 * looked into, so its load event is all we learn: ready. On one origin (the local stack) the
 * editor's inner frame proves the pad opened; a page without Etherpad's editor is an error page.
 *
 * @param frame The pad's iframe
 */
export function inspectFrame(frame: HTMLIFrameElement): FrameState {
  let doc: Document | null;
  try {
    doc = frame.contentDocument;
  } catch {
    return 'ready';
  }
  if (doc === null) {
    return 'ready';
  }
  if (doc.querySelector('iframe[name="ace_outer"]') !== null) {
    return 'ready';
  }
  if (doc.readyState !== 'complete') {
    return 'pending';
  }
  if (doc.querySelector('#editorcontainer, #editorcontainerbox') !== null) {
    return 'pending';
  }
  return 'failed';
}

/**
 * Loads the pad into the iframe; resolves 'ready', or 'failed' when it does not load within the timeout.
 *
 * @param frame The pad's iframe
 * @param src The pad's address
 * @param timeoutMs How long to wait, milliseconds
 * @param inspect How to look into the frame (replaced in tests)
 */
export function loadPad(frame: HTMLIFrameElement, src: string, timeoutMs: number,
  inspect: (frame: HTMLIFrameElement) => FrameState = inspectFrame): Promise<'ready' | 'failed'> {
  return new Promise((resolve) => {
    let loaded = false;
    const started = Date.now();
    const finish = (result: 'ready' | 'failed'): void => {
      window.clearInterval(timer);
      frame.removeEventListener('load', onLoad);
      resolve(result);
    };
    const check = (): void => {
      if (loaded) {
        const state = inspect(frame);
        if (state !== 'pending') {
          finish(state); return;
        }
      }
      if (Date.now() - started >= timeoutMs) {
        finish('failed');
      }
    };
    const onLoad = (): void => {
      loaded = true; check();
    };
    frame.addEventListener('load', onLoad);
    const timer = window.setInterval(check, POLL_MS);
    frame.src = src;
  });
}

/**
 * Sizes the iframe to the rest of the window (all of it in full screen).
 *
 * @param root The pad page's root element
 * @param frame The pad's iframe
 * @param win The window (replaced in tests)
 */
export function fitFrame(root: HTMLElement, frame: HTMLIFrameElement, win: Window = window): void {
  const top = frame.getBoundingClientRect().top;
  const margin = root.classList.contains(FULLSCREEN_CLASS) ? 8 : 24;
  frame.style.height = `${Math.max(MIN_HEIGHT, Math.floor(win.innerHeight - top - margin))}px`;
}

/**
 * Switches full screen on or off; returns whether it is on.
 *
 * @param root The pad page's root element
 * @param button The full-screen button
 * @param on On or off; toggles when not given
 */
export function toggleFullscreen(root: HTMLElement, button: HTMLElement, on?: boolean): boolean {
  const active = on ?? !root.classList.contains(FULLSCREEN_CLASS);
  root.classList.toggle(FULLSCREEN_CLASS, active);
  button.setAttribute('aria-pressed', active ? 'true' : 'false');
  document.body.classList.toggle('mod_devcircle-pad-noscroll', active);
  return active;
}

/**
 * Copies the link of the pad page; tells the user either way.
 *
 * @param link The address of the pad page
 */
export async function copyLink(link: string): Promise<void> {
  try {
    if (!navigator.clipboard) {
      throw new Error('No clipboard');
    }
    await navigator.clipboard.writeText(link);
    await addToast(await getString('padlinkcopied', 'mod_devcircle'), { type: 'success' });
  } catch {
    Notification.alert(await getString('padcopylink', 'mod_devcircle'),
      await getString('padlinkcopyfailed', 'mod_devcircle', link));
  }
}

/**
 * The last snapshot of the pad, or why it cannot be shown: the server's reason when it refused,
 * else a plain "cannot be loaded either" (no connection, or an answer of an unexpected shape).
 *
 * @param padid The pad
 */
async function lastSnapshot(padid: number): Promise<PadSnapshot | { error: string }> {
  try {
    return await getPadSnapshot(padid);
  } catch (e) {
    const failure = toWsError('mod_devcircle_get_pad_snapshot', e);
    switch (failure.kind) {
      case 'server':
        return { error: failure.message };
      case 'network':
      case 'response':
        return { error: await getString('padsnapshotunavailable', 'mod_devcircle') };
    }
  }
}

/**
 * Replaces the iframe by the last snapshot, read-only, with a notice.
 *
 * @param root The pad page's root element
 * @param padid The pad
 */
export async function showSnapshot(root: HTMLElement, padid: number): Promise<void> {
  const frame = root.querySelector<HTMLIFrameElement>('[data-region="mod_devcircle-pad-frame"]');
  const region = root.querySelector<HTMLElement>('[data-region="mod_devcircle-pad-fallback"]');
  if (region === null) {
    throw new Error('Missing the snapshot region of the pad');
  }
  if (frame !== null) {
    frame.hidden = true;
    frame.removeAttribute('src');
  }
  root.dataset.state = 'snapshot';
  const [problem, snapshot] = await Promise.all([getString('padnotloaded', 'mod_devcircle'), lastSnapshot(padid)]);
  const { html, js } = await Templates.renderForPromise('mod_devcircle/pad_fallback', 'error' in snapshot
    ? { problem, hassnapshot: false, snapshoterror: snapshot.error }
    : {
      problem, hassnapshot: snapshot.found, snapshothtml: snapshot.html, snapshottext: snapshot.text, snapshottime: snapshot.time,
    });
  Templates.replaceNodeContents(region, html, js);
  region.hidden = false;
}

/**
 * Starts the pad page: the pad (or its last snapshot), full screen and the link to copy.
 *
 * @param rootid The id of the page's root element (template mod_devcircle/pad); it carries
 *     data-padid, data-src, data-available and data-timeout (milliseconds to wait for the pad)
 */
export function init(rootid: string): void {
  const pending = new Pending('mod_devcircle/pad:init');
  try {
    const root = rootElement(rootid);
    const frame = root.querySelector<HTMLIFrameElement>('[data-region="mod_devcircle-pad-frame"]');

    root.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-action]') : null;
      if (target === null) {
        return;
      }
      if (target.dataset.action === 'fullscreen' && frame !== null) {
        e.preventDefault();
        toggleFullscreen(root, target);
        fitFrame(root, frame);
      } else if (target.dataset.action === 'copylink') {
        e.preventDefault();
        const copying = new Pending('mod_devcircle/pad:copylink');
        void copyLink(dataString(target, 'link')).then(() => copying.resolve(), () => copying.resolve());
      }
    });
    document.addEventListener('keydown', (e) => {
      const button = root.querySelector<HTMLElement>('[data-action="fullscreen"]');
      if (e.key === 'Escape' && button !== null && frame !== null && root.classList.contains(FULLSCREEN_CLASS)) {
        toggleFullscreen(root, button, false);
        fitFrame(root, frame);
      }
    });

    if (frame !== null && root.dataset.available === '1') {
      fitFrame(root, frame);
      window.addEventListener('resize', () => fitFrame(root, frame));
      const padid = Number(dataString(root, 'padid'));
      const timeout = Number(root.dataset.timeout) || 8000;
      const loading = new Pending('mod_devcircle/pad:load');
      root.dataset.state = 'loading';
      void loadPad(frame, dataString(root, 'src'), timeout)
        .then(async(result) => {
          if (result === 'ready') {
            root.dataset.state = 'ready';
            return;
          }
          await showSnapshot(root, padid);
          return;
        })
        .catch((err: unknown) => Notification.exception(err))
        .finally(() => loading.resolve());
    }
    markReady(root);
  } finally {
    pending.resolve();
  }
}
