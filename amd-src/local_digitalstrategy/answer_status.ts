// What a questionnaire page tells the person answering while it saves: the page's save status, an
// item's own status line and the progress bar. Shared by the check and the answering page.
import { getString } from 'core/str';
import { getPluralString } from 'local_digitalstrategy/plural';
import type { QueueState } from 'local_digitalstrategy/autosave';
import type { Completeness } from 'local_digitalstrategy/repository';

const COMPONENT = 'local_digitalstrategy';

/**
 * Shows the save queue's state in the page's status region.
 *
 * @param root The page's root element
 * @param state The queue's state
 */
export async function showSaveState(root: HTMLElement, state: QueueState): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-region="savestatus"]');
  if (!status) {
    return;
  }
  status.classList.toggle('text-danger', state.offline || state.sessionexpired || state.unexpected !== null);
  let text: string;
  if (state.sessionexpired) {
    text = await getString('sessionexpired', COMPONENT);
  } else if (state.unexpected !== null) {
    text = await getString('saveunexpected', COMPONENT);
  } else if (state.offline) {
    text = await getPluralString('offline', COMPONENT, state.pending);
  } else if (state.pending > 0) {
    text = await getPluralString('saving', COMPONENT, state.pending);
  } else {
    text = await getString('savedall', COMPONENT);
  }
  status.textContent = text;
}

/**
 * Writes an item's status line; problems are announced at once (alert), the rest politely.
 *
 * @param item The item element
 * @param text The text to show
 * @param alert Whether it is a problem
 */
export function showItemStatus(item: HTMLElement, text: string, alert: boolean): void {
  const status = item.querySelector<HTMLElement>('[data-region="itemstatus"]');
  if (!status) {
    return;
  }
  status.textContent = text;
  status.setAttribute('role', alert ? 'alert' : 'status');
}

/**
 * Moves the progress bar and its text to the answered share.
 *
 * @param root The page's root element
 * @param c How many items are answered of how many
 */
export async function showProgress(root: HTMLElement, c: Completeness): Promise<void> {
  const percent = c.items ? Math.floor((100 * c.answered) / c.items) : 0;
  const bar = root.querySelector<HTMLElement>('[data-region="progressbar"]');
  if (bar) {
    bar.style.width = `${percent}%`;
    bar.setAttribute('aria-valuenow', String(percent));
  }
  const text = root.querySelector<HTMLElement>('[data-region="progresstext"]');
  if (text) {
    text.textContent = await getPluralString('progress', COMPONENT, c.items, { answered: c.answered, items: c.items });
  }
}
