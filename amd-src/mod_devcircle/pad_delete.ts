// Asking before a pad is deleted (AMD module mod_devcircle/pad_delete): a delete form of the pads
// section (data-action="mod_devcircle-pad-delete", data-padname) is sent only after the user
// confirmed in core's delete/cancel modal, which says that the deletion can be undone. Without
// JavaScript the form is sent at once; the message after it offers the undo all the same.
import notification from 'core/notification';
import { getString } from 'core/str';

const SELECTOR = 'form[data-action="mod_devcircle-pad-delete"]';

/**
 * Asks before sending a delete form; sends it when the user confirms.
 *
 * @param form The delete form
 * @returns Whether the form was sent
 */
export async function confirmDelete(form: HTMLFormElement): Promise<boolean> {
  const name = form.dataset.padname ?? '';
  const button = form.querySelector<HTMLElement>('[type="submit"]');
  try {
    await notification.deleteCancelPromise(
      getString('paddelete', 'mod_devcircle'),
      getString('paddeleteconfirm', 'mod_devcircle', name),
      getString('paddelete', 'mod_devcircle'),
      { triggerElement: button },
    );
  } catch {
    return false; // Cancelled.
  }
  form.dataset.confirmed = '1';
  form.submit();
  return true;
}

/**
 * Makes the delete forms inside a region ask first.
 *
 * @param regionId The id of the pads section
 */
export function init(regionId: string): void {
  const root = document.getElementById(regionId);
  if (!root || root.dataset.padDeleteReady === '1') {
    return;
  }
  root.dataset.padDeleteReady = '1';
  root.addEventListener('submit', (e) => {
    const form = (e.target as Element | null)?.closest<HTMLFormElement>(SELECTOR);
    if (!form || form.dataset.confirmed === '1') {
      return;
    }
    e.preventDefault();
    void confirmDelete(form);
  });
}
