// Reads and writes the answer of one question in the check's form (templates/check_item.mustache),
// for every item type: radios (maturity, yes/no, single choice, rating), checkboxes (multiple
// choice), free text; "don't know" and the relevance select.
import type { AnswerInput, StoredAnswer } from 'local_digitalstrategy/repository';

/** The fieldset of an item. */
export type ItemElement = HTMLFieldSetElement | HTMLElement;

/**
 *
 * @param item The question's element (data-region="item")
 */
function inputs(item: ItemElement): HTMLInputElement[] {
  return Array.from(item.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]'));
}

/**
 *
 * @param item The question's element (data-region="item")
 */
export function itemKey(item: ItemElement): string {
  return item.dataset.item ?? '';
}

/**
 * The version of the stored answer the page shows (0: none stored).
 *
 * @param item The question's element (data-region="item")
 */
export function itemVersion(item: ItemElement): number {
  return Number(item.dataset.version ?? '0') || 0;
}

/**
 *
 * @param item The question's element (data-region="item")
 * @param version The version of the stored answer
 */
export function setItemVersion(item: ItemElement, version: number): void {
  item.dataset.version = String(version);
}

/**
 * The answer as the form shows it now.
 *
 * @param item The question's element (data-region="item")
 */
export function readItem(item: ItemElement): AnswerInput {
  const relevanceSelect = item.querySelector<HTMLSelectElement>('[data-region="relevance"]');
  const relevance = relevanceSelect ? Number(relevanceSelect.value) || 0 : 0;
  const text = item.querySelector<HTMLTextAreaElement>('[data-region="text"]');
  const checked = inputs(item).filter((i) => i.checked);
  const dontknow = checked.some((i) => i.dataset.dontknow !== undefined);
  let value = '';
  if (text) {
    value = text.value;
  } else if (!dontknow) {
    value = checked.map((i) => i.value).join(',');
  }
  return { itemkey: itemKey(item), value, dontknow, relevance };
}

/**
 * Whether the form shows an answer (a value or "don't know"; relevance alone does not count).
 *
 * @param answer The answer
 */
export function isAnswered(answer: AnswerInput): boolean {
  return answer.dontknow || answer.value.trim() !== '';
}

/**
 * Shows a stored answer in the form and remembers its version.
 *
 * @param item The question's element (data-region="item")
 * @param answer The answer
 * @param version The version of the stored answer
 */
export function writeItem(item: ItemElement, answer: Pick<StoredAnswer, 'value' | 'dontknow' | 'relevance'>,
  version?: number): void {
  const chosen = new Set((answer.value ?? '').split(',').filter((v) => v !== ''));
  for (const input of inputs(item)) {
    input.checked = input.dataset.dontknow !== undefined ? answer.dontknow : !answer.dontknow && chosen.has(input.value);
  }
  const text = item.querySelector<HTMLTextAreaElement>('[data-region="text"]');
  if (text) {
    text.value = answer.dontknow ? '' : answer.value ?? '';
  }
  const relevance = item.querySelector<HTMLSelectElement>('[data-region="relevance"]');
  if (relevance) {
    relevance.value = String(answer.relevance);
  }
  if (version !== undefined) {
    setItemVersion(item, version);
  }
}

/**
 * Makes "don't know" and the options exclude each other in checkbox groups.
 *
 * @param item The question's element (data-region="item")
 * @param changed The input the user just changed
 */
export function exclusiveDontKnow(item: ItemElement, changed: HTMLInputElement): void {
  if (changed.type !== 'checkbox' || !changed.checked) {
    return;
  }
  const isDontKnow = changed.dataset.dontknow !== undefined;
  for (const input of inputs(item)) {
    if (input !== changed && (input.dataset.dontknow !== undefined) !== isDontKnow) {
      input.checked = false;
    }
  }
}
