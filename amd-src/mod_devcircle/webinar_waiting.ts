// Waiting for a moderator (AMD module mod_devcircle/webinar_waiting): a participant whose session
// has not been started yet asks again for the join URL, with growing pauses (and not while the
// page is hidden), until a moderator has started it. A lost connection only means asking again
// later; a refusal or an answer of an unexpected shape ends the wait.
import { toWsError, type WsError } from 'local_digitalstrategy/ws';
import { getJoinUrl, type JoinAnswer } from 'mod_devcircle/webinar_repository';
import { Poller, type PollerOptions } from 'mod_devcircle/webinar_poller';

/** Pauses between the questions while a participant waits for a moderator. */
export const waitingPollerOptions: PollerOptions = { minDelay: 4000, maxDelay: 20000, factor: 1.5, maxErrorDelay: 60000 };

/** One participant waiting for one session to start. */
export class ModeratorWait {
  /** Resolves with the join URL once a moderator has started; rejects with a WsError that ends the wait. */
  readonly started: Promise<JoinAnswer>;
  private readonly poller: Poller;

  /**
   * Starts waiting.
   *
   * @param sessionid The session
   * @param options The pauses between the questions
   */
  constructor(sessionid: number, options: PollerOptions = waitingPollerOptions) {
    let started: (answer: JoinAnswer) => void = () => undefined;
    let ended: (error: WsError) => void = () => undefined;
    this.started = new Promise<JoinAnswer>((resolve, reject) => {
      started = resolve;
      ended = reject;
    });
    this.poller = new Poller(async() => {
      let answer: JoinAnswer;
      try {
        answer = await getJoinUrl(sessionid);
      } catch (e) {
        const failure = toWsError('mod_devcircle_get_join_url', e);
        switch (failure.kind) {
          case 'network':
            throw failure;
          case 'server':
          case 'response':
            this.poller.stop();
            ended(failure);
            return false;
        }
      }
      if (answer.status === 'waiting') {
        return false;
      }
      this.poller.stop();
      started(answer);
      return true;
    }, options);
    this.poller.start();
  }

  /** Stops waiting (the promise then stays pending). */
  stop(): void {
    this.poller.stop();
  }
}
