// Messages in the sessions section (AMD module mod_devcircle/webinar_message): shows a text, and
// a link where there is one, in a region of the page, rendered from the template
// mod_devcircle/webinar_message; or clears the region.
import Templates from 'core/templates';

/** The colour of a message (Bootstrap's alert types). */
export type MessageType = 'info' | 'warning' | 'danger' | 'success';

/** A link after the message's text. */
export interface MessageLink {
  url: string;
  text: string;
}

/** The last message asked for per region: of messages shown in quick succession, the last one stays. */
const latest = new WeakMap<HTMLElement, number>();
let counter = 0;

/**
 * Shows a message in a region, replacing what it showed; an empty text clears the region.
 *
 * @param region The region (data-region="message" or "notice"); nothing happens without one
 * @param text The message, plain text
 * @param type Its colour
 * @param link A link after the text
 */
export async function showMessage(
  region: HTMLElement | null, text: string, type: MessageType = 'info', link?: MessageLink,
): Promise<void> {
  if (!region) {
    return;
  }
  const ticket = ++counter;
  latest.set(region, ticket);
  if (text === '') {
    region.textContent = '';
    return;
  }
  const { html, js } = await Templates.renderForPromise('mod_devcircle/webinar_message', {
    message: text, type, linkurl: link?.url ?? '', linktext: link?.text ?? '',
  });
  if (latest.get(region) === ticket) {
    Templates.replaceNodeContents(region, html, js);
  }
}
