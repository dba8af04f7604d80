// The embedded webinar (AMD module mod_devcircle/webinar_embed): opens the BigBlueButton client in
// the sessions section's embed region (template mod_devcircle/webinar_embed) and closes it again.
import Templates from 'core/templates';

/**
 * Shows the webinar in the region and scrolls to it.
 *
 * @param region The embed region of the sessions section
 * @param url The signed join URL
 */
export async function openEmbed(region: HTMLElement, url: string): Promise<void> {
  const { html, js } = await Templates.renderForPromise('mod_devcircle/webinar_embed', { url });
  Templates.replaceNodeContents(region, html, js);
  region.hidden = false;
  region.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

/**
 * Closes the embedded webinar.
 *
 * @param region The embed region of the sessions section
 */
export function closeEmbed(region: HTMLElement): void {
  region.textContent = '';
  region.hidden = true;
}
