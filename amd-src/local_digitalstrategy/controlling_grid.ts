// Keyboard navigation of the controlling dashboard's timeline table (controlling.php): the table
// stays a table for screen readers; each cell (indicator × half-year) holds one link to its
// drill-down, and only one of those links is in the tab order at a time (a roving tabindex). The
// arrow keys move between cells, Home/End to the first/last half-year of the row, Ctrl+Home/End
// to the first/last cell of the table. Escape hides the rule shown on hover and focus (WCAG
// 1.4.13: content on hover or focus can be dismissed) until the pointer or focus leaves the cell.

/** The links of the cells, one row per indicator. */
export const CELL_LINK = '[data-region="cell"] [data-action="drilldown"]';
/** Class of a cell whose rule was dismissed by Escape. */
export const RULE_CLOSED = 'local_digitalstrategy-ruleclosed';

/**
 * Where a key moves the focus from a cell: [row, column], or null when the key is not ours.
 *
 * @param key The key (KeyboardEvent.key)
 * @param ctrl Whether Ctrl was held
 * @param row The cell's row
 * @param col The cell's column
 * @param rows How many rows there are
 * @param cols How many columns the row has
 */
export function target(key: string, ctrl: boolean, row: number, col: number, rows: number, cols: number): [number, number] | null {
  const clamp = (v: number, max: number): number => Math.max(0, Math.min(max - 1, v));
  switch (key) {
    case 'ArrowRight':
      return [row, clamp(col + 1, cols)];
    case 'ArrowLeft':
      return [row, clamp(col - 1, cols)];
    case 'ArrowDown':
      return [clamp(row + 1, rows), col];
    case 'ArrowUp':
      return [clamp(row - 1, rows), col];
    case 'Home':
      return ctrl ? [0, 0] : [row, 0];
    case 'End':
      return ctrl ? [rows - 1, cols - 1] : [row, cols - 1];
    default:
      return null;
  }
}

/**
 * The cell links of a table as a matrix (rows of the body, in order).
 *
 * @param table The timeline table
 */
export function matrix(table: HTMLElement): HTMLElement[][] {
  return Array.from(table.querySelectorAll<HTMLTableRowElement>('tbody tr'))
    .map((tr) => Array.from(tr.querySelectorAll<HTMLElement>(CELL_LINK)))
    .filter((row) => row.length > 0);
}

/**
 * Puts one link into the tab order: the given one.
 *
 * @param cells The matrix of cell links
 * @param current The link that takes the tab stop
 */
function rove(cells: HTMLElement[][], current: HTMLElement): void {
  for (const row of cells) {
    for (const link of row) {
      link.tabIndex = link === current ? 0 : -1;
    }
  }
}

/**
 * Makes the timeline table navigable by keyboard; returns the number of cells.
 *
 * @param table The timeline table
 */
export function enhanceGrid(table: HTMLElement): number {
  const cells = matrix(table);
  const first = cells[0]?.[0];
  if (!first) {
    return 0;
  }
  rove(cells, first);
  table.addEventListener('keydown', (e: KeyboardEvent) => {
    const link = (e.target as Element | null)?.closest<HTMLElement>(CELL_LINK);
    if (!link) {
      return;
    }
    if (e.key === 'Escape') {
      link.closest('[data-region="cell"]')?.classList.add(RULE_CLOSED);
      return;
    }
    const row = cells.findIndex((r) => r.includes(link));
    const col = cells[row]?.indexOf(link) ?? -1;
    const to = row < 0 ? null : target(e.key, e.ctrlKey, row, col, cells.length, cells[row]?.length ?? 0);
    const next = to ? cells[to[0]]?.[Math.min(to[1], (cells[to[0]]?.length ?? 1) - 1)] : undefined;
    if (next) {
      e.preventDefault();
      rove(cells, next);
      next.focus();
    }
  });
  // Clicking or tabbing into a cell makes it the table's tab stop.
  table.addEventListener('focusin', (e: FocusEvent) => {
    const link = (e.target as Element | null)?.closest<HTMLElement>(CELL_LINK);
    if (link) {
      rove(cells, link);
    }
  });
  const reopen = (e: Event): void => {
    (e.target as Element | null)?.closest('[data-region="cell"]')?.classList.remove(RULE_CLOSED);
  };
  table.addEventListener('focusout', reopen);
  table.addEventListener('mouseout', (e: MouseEvent) => {
    const cell = (e.target as Element | null)?.closest('[data-region="cell"]');
    if (cell && !(e.relatedTarget instanceof Node && cell.contains(e.relatedTarget))) {
      cell.classList.remove(RULE_CLOSED);
    }
  });
  return cells.reduce((n, r) => n + r.length, 0);
}
