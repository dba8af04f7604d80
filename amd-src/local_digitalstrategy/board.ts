// The PDCA board page (board.php): draws the cards where the board model says, moves them by arrow
// keys, the "move to" menu and dragging with Pointer Events (mouse, pen and touch alike), announces
// every move in a live region, shows conflicts and offers undo; polls the board every few seconds
// (paused while the tab is hidden) so colleagues' changes appear without a reload.
import { getString } from 'core/str';
import Pending from 'core/pending';
import { markReady, rootElement } from 'local_digitalstrategy/dom';
import { isWsError } from 'local_digitalstrategy/ws';
import { getBoard, moveMeasure, type Measure, type Phase } from 'local_digitalstrategy/board_repository';
import { BoardController, BoardModel, PHASES, type BoardView, type Place } from 'local_digitalstrategy/board_model';

const C = 'local_digitalstrategy';
/** Poll delay, ms. */
export const POLL_DELAY = 4000;

const q = <T extends Element = HTMLElement>(el: ParentNode, sel: string): T | null => el.querySelector<T>(sel);
const phaseName = (phase: Phase): Promise<string> => getString(`board_phase_${phase}`, C);

/** The page's view of the board: DOM drawing and messages. */
export class DomView implements BoardView {
  constructor(private readonly root: HTMLElement) {
  }

  /**
   * The card of a measure, made from the page's empty card when a colleague added it.
   * @param id The measure
   */
  card(id: number): HTMLElement {
    const found = q(this.root, `[data-region="measure"][data-id="${id}"]`);
    if (found) {
      return found;
    }
    const template = q<HTMLTemplateElement>(this.root, '[data-region="card-template"]');
    const card = template?.content.firstElementChild?.cloneNode(true) as HTMLElement;
    card.dataset.id = String(id);
    card.querySelectorAll<HTMLAnchorElement>('a[href]').forEach((a) => {
      a.href = a.href.replace(/id=0\b/, `id=${id}`);
    });
    return card;
  }

  render(model: BoardModel): void {
    const seen = new Set<number>();
    const focused = document.activeElement;
    for (const phase of PHASES) {
      const list = q(this.root, `[data-region="column"][data-phase="${phase}"]`);
      const ids = model.column(phase);
      ids.forEach((id) => {
        const m = model.get(id);
        if (list && m) {
          const card = this.card(id);
          this.fill(card, m, phase);
          if (list.children[ids.indexOf(id)] !== card) {
            list.insertBefore(card, list.children[ids.indexOf(id)] ?? null);
          }
          seen.add(id);
        }
      });
      const count = list?.parentElement && q(list.parentElement, '[data-region="count"]');
      if (count) {
        count.textContent = String(ids.length);
      }
    }
    this.root.querySelectorAll<HTMLElement>('[data-region="column"] [data-region="measure"]').forEach((card) => {
      if (!seen.has(Number(card.dataset.id))) {
        card.remove();
      }
    });
    if (focused instanceof HTMLElement && focused !== document.activeElement) {
      focused.focus();
    }
  }

  private fill(card: HTMLElement, m: Measure, phase: Phase): void {
    card.dataset.version = String(m.version);
    card.dataset.phase = phase;
    const set = (region: string, text: string): void => {
      const el = q(card, `[data-region="${region}"]`);
      if (el && el.textContent !== text) {
        el.textContent = text;
      }
    };
    set('title', m.title);
    set('due', m.duedatetext);
    if (m.ownername) {
      set('owner', m.ownername);
    }
    const overdue = q(card, '[data-region="overdue"]');
    if (overdue) {
      overdue.hidden = !m.overdue;
    }
    m.ratings.forEach((r) => this.rating(card, r.criterion, r.rating));
    card.querySelectorAll<HTMLOptionElement>('[data-action="move"] option').forEach((o) => {
      o.disabled = o.value === phase;
    });
    const select = q<HTMLSelectElement>(card, '[data-action="move"]');
    if (select && select.dataset.title !== m.title) {
      select.dataset.title = m.title;
      void getString('board_moveto', C, m.title).then((label) => select.setAttribute('aria-label', label));
    }
  }

  /**
   * Shows one Ampel rating (text and colour) inside an element.
   * @param el The element holding the criterion
   * @param criterion quality, cost, staff or time
   * @param rating green, amber, red or empty
   */
  rating(el: HTMLElement, criterion: string, rating: string): void {
    const span = q(el, `[data-criterion="${criterion}"] [data-region="rating"]`);
    const value = rating || 'none';
    if (span && span.className !== `${C}-ampel-${value}`) {
      span.className = `${C}-ampel-${value}`;
      void getString(`ampel_rating_${value}`, C).then((text) => (span.textContent = text));
    }
  }

  /**
   * Says something in the live region.
   * @param text The text, empty for none
   */
  announce(text: string): void {
    const live = q(this.root, '[data-region="announce"]');
    if (live) {
      live.textContent = text;
    }
  }

  /**
   * Shows a message (conflicts, errors) above the board, or removes it.
   * @param text The text, empty for none
   */
  message(text: string): void {
    const box = q(this.root, '[data-region="message"]');
    if (box) {
      box.textContent = '';
      if (text) {
        const alert = document.createElement('div');
        alert.className = 'alert alert-warning';
        alert.textContent = text;
        box.append(alert);
      }
    }
  }

  moved(m: Measure): void {
    this.message('');
    void phaseName(m.phase).then((phase) => getString('board_moved', C, { title: m.title, phase, position: m.position + 1 }))
      .then((text) => this.announce(text));
  }

