// Small typed DOM helpers shared by every front-end module (bundled into each).

/** Finds the element a module was started on, or throws a clear error naming the selector. */
export function requireRoot(selector: string, scope: ParentNode = document): HTMLElement {
  const el = scope.querySelector(selector);
  if (!(el instanceof HTMLElement)) {
    throw new Error(`Element not found: ${selector}`);
  }
  return el;
}

/** Marks a module's root as started, so page tests (and Behat) can wait for it. */
export function markReady(root: HTMLElement): void {
  root.dataset.ready = 'true';
}

/** Reads a required data- attribute as a string. */
export function dataString(el: HTMLElement, name: string): string {
  const v = el.dataset[name];
  if (v === undefined) throw new Error(`Missing data-${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`);
  return v;
}
