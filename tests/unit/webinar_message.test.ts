// @vitest-environment jsdom
// Messages in the sessions section (mod_devcircle/webinar_message): rendered from the template,
// the text escaped once, an optional link, cleared by an empty text, the last one wins.
import { describe, expect, it, beforeEach } from 'vitest';
import { showMessage } from 'mod_devcircle/webinar_message';
import { rendered } from './fakes/core/templates';

let region: HTMLElement;

beforeEach(() => {
  rendered.length = 0;
  document.body.innerHTML = '<div data-region="message" role="status"></div>';
  region = document.querySelector<HTMLElement>('[data-region="message"]') as HTMLElement;
});

describe('showMessage', () => {
  it('shows plain text in an alert of the given colour, escaped once', async () => {
    await showMessage(region, 'Kinder < 6 & "Eltern" 👪', 'danger');

    const alert = region.querySelector('.alert');
    expect(alert?.classList.contains('alert-danger')).toBe(true);
    expect(alert?.textContent).toBe('Kinder < 6 & "Eltern" 👪');
    expect(rendered.map((r) => r.name)).toEqual(['mod_devcircle/webinar_message']);
  });

  it('adds a link that opens in a new window', async () => {
    await showMessage(region, 'Ihr Browser hat das Fenster blockiert.', 'info', { url: 'https://bbb.example.org/join?a=1&b=2', text: 'Öffnen' });

    const link = region.querySelector<HTMLAnchorElement>('a');
    expect(link?.href).toBe('https://bbb.example.org/join?a=1&b=2');
    expect(link?.textContent).toBe('Öffnen');
    expect([link?.target, link?.rel]).toEqual(['_blank', 'noopener']);
  });

  it('clears the region for an empty text', async () => {
    await showMessage(region, 'Warten …');
    await showMessage(region, '');
    expect(region.innerHTML).toBe('');
  });

  it('keeps the last of two messages given one after the other', async () => {
    const first = showMessage(region, 'erste');
    const second = showMessage(region, '');
    await Promise.all([first, second]);
    expect(region.textContent).toBe('');
  });

  it('does nothing without a region', async () => {
    await showMessage(null, 'x');
    expect(rendered).toEqual([]);
  });
});
