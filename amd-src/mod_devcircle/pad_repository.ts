// Web services of the pads of a development circle, each answer checked with zod.
import * as z from 'zod/mini';
import { callWs } from 'local_digitalstrategy/ws';

export const padSnapshotSchema = z.object({
  found: z.boolean(),
  html: z.string(),
  text: z.string(),
  timecreated: z.number(),
  time: z.string(),
});

export type PadSnapshot = z.infer<typeof padSnapshotSchema>;

/**
 * The last snapshot of a pad: cleaned HTML, or plain text when it has no HTML (mod_devcircle_get_pad_snapshot).
 *
 * @param padid The pad
 */
export function getPadSnapshot(padid: number): Promise<PadSnapshot> {
  return callWs('mod_devcircle_get_pad_snapshot', { padid }, padSnapshotSchema);
}
