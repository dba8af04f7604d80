// The PDCA board's logic (local_digitalstrategy/board_model): arrow keys, saving every move at once
// with the version the user saw, a colleague's newer state on a conflict, undo, and polling never
// drawing an older state over a move being saved.
import { describe, expect, it, beforeEach } from 'vitest';
import { BoardController, BoardModel, type BoardView } from 'local_digitalstrategy/board_model';
import type { Measure, MoveAnswer, Phase } from 'local_digitalstrategy/board_repository';

function measure(id: number, phase: Phase, position: number, version = 1): Measure {
  return { id, title: `M${id} & "Kinder < 6" 🙂`, phase, position, version, ownerid: 0, ownername: '', duedate: 0,
    duedatetext: '', overdue: false, transferable: false, ratings: [] };
}

/** A view that records what the user would see and hear. */
class FakeView implements BoardView {
  log: string[] = [];
  canUndo = false;
  renders = 0;
  render(): void {
    this.renders++;
  }
  moved(m: Measure): void {
    this.log.push(`moved ${m.id} to ${m.phase} v${m.version}`);
  }
  undone(m: Measure): void {
    this.log.push(`undone ${m.id} to ${m.phase}`);
  }
  conflict(message: string, m: Measure): void {
    this.log.push(`conflict ${m.id}: ${message}`);
  }
  failed(): void {
    this.log.push('failed');
  }
  undoable(can: boolean): void {
    this.canUndo = can;
  }
}

/** A server keeping versions: a move naming an older version gets the stored state back. */
class FakeServer {
  stored = new Map<number, Measure>();
  calls: Array<[number, Phase, number, number]> = [];
  fail = false;
  constructor(measures: Measure[]) {
    measures.forEach((m) => this.stored.set(m.id, m));
  }
  send = async (id: number, phase: Phase, position: number, version: number): Promise<MoveAnswer> => {
    this.calls.push([id, phase, position, version]);
    if (this.fail) {
      throw { kind: 'network', methodname: 'local_digitalstrategy_move_measure', message: 'offline' };
    }
    const current = this.stored.get(id) as Measure;
    if (current.version !== version) {
      return { status: 'conflict', message: `${current.title} is now in ${current.phase}`, measure: current };
    }
    const moved = { ...current, phase, position, version: version + 1 };
    this.stored.set(id, moved);
    return { status: 'moved', message: '', measure: moved };
  };
}

const columns = (model: BoardModel): Record<string, number[]> =>
  Object.fromEntries((['plan', 'do', 'check', 'act'] as Phase[]).map((p) => [p, model.column(p)]));

