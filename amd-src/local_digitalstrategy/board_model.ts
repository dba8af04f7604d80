// The logic of the PDCA board without the DOM: where each measure stands, where an arrow key takes
// it, saving a move at once with the version the user saw, taking a colleague's newer state on a
// conflict (nothing is overwritten), and undoing the last move.
import type { Measure, MoveAnswer, Phase } from 'local_digitalstrategy/board_repository';

export const PHASES: readonly Phase[] = ['plan', 'do', 'check', 'act'];

/** A place on the board. */
export interface Place { phase: Phase; position: number }

/** What the board shows to the user; board.ts draws it in the page. */
export interface BoardView {
  /** Draws every card where the model says (and updates the cards' texts). */
  render(model: BoardModel): void;
  /** A move was saved (for the live region). */
  moved(measure: Measure): void;
  /** A move was undone. */
  undone(measure: Measure): void;
  /** A colleague's newer state came back instead; the server's message says what happened. */
  conflict(message: string, measure: Measure): void;
  /** The move could not be saved and was taken back. */
  failed(error: unknown): void;
  /** Whether there is a move to undo. */
  undoable(can: boolean): void;
}

export type Send = (id: number, phase: Phase, position: number, version: number) => Promise<MoveAnswer>;

export class BoardModel {
  private readonly measures = new Map<number, Measure>();
  private readonly columns = new Map<Phase, number[]>(PHASES.map((p) => [p, []]));

  /**
   * Takes the board's state from the server (measures in board order).
   * @param measures The measures in board order
   */
  load(measures: readonly Measure[]): void {
    this.measures.clear();
    PHASES.forEach((p) => this.columns.set(p, []));
    [...measures].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) || a.position - b.position)
      .forEach((m) => {
        this.measures.set(m.id, m);
        this.column(m.phase).push(m.id);
      });
  }

  /**
   * The ids of a column, in order.
   * @param phase The phase
   */
  column(phase: Phase): number[] {
    return this.columns.get(phase) ?? [];
  }

  /**
   * A measure by id.
   * @param id The measure
   */
  get(id: number): Measure | undefined {
    return this.measures.get(id);
  }

  /**
   * Where a measure stands.
   * @param id The measure
   */
  place(id: number): Place | null {
    const m = this.measures.get(id);
    return m ? { phase: m.phase, position: this.column(m.phase).indexOf(id) } : null;
  }

  /**
   * Where an arrow key takes a measure: Left/Right to the previous/next phase (same row or the end),
   * Up/Down one place within its column; null when it cannot go further.
   * @param id The measure
   * @param key The key (KeyboardEvent.key)
   */
  target(id: number, key: string): Place | null {
    const at = this.place(id);
    if (!at) {
      return null;
    }
    const p = PHASES.indexOf(at.phase);
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const to = PHASES[p + (key === 'ArrowLeft' ? -1 : 1)];
      return to ? { phase: to, position: Math.min(at.position, this.column(to).length) } : null;
    }
    if (key === 'ArrowUp' && at.position > 0) {
      return { phase: at.phase, position: at.position - 1 };
    }
    if (key === 'ArrowDown' && at.position < this.column(at.phase).length - 1) {
      return { phase: at.phase, position: at.position + 1 };
    }
    return null;
  }

  /**
   * Puts a measure at a place (clamped) and returns where it was.
   * @param measure The measure
   * @param to The place
   */
  put(measure: Measure, to: Place): Place | null {
    const from = this.place(measure.id);
    if (from) {
      this.column(from.phase).splice(from.position, 1);
    }
    const column = this.column(to.phase);
    column.splice(Math.max(0, Math.min(to.position, column.length)), 0, measure.id);
    this.measures.set(measure.id, { ...measure, phase: to.phase });
    return from;
  }
}

export class BoardController {
  private readonly history: Array<{ id: number; place: Place }> = [];
  /** Moves being saved: a poll must not draw an older state over them. */
  busy = 0;

  constructor(readonly model: BoardModel, private readonly view: BoardView, private readonly send: Send) {
  }

  /**
   * Moves a measure by an arrow key; false when the key does not move it.
   * @param id The measure
   * @param key The key (KeyboardEvent.key)
   */
  key(id: number, key: string): Promise<boolean> {
    const to = this.model.target(id, key);
    return to ? this.move(id, to).then(() => true) : Promise.resolve(false);
  }

  /**
   * Moves a measure at once on the page and saves it with the version the user saw. On a conflict
   * the colleague's state is shown instead; on an error the move is taken back.
   * @param id The measure
   * @param to The place
   * @param undo Whether this undoes the last move
   */
  async move(id: number, to: Place, undo = false): Promise<void> {
    const measure = this.model.get(id);
    if (!measure) {
      return;
    }
    const from = this.model.put(measure, to);
    this.view.render(this.model);
    this.busy++;
    try {
      const answer = await this.send(id, to.phase, to.position, measure.version);
      this.model.put(answer.measure, { phase: answer.measure.phase, position: answer.measure.position });
      if (answer.status === 'conflict') {
        this.forget(id);
        this.view.conflict(answer.message, answer.measure);
      } else if (undo) {
        this.view.undone(answer.measure);
      } else if (from && answer.status === 'moved') {
        this.history.push({ id, place: from });
        this.view.moved(answer.measure);
      }
    } catch (e) {
      if (from) {
        this.model.put(measure, from);
      }
      this.view.failed(e);
    } finally {
      this.busy--;
    }
    this.view.render(this.model);
    this.view.undoable(this.history.length > 0);
  }

  /** Reverts the last saved move (with the measure's new version). */
  undo(): Promise<void> {
    const last = this.history.pop();
    return last ? this.move(last.id, last.place, true) : Promise.resolve();
  }

  /**
   * Takes a newer state of the board from the server, unless a move is being saved.
   * @param measures The measures in board order
   */
  refresh(measures: readonly Measure[]): boolean {
    if (this.busy) {
      return false;
    }
    this.model.load(measures);
    this.view.render(this.model);
    return true;
  }

  private forget(id: number): void {
    for (let i = this.history.length - 1; i >= 0; i--) {
      if (this.history[i]?.id === id) {
        this.history.splice(i, 1);
      }
    }
  }
}
