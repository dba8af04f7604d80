// The recordings of a circle's sessions (AMD module mod_devcircle/webinar_recordings): loaded from
// mod_devcircle_get_recordings and rendered per session with the template mod_devcircle/recordings;
// published, unpublished or deleted (after confirming) by users who may. The sessions section
// loads this module once a session has been started (before, there are no recordings).
import Pending from 'core/pending';
import notification from 'core/notification';
import { getStrings } from 'core/str';
import Templates from 'core/templates';
import {
  errorMessage, getRecordings, updateRecording, type RecordingAction, type Recordings,
} from 'mod_devcircle/webinar_repository';
import { showMessage } from 'mod_devcircle/webinar_message';

/** The strings the recordings list needs (mod_devcircle). */
export const RECORDING_STRINGS = ['recording_deleteconfirm', 'recording_delete', 'error_generic'] as const;
export type RecordingStrings = Record<typeof RECORDING_STRINGS[number], string>;

const ACTIONS: readonly string[] = ['publish', 'unpublish', 'delete'] satisfies RecordingAction[];

/**
 * Whether a text names a recording action.
 *
 * @param action The text
 */
export function isRecordingAction(action: string): action is RecordingAction {
  return ACTIONS.includes(action);
}

/**
 * The template context of one session's recordings.
 *
 * @param group The session's recordings
 * @param canmanage Whether the user may publish, unpublish and delete
 * @param format How dates are written
 * @param unavailable Whether the server could not be asked (then nothing is known about recordings)
 */
export function recordingsContext(
  group: Recordings['sessions'][number], canmanage: boolean, format: Intl.DateTimeFormat, unavailable = false,
): object {
  return {
    unavailable,
    hasrecordings: group.recordings.length > 0,
    canmanage,
    recordings: group.recordings.map((r) => ({
      ...r,
      date: format.format(new Date(r.starttime * 1000)),
      minutes: Math.max(0, Math.round((r.endtime - r.starttime) / 60)),
    })),
  };
}

/** The recordings of one sessions section. */
export class RecordingsList {
  /**
   * The recordings list of a sessions section, with its strings loaded.
   *
   * @param root The sessions section
   * @param cmid The circle's course module
   */
  static async create(root: HTMLElement, cmid: number): Promise<RecordingsList> {
    const values = await getStrings(RECORDING_STRINGS.map((key) => ({ key, component: 'mod_devcircle' })));
    const strings = {} as RecordingStrings;
    RECORDING_STRINGS.forEach((key, i) => {
      strings[key] = values[i] ?? key;
    });
    return new RecordingsList(root, cmid, strings);
  }

  /**
   * @param root The sessions section
   * @param cmid The circle's course module
   * @param strings The strings of the recordings list
   */
  constructor(private readonly root: HTMLElement, private readonly cmid: number, private readonly strings: RecordingStrings) {
    root.addEventListener('click', (e) => {
      const button = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-action^="recording-"]') : null;
      const el = button?.closest<HTMLElement>('[data-region="session"]');
      if (!button || !el || !root.contains(button)) {
        return;
      }
      e.preventDefault();
      void this.act(el, button.dataset.recordid ?? '', (button.dataset.action ?? '').slice('recording-'.length), button);
    });
  }

  private sessionElement(id: number): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[data-region="session"][data-session-id="${id}"]`);
  }

  private notice(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[data-region="notice"]');
  }

  /** Loads the recordings of every session and renders them. */
  async load(): Promise<void> {
    const pending = new Pending('mod_devcircle/webinar_recordings:load');
    try {
      const answer = await getRecordings(this.cmid);
      await this.render(answer);
      if (answer.error !== '') {
        await showMessage(this.notice(), answer.error, 'warning');
      }
    } catch (error) {
      await showMessage(this.notice(), errorMessage(error) ?? this.strings.error_generic, 'warning');
    } finally {
      pending.resolve();
    }
  }

  /**
   * Renders the recordings of each session that was ever started (or has recordings).
   *
   * @param answer The recordings of every session
   */
  private async render(answer: Recordings): Promise<void> {
    const lang = document.documentElement.lang || undefined;
    const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    for (const group of answer.sessions) {
      const el = this.sessionElement(group.sessionid);
      const region = el?.querySelector<HTMLElement>('[data-region="recordings"]');
      if (!el || !region) {
        continue;
      }
      if (group.recordings.length === 0 && el.dataset.started !== '1') {
        continue;
      }
      const context = recordingsContext(group, answer.canmanage, format, answer.status === 'unavailable');
      const { html, js } = await Templates.renderForPromise('mod_devcircle/recordings', context);
      Templates.replaceNodeContents(region, html, js);
      region.hidden = false;
    }
  }

  /**
   * Publishes, unpublishes or deletes (after confirming) a recording, then shows the list again.
   *
   * @param el The session's item
   * @param recordid The recording
   * @param action What to do: publish, unpublish or delete
   * @param button The button that was pressed
   */
  async act(el: HTMLElement, recordid: string, action: string, button: HTMLElement): Promise<void> {
    if (recordid === '' || !isRecordingAction(action)) {
      return;
    }
    if (action === 'delete') {
      try {
        await notification.deleteCancelPromise(this.strings.recording_delete, this.strings.recording_deleteconfirm,
          this.strings.recording_delete, { triggerElement: button });
      } catch {
        return; // Cancelled.
      }
    }
    const pending = new Pending('mod_devcircle/webinar_recordings:act');
    try {
      await updateRecording(Number(el.dataset.sessionId), recordid, action);
      await this.load();
    } catch (error) {
      const message = el.querySelector<HTMLElement>('[data-region="message"]');
      await showMessage(message, errorMessage(error) ?? this.strings.error_generic, 'danger');
    } finally {
      pending.resolve();
    }
  }
}