describe('local_digitalstrategy/board_model', () => {
  let model: BoardModel;
  let view: FakeView;
  let server: FakeServer;
  let board: BoardController;

  beforeEach(() => {
    const measures = [measure(1, 'plan', 0), measure(2, 'plan', 1), measure(3, 'do', 0)];
    model = new BoardModel();
    model.load(measures);
    view = new FakeView();
    server = new FakeServer(measures);
    board = new BoardController(model, view, server.send);
  });

  it('Right and Left move a card to the next and previous phase, Up and Down reorder its column', async () => {
    expect(model.target(1, 'ArrowLeft')).toBeNull();
    expect(model.target(1, 'ArrowUp')).toBeNull();
    expect(model.target(2, 'ArrowDown')).toBeNull();
    expect(model.target(1, 'Enter')).toBeNull();
    expect(await board.key(2, 'ArrowUp')).toBe(true);
    expect(columns(model).plan).toEqual([2, 1]);
    expect(await board.key(2, 'ArrowRight')).toBe(true);
    expect(columns(model)).toEqual({ plan: [1], do: [2, 3], check: [], act: [] });
    expect(await board.key(2, 'ArrowDown')).toBe(true);
    expect(columns(model).do).toEqual([3, 2]);
    expect(await board.key(1, 'ArrowLeft')).toBe(false);
  });

  it('moves a card Plan → Do → Check → Act by keyboard alone, saving each step with the version it saw', async () => {
    for (const step of ['ArrowRight', 'ArrowRight', 'ArrowRight']) {
      await board.key(1, step);
    }
    expect(server.calls).toEqual([[1, 'do', 0, 1], [1, 'check', 0, 2], [1, 'act', 0, 3]]);
    expect(model.get(1)?.version).toBe(4);
    expect(columns(model).act).toEqual([1]);
    expect(view.log).toEqual(['moved 1 to do v2', 'moved 1 to check v3', 'moved 1 to act v4']);
    expect(await board.key(1, 'ArrowRight')).toBe(false);
  });

  it('undo reverts the last move with the new version, and then the one before', async () => {
    await board.move(1, { phase: 'check', position: 0 });
    await board.move(3, { phase: 'plan', position: 0 });
    expect(view.canUndo).toBe(true);
    await board.undo();
    expect(server.calls.at(-1)).toEqual([3, 'do', 0, 2]);
    expect(columns(model)).toEqual({ plan: [2], do: [3], check: [1], act: [] });
    await board.undo();
    expect(server.calls.at(-1)).toEqual([1, 'plan', 0, 2]);
    expect(columns(model)).toEqual({ plan: [1, 2], do: [3], check: [], act: [] });
    expect(view.canUndo).toBe(false);
    expect(view.log.slice(-2)).toEqual(['undone 3 to do', 'undone 1 to plan']);
  });

  it('on a conflict shows the colleague\'s newer state and overwrites nothing', async () => {
    // A colleague moved measure 2 to Check meanwhile.
    server.stored.set(2, { ...measure(2, 'check', 0, 2), title: 'Von Kollegin verschoben' });
    await board.move(2, { phase: 'do', position: 0 });
    expect(server.stored.get(2)?.phase).toBe('check');
    expect(columns(model)).toEqual({ plan: [1], do: [3], check: [2], act: [] });
    expect(model.get(2)?.version).toBe(2);
    expect(view.log).toEqual(['conflict 2: Von Kollegin verschoben is now in check']);
    expect(view.canUndo).toBe(false);
    // The next move names the colleague's version and goes through.
    await board.key(2, 'ArrowRight');
    expect(server.calls.at(-1)).toEqual([2, 'act', 0, 2]);
  });

  it('an undo after a colleague moved the same card becomes a conflict, not an overwrite', async () => {
    await board.move(1, { phase: 'do', position: 1 });
    server.stored.set(1, measure(1, 'act', 0, 5));
    await board.undo();
    expect(server.stored.get(1)?.phase).toBe('act');
    expect(columns(model).act).toEqual([1]);
    expect(view.log.at(-1)).toMatch(/^conflict 1:/);
  });

  it('takes a failed move back and says so', async () => {
    server.fail = true;
    await board.move(1, { phase: 'act', position: 0 });
    expect(columns(model)).toEqual({ plan: [1, 2], do: [3], check: [], act: [] });
    expect(view.log).toEqual(['failed']);
    expect(view.canUndo).toBe(false);
  });

  it('a poll shows colleagues\' changes, but never while a move is being saved', async () => {
    let release: () => void = () => undefined;
    const slow = new BoardController(model, view, (...args) => new Promise<MoveAnswer>((resolve) => {
      release = () => void server.send(...args).then(resolve);
    }));
    const moving = slow.move(1, { phase: 'do', position: 0 });
    expect(slow.refresh([measure(1, 'plan', 0), measure(2, 'plan', 1), measure(3, 'do', 0)])).toBe(false);
    expect(columns(model).do).toEqual([1, 3]);
    release();
    await moving;
    expect(slow.refresh([measure(1, 'do', 0, 2), measure(2, 'act', 0, 2), measure(3, 'do', 1), measure(4, 'plan', 0)]))
      .toBe(true);
    expect(columns(model)).toEqual({ plan: [4], do: [1, 3], check: [], act: [2] });
  });
});
