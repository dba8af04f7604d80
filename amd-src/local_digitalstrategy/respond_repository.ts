// Web services of the answering page of campaigns (respond.php), each answer checked with zod.
// By link the calls go without login (Moodle's no-login entry point, no session) and carry the
// token; logged in they carry the campaign id and use the session.
import * as z from 'zod/mini';
import { callWs, type CallOptions } from 'local_digitalstrategy/ws';
import { completenessSchema, saveAnswerSchema, type AnswerInput, type SaveAnswerResult } from 'local_digitalstrategy/repository';

/** Who answers: the link's token ('' when logged in) and the campaign. */
export interface Respondent {
  token: string;
  campaignid: number;
}

export const submitResponseSchema = z.object({
  submitted: z.boolean(),
  completeness: completenessSchema,
});
export type SubmitResponseResult = z.infer<typeof submitResponseSchema>;

/**
 * The arguments naming the respondent and how to call.
 *
 * @param respondent Who answers
 */
function via(respondent: Respondent): [{ token: string; campaignid: number }, CallOptions] {
  return [{ token: respondent.token, campaignid: respondent.campaignid }, { loginrequired: respondent.token === '' }];
}

/**
 * Saves one draft answer unless it was saved meanwhile since `version` (local_digitalstrategy_respond_save_answer).
 *
 * @param respondent Who answers
 * @param answer The answer
 * @param version The version of the saved answer it replaces (0: none)
 */
export function saveDraftAnswer(respondent: Respondent, answer: AnswerInput, version: number): Promise<SaveAnswerResult> {
  const [args, options] = via(respondent);
  return callWs('local_digitalstrategy_respond_save_answer', {
    ...args, itemkey: answer.itemkey, value: answer.value, dontknow: answer.dontknow, version,
  }, saveAnswerSchema, options);
}

/**
 * Submits the response when every required question is answered (local_digitalstrategy_respond_submit).
 *
 * @param respondent Who answers
 */
export function submitResponse(respondent: Respondent): Promise<SubmitResponseResult> {
  const [args, options] = via(respondent);
  return callWs('local_digitalstrategy_respond_submit', args, submitResponseSchema, options);
}