  undone(m: Measure): void {
    void getString('board_undone', C, m.title).then((text) => this.announce(text));
  }

  conflict(message: string, m: Measure): void {
    this.message(message);
    this.announce(message);
    this.card(m.id).focus();
  }

  failed(error: unknown): void {
    const reason = isWsError(error) ? error.message : String(error);
    void getString('board_saveerror', C, reason).then((text) => this.shout(text));
  }

  private shout(text: string): void {
    this.message(text);
    this.announce(text);
  }

  undoable(can: boolean): void {
    const button = q(this.root, '[data-action="undo"]');
    if (button) {
      button.hidden = !can;
    }
  }
}

/**
 * The column and position under a point, for dropping a dragged card.
 * @param root The board's root element
 * @param x Pointer x in the viewport
 * @param y Pointer y in the viewport
 * @param dragged The card being dragged
 */
export function dropPlace(root: HTMLElement, x: number, y: number, dragged: HTMLElement): Place | null {
  const lists = [...root.querySelectorAll<HTMLElement>('[data-region="column"]')];
  const list = lists.find((l) => {
    const r = l.parentElement?.getBoundingClientRect() ?? l.getBoundingClientRect();
    return x >= r.left && x <= r.right;
  });
  if (!list) {
    return null;
  }
  const cards = [...list.querySelectorAll<HTMLElement>('[data-region="measure"]')].filter((c) => c !== dragged);
  const position = cards.filter((c) => {
    const r = c.getBoundingClientRect();
    return r.top + r.height / 2 < y;
  }).length;
  return { phase: list.dataset.phase as Phase, position };
}

/**
 * Dragging a card by its handle with Pointer Events: works with a mouse, a pen and a finger.
 * @param root The board's root element
 * @param controller The board controller
 */
function enableDragging(root: HTMLElement, controller: BoardController): void {
  root.addEventListener('pointerdown', (e) => {
    const handle = (e.target as HTMLElement).closest<HTMLElement>('[data-action="drag"]');
    const card = handle?.closest<HTMLElement>('[data-region="measure"]');
    if (!handle || !card || e.button > 0) {
      return;
    }
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    card.classList.add(`${C}-dragging`);
    const move = (ev: PointerEvent): void => {
      card.style.transform = `translate(${ev.clientX - e.clientX}px, ${ev.clientY - e.clientY}px)`;
    };
    const end = (ev: PointerEvent): void => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      card.style.transform = '';
      card.classList.remove(`${C}-dragging`);
      const to = ev.type === 'pointerup' ? dropPlace(root, ev.clientX, ev.clientY, card) : null;
      if (to) {
        void controller.move(Number(card.dataset.id), to);
      }
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  });
}

/**
 * Starts the board on its root element.
 *
 * @param rootId The id of the board's root element
 */
export function init(rootId: string): BoardController {
  const root = rootElement(rootId);
  const orgid = Number(root.dataset.orgid);
  let revision = root.dataset.revision ?? '';
  const view = new DomView(root);
  const model = new BoardModel();
  const controller = new BoardController(model, view, moveMeasure);
  // The page drew the board: read it from the cards until the first poll brings the full state.
  model.load([...root.querySelectorAll<HTMLElement>('[data-region="column"] [data-region="measure"]')].map((card) => ({
    id: Number(card.dataset.id), title: q(card, '[data-region="title"]')?.textContent ?? '', phase: card.dataset.phase as Phase,
    position: [...(card.parentElement?.children ?? [])].indexOf(card), version: Number(card.dataset.version),
    ownerid: 0, ownername: '', duedate: 0, duedatetext: q(card, '[data-region="due"]')?.textContent ?? '',
    overdue: !q(card, '[data-region="overdue"]')?.hidden, transferable: false, ratings: [],
  })));

  if (root.dataset.canedit === '1') {
    root.addEventListener('keydown', (e) => {
      const card = e.target as HTMLElement;
      if (card.dataset.region === 'measure' && e.key.startsWith('Arrow')) {
        e.preventDefault();
        void controller.key(Number(card.dataset.id), e.key);
      }
    });
    root.addEventListener('change', (e) => {
      const select = e.target as HTMLSelectElement;
      const card = select.closest<HTMLElement>('[data-region="measure"]');
      if (select.dataset.action === 'move' && card && select.value) {
        const phase = select.value as Phase;
        select.value = '';
        void controller.move(Number(card.dataset.id), { phase, position: model.column(phase).length }).then(() => card.focus());
      }
    });
    q(root, '[data-action="undo"]')?.addEventListener('click', () => void controller.undo());
    enableDragging(root, controller);
  }

  let timer = 0;
  const poll = async(): Promise<void> => {
    window.clearTimeout(timer);
    try {
      const board = await getBoard(orgid, revision);
      if (board.changed && controller.refresh(board.measures)) {
        revision = board.revision;
        board.ampel.forEach((a) => view.rating(q(root, '[data-region="overall"]') ?? root, a.criterion, a.rating));
      }
    } catch {
      // A lost poll is tried again at the next one.
    }
    if (!document.hidden) {
      timer = window.setTimeout(() => void poll(), POLL_DELAY);
    }
  };
  document.addEventListener('visibilitychange', () => {
    window.clearTimeout(timer);
    if (!document.hidden) {
      void poll();
    }
  });
  timer = window.setTimeout(() => void poll(), POLL_DELAY);
  markReady(root);
  new Pending(`${C}/board`).resolve();
  return controller;
}
