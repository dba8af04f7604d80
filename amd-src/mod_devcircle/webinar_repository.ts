// Web services of the webinars (BigBlueButton sessions) of a development circle; every answer is
// checked with zod (through the shared typed helper) before the page uses it.
import * as z from 'zod/mini';
import { callWs, isWsError } from 'local_digitalstrategy/ws';

export const sessionStatusSchema = z.object({
  id: z.number(),
  open: z.boolean(),
  ended: z.boolean(),
  running: z.boolean(),
  participants: z.number(),
  // False for an open session whose live state the server could not tell right now.
  known: z.boolean(),
  recordingsrevision: z.number(),
  attendeestext: z.string(),
});
export const sessionsStatusSchema = z.object({
  sessions: z.array(sessionStatusSchema),
  error: z.string(),
});
export const joinSchema = z.object({
  status: z.enum(['ready', 'waiting']),
  url: z.string(),
  role: z.enum(['moderator', 'viewer']),
  openmode: z.enum(['window', 'embed']),
});
export const endSchema = z.object({ ended: z.boolean() });
export const recordingSchema = z.object({
  recordid: z.string(),
  name: z.string(),
  published: z.boolean(),
  inherited: z.boolean(),
  starttime: z.number(),
  endtime: z.number(),
  participants: z.number(),
  playurl: z.string(),
});
export const recordingsSchema = z.object({
  // "unavailable": the server could not be asked, so the empty lists mean "unknown", not "none".
  status: z.enum(['ok', 'unavailable']),
  sessions: z.array(z.object({ sessionid: z.number(), recordings: z.array(recordingSchema) })),
  canmanage: z.boolean(),
  error: z.string(),
});
export const updateRecordingSchema = z.object({ success: z.boolean() });

export type SessionStatus = z.infer<typeof sessionStatusSchema>;
export type SessionsStatus = z.infer<typeof sessionsStatusSchema>;
export type JoinAnswer = z.infer<typeof joinSchema>;
export type Recording = z.infer<typeof recordingSchema>;
export type Recordings = z.infer<typeof recordingsSchema>;
export type RecordingAction = 'publish' | 'unpublish' | 'delete';

/**
 * Live status of every session of the circle (mod_devcircle_get_sessions_status).
 *
 * @param cmid The circle's course module
 */
export function getSessionsStatus(cmid: number): Promise<SessionsStatus> {
  return callWs('mod_devcircle_get_sessions_status', { cmid }, sessionsStatusSchema);
}

/**
 * The join URL for the current user, or status "waiting" (mod_devcircle_get_join_url).
 *
 * @param sessionid The session
 */
export function getJoinUrl(sessionid: number): Promise<JoinAnswer> {
  return callWs('mod_devcircle_get_join_url', { sessionid }, joinSchema);
}

/**
 * Ends a session's webinar for everyone (mod_devcircle_end_session).
 *
 * @param sessionid The session
 */
export function endSession(sessionid: number): Promise<{ ended: boolean }> {
  return callWs('mod_devcircle_end_session', { sessionid }, endSchema);
}

/**
 * The recordings of every session of the circle (mod_devcircle_get_recordings).
 *
 * @param cmid The circle's course module
 */
export function getRecordings(cmid: number): Promise<Recordings> {
  return callWs('mod_devcircle_get_recordings', { cmid }, recordingsSchema);
}

/**
 * Publishes, unpublishes or deletes a recording (mod_devcircle_update_recording).
 *
 * @param sessionid The session
 * @param recordid The recording
 * @param action What to do with it
 */
export function updateRecording(sessionid: number, recordid: string, action: RecordingAction): Promise<{ success: boolean }> {
  return callWs('mod_devcircle_update_recording', { sessionid, recordid, action }, updateRecordingSchema);
}

/**
 * The plain-language message of a failed call when the server sent one (a refused request, a
 * webinar server problem), else null: the caller then shows its own general message (a lost
 * connection or an answer of an unexpected shape carry only technical details).
 *
 * @param error What a call failed with
 */
export function errorMessage(error: unknown): string | null {
  if (!isWsError(error)) {
    return null;
  }
  switch (error.kind) {
    case 'server':
      return error.message.trim() !== '' ? error.message : null;
    case 'network':
    case 'response':
      return null;
  }
}
