// The summary step of the check (AMD module local_digitalstrategy/check_summary): lists the
// questions not answered yet (template local_digitalstrategy/check_unanswered) and submits the
// run after saving what is left, or says why it cannot. The check page loads this module when the
// summary step is shown or the run is submitted.
import Pending from 'core/pending';
import { getString } from 'core/str';
import { getPluralString } from 'local_digitalstrategy/plural';
import Templates from 'core/templates';
import { toWsError, type WsError } from 'local_digitalstrategy/ws';
import { submitRun, type Completeness } from 'local_digitalstrategy/repository';
import { isAnswered, itemKey, readItem } from 'local_digitalstrategy/item_dom';

/** Where the page navigates to; replaced in tests. */
export const navigation = { assign: (url: string): void => window.location.assign(url) };

/** What the summary needs of the check page. */
export interface CheckRun {
  readonly root: HTMLElement;
  readonly runid: number;
  /** The questions, in the order of the form. */
  items(): HTMLElement[];
  /** Saves every answer waiting to be saved; true when none is left. */
  flush(): Promise<boolean>;
  /** Takes over how complete the server says the run is. */
  completed(completeness: Completeness): void;
}

/**
 * A string of the plugin.
 *
 * @param key The string's key
 * @param param Its parameter
 */
function str(key: string, param?: unknown): Promise<string> {
  return getString(key, 'local_digitalstrategy', param);
}

/**
 * Lists the questions the form shows no answer for, each as a button leading to it.
 *
 * @param run The check page
 */
export async function renderUnanswered(run: CheckRun): Promise<void> {
  const region = run.root.querySelector<HTMLElement>('[data-region="unanswered"]');
  if (!region) {
    return;
  }
  const items = run.items().filter((item) => !isAnswered(readItem(item))).map((item) => ({
    itemkey: itemKey(item),
    text: item.querySelector('legend')?.textContent?.trim() ?? itemKey(item),
  }));
  const { html, js } = await Templates.renderForPromise('local_digitalstrategy/check_unanswered', {
    hasitems: items.length > 0, count: items.length, items,
  });
  Templates.replaceNodeContents(region, html, js);
}

/**
 * What the page says when submitting failed: the server's reason, or what the user can do.
 *
 * @param failure The failure
 */
async function submitFailure(failure: WsError): Promise<string> {
  switch (failure.kind) {
    case 'server':
      return failure.message;
    case 'response':
      return str('saveunexpected');
    case 'network':
      return str('leavewarning');
  }
}

/**
 * Saves what is left, then submits and opens the results; shows what is missing when the run is
 * not complete enough.
 *
 * @param run The check page
 */
export async function submit(run: CheckRun): Promise<void> {
  const pending = new Pending('local_digitalstrategy/check_summary:submit');
  const error = run.root.querySelector<HTMLElement>('[data-region="submiterror"]');
  const button = run.root.querySelector<HTMLButtonElement>('[data-action="submit"]');
  try {
    if (button) {
      button.disabled = true;
    }
    if (error) {
      error.textContent = '';
    }
    if (!(await run.flush())) {
      if (error) {
        error.textContent = await str('leavewarning');
      }
      return;
    }
    const result = await submitRun(run.runid);
    if (result.submitted) {
      navigation.assign(result.resultsurl);
      return;
    }
    run.completed(result.completeness);
    const c = result.completeness;
    if (error) {
      error.textContent = await getPluralString('submitincomplete', 'local_digitalstrategy', c.items,
        { needed: c.needed, items: c.items, answered: c.answered });
    }
    await renderUnanswered(run);
  } catch (e) {
    if (error) {
      error.textContent = await submitFailure(toWsError('local_digitalstrategy_submit_run', e));
    }
  } finally {
    if (button) {
      button.disabled = false;
    }
    pending.resolve();
  }
}
