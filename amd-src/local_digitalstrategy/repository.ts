// Web services of the Digitalisierungscheck, each answer checked with zod (see classes/external).
import * as z from 'zod/mini';
import { callWs } from 'local_digitalstrategy/ws';


export const answerSchema = z.object({
  itemkey: z.string(),
  value: z.nullable(z.string()),
  dontknow: z.boolean(),
  relevance: z.number(),
  version: z.number(),
  userfullname: z.string(),
  timemodified: z.number(),
});
export type StoredAnswer = z.infer<typeof answerSchema>;

export const completenessSchema = z.object({
  answered: z.number(),
  items: z.number(),
  needed: z.number(),
  cansubmit: z.boolean(),
  unanswered: z.array(z.string()),
  requiredmissing: z.array(z.string()),
});
export type Completeness = z.infer<typeof completenessSchema>;

const runSchema = z.object({
  id: z.number(),
  orgid: z.number(),
  orgname: z.string(),
  instrumentid: z.number(),
  status: z.enum(['open', 'submitted']),
  timecreated: z.number(),
  timesubmitted: z.number(),
});

export const getRunSchema = z.object({
  run: runSchema,
  instrument: z.string(),
  answers: z.array(answerSchema),
  completeness: completenessSchema,
  canedit: z.boolean(),
});
export type RunData = z.infer<typeof getRunSchema>;

export const saveAnswerSchema = z.object({
  status: z.enum(['saved', 'unchanged', 'conflict']),
  answer: answerSchema,
  completeness: completenessSchema,
});
export type SaveAnswerResult = z.infer<typeof saveAnswerSchema>;

export const submitRunSchema = z.object({
  submitted: z.boolean(),
  completeness: completenessSchema,
  resultsurl: z.string(),
});
export type SubmitRunResult = z.infer<typeof submitRunSchema>;


/** What the client sends for one item. */
export interface AnswerInput {
  itemkey: string;
  value: string;
  dontknow: boolean;
  relevance: number;
}

/**
 * A run with its answers (local_digitalstrategy_get_run).
 *
 * @param runid The run
 * @param includeinstrument Whether to send the instrument along
 */
export function getRun(runid: number, includeinstrument = false): Promise<RunData> {
  return callWs('local_digitalstrategy_get_run', { runid, includeinstrument }, getRunSchema);
}

/**
 * Saves one answer unless a colleague changed it since `version` (local_digitalstrategy_save_answer).
 *
 * @param runid The run
 * @param answer The answer
 * @param version The version of the stored answer it replaces (0: none)
 */
export function saveAnswer(runid: number, answer: AnswerInput, version: number): Promise<SaveAnswerResult> {
  return callWs('local_digitalstrategy_save_answer', {
    runid, itemkey: answer.itemkey, value: answer.value, dontknow: answer.dontknow, relevance: answer.relevance, version,
  }, saveAnswerSchema);
}

/**
 * Submits the run when complete enough (local_digitalstrategy_submit_run).
 *
 * @param runid The run
 */
export function submitRun(runid: number): Promise<SubmitRunResult> {
  return callWs('local_digitalstrategy_submit_run', { runid }, submitRunSchema);
}

