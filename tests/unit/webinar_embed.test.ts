// @vitest-environment jsdom
// The embedded webinar (mod_devcircle/webinar_embed): the client in a frame that may use camera
// and microphone, with a close button; closing empties and hides the region.
import { describe, expect, it, vi } from 'vitest';
import { closeEmbed, openEmbed } from 'mod_devcircle/webinar_embed';

describe('mod_devcircle/webinar_embed', () => {
  it('opens the join URL in a frame with a close button, and closes it again', async () => {
    document.body.innerHTML = '<div data-region="embed" hidden></div>';
    const region = document.querySelector<HTMLElement>('[data-region="embed"]') as HTMLElement;
    region.scrollIntoView = vi.fn();

    await openEmbed(region, 'http://127.0.0.1:8090/bigbluebutton/api/join?meetingID=a&fullName=B%C3%A4r');

    const frame = region.querySelector('iframe') as HTMLIFrameElement;
    expect(frame.src).toBe('http://127.0.0.1:8090/bigbluebutton/api/join?meetingID=a&fullName=B%C3%A4r');
    expect(frame.title).toBe('mod_devcircle/webinarframe');
    expect(frame.getAttribute('allow')).toContain('microphone');
    expect(frame.hasAttribute('allowfullscreen')).toBe(true);
    expect(region.querySelector('[data-action="close-embed"]')?.textContent).toBe('mod_devcircle/closewebinar');
    expect(region.hidden).toBe(false);
    expect(region.scrollIntoView).toHaveBeenCalled();

    closeEmbed(region);
    expect(region.hidden).toBe(true);
    expect(region.querySelector('iframe')).toBeNull();
  });
});
