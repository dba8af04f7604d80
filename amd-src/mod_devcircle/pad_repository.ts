// Web services of the pads of a development circle, each answer checked with zod.
import { call } from 'core/ajax';
import * as z from 'zod/mini';

export const padSnapshotSchema = z.object({
  found: z.boolean(),
  html: z.string(),
  timecreated: z.number(),
  time: z.string(),
});

export type PadSnapshot = z.infer<typeof padSnapshotSchema>;

/** The last snapshot of a pad, as cleaned HTML (mod_devcircle_get_pad_snapshot). */
export async function getPadSnapshot(padid: number): Promise<PadSnapshot> {
  const [request] = call([{ methodname: 'mod_devcircle_get_pad_snapshot', args: { padid } }]);
  if (request === undefined) throw new Error('core/ajax returned no request');
  return padSnapshotSchema.parse(await request);
}
