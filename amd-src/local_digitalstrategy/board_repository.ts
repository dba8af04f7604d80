// Web services of the PDCA board; every answer is checked with zod (through the shared typed helper)
// before the board uses it.
import * as z from 'zod/mini';
import { callWs } from 'local_digitalstrategy/ws';

const phase = z.enum(['plan', 'do', 'check', 'act']);
const rating = z.object({ criterion: z.string(), rating: z.string() });

export const measureSchema = z.object({
  id: z.number(),
  title: z.string(),
  phase,
  position: z.number(),
  version: z.number(),
  ownerid: z.number(),
  ownername: z.string(),
  duedate: z.number(),
  duedatetext: z.string(),
  overdue: z.boolean(),
  transferable: z.boolean(),
  ratings: z.array(rating),
});
export const boardSchema = z.object({
  orgid: z.number(),
  revision: z.string(),
  changed: z.boolean(),
  canedit: z.boolean(),
  now: z.number(),
  measures: z.array(measureSchema),
  ampel: z.array(rating),
});
export const moveSchema = z.object({
  status: z.enum(['moved', 'unchanged', 'conflict']),
  message: z.string(),
  measure: measureSchema,
});

export type Phase = z.infer<typeof phase>;
export type Measure = z.infer<typeof measureSchema>;
export type Board = z.infer<typeof boardSchema>;
export type MoveAnswer = z.infer<typeof moveSchema>;

/**
 * The board of an organisation; with the revision the caller has, no measures when nothing changed.
 *
 * @param orgid The organisation
 * @param revision The revision the caller has, '' for none
 */
export function getBoard(orgid: number, revision: string): Promise<Board> {
  return callWs('local_digitalstrategy_get_board', { orgid, revision }, boardSchema);
}

/**
 * Moves a measure; a stale version comes back as status "conflict" with the colleague's state.
 *
 * @param measureid The measure
 * @param phase The phase to move it to
 * @param position Its position there, from 0
 * @param version The version the user saw
 */
export function moveMeasure(measureid: number, phase: Phase, position: number, version: number): Promise<MoveAnswer> {
  return callWs('local_digitalstrategy_move_measure', { measureid, phase, position, version }, moveSchema);
}
