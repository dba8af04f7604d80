// Small typed DOM helpers shared by every front-end module (AMD module local_digitalstrategy/dom).

/**
 * The element a module was started on (js_call_amd passes its id), or a clear error naming the id.
 *
 * @param id The id of the module's root element
 * @param doc The document to look in
 */
export function rootElement(id: string, doc: Document = document): HTMLElement {
  const el = doc.getElementById(id);
  if (!(el instanceof HTMLElement)) {
    throw new Error(`Element not found: #${id}`);
  }
  return el;
}

/**
 * Marks a module's root as started, so page tests (and Behat) can wait for it.
 *
 * @param root The module's root element
 */
export function markReady(root: HTMLElement): void {
  root.dataset.ready = 'true';
}

/**
 * Reads a required data- attribute as a string.
 *
 * @param el The element carrying the attribute
 * @param name The attribute's name in the dataset (camelCase: "runId" for data-run-id)
 */
export function dataString(el: HTMLElement, name: string): string {
  const v = el.dataset[name];
  if (v === undefined) {
    throw new Error(`Missing data-${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`);
  }
  return v;
}
