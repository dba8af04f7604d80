// Test fake of core/templates: renders our real Mustache templates (<plugin>/templates/<name>.mustache)
// with mustache.js and records what was rendered, so tests assert on the DOM the page would get.
// Moodle's helpers are imitated: {{#str}} key, component, param {{/str}} gives "component/key"
// (":param" appended), as the core/str fake does; {{#quote}} quotes; {{#js}}, {{#pix}} give nothing.
import Mustache from 'mustache';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const rendered: Array<{ name: string; context: object }> = [];

const PLUGIN_DIRS: Record<string, string> = {
  local_digitalstrategy: 'local_digitalstrategy', mod_devcircle: 'mod_devcircle', block_digicheck: 'block_digicheck',
};

/** The source of a template, e.g. "mod_devcircle/recordings". */
export function templateSource(name: string): string {
  const [component, file] = name.split('/');
  const dir = PLUGIN_DIRS[component ?? ''];
  if (dir === undefined || file === undefined) throw new Error(`No such template in this repository: ${name}`);
  // Vitest runs from the repository's root (where its configuration is).
  return readFileSync(path.join(process.cwd(), dir, 'templates', `${file}.mustache`), 'utf8');
}

type Render = (text: string) => string;

function helpers(): Record<string, () => (text: string, render: Render) => string> {
  return {
    str: () => (text, render) => {
      const [key = '', component = 'core', ...rest] = render(text).split(',');
      const param = rest.join(',').trim();
      return `${component.trim()}/${key.trim()}${param === '' ? '' : `:${param}`}`;
    },
    quote: () => (text, render) => JSON.stringify(render(text)),
    js: () => () => '',
    pix: () => () => '',
  };
}

/** Renders a template the way Moodle would, minus the real strings. */
export function renderTemplate(name: string, context: object): string {
  const partials = (partial: string): string => templateSource(partial);
  return Mustache.render(templateSource(name), { ...helpers(), ...context }, partials).trim();
}

const templates = {
  renderForPromise(name: string, context: object): Promise<{ html: string; js: string }> {
    rendered.push({ name, context });
    return Promise.resolve({ html: renderTemplate(name, context), js: '' });
  },
  render(name: string, context: object): Promise<string> {
    rendered.push({ name, context });
    return Promise.resolve(renderTemplate(name, context));
  },
  replaceNodeContents(element: Element | string, html: string): void {
    const el = typeof element === 'string' ? document.querySelector(element) : element;
    if (el) el.innerHTML = html;
  },
  appendNodeContents(element: Element | string, html: string): void {
    const el = typeof element === 'string' ? document.querySelector(element) : element;
    if (el) el.insertAdjacentHTML('beforeend', html);
  },
  runTemplateJS(): void {},
};

export default templates;
