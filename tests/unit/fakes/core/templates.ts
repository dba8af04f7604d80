// Test fake of core/templates: records what was rendered and renders the context as JSON inside
// an element naming the template, so tests can assert on both.
export const rendered: Array<{ name: string; context: object }> = [];

function html(name: string, context: object): string {
  const el = document.createElement('div');
  el.dataset.template = name;
  el.textContent = JSON.stringify(context);
  return el.outerHTML;
}

const templates = {
  renderForPromise(name: string, context: object): Promise<{ html: string; js: string }> {
    rendered.push({ name, context });
    return Promise.resolve({ html: html(name, context), js: '' });
  },
  render(name: string, context: object): Promise<string> {
    rendered.push({ name, context });
    return Promise.resolve(html(name, context));
  },
  replaceNodeContents(element: Element | string, content: string): void {
    const el = typeof element === 'string' ? document.querySelector(element) : element;
    if (el) el.innerHTML = content;
  },
  appendNodeContents(element: Element | string, content: string): void {
    const el = typeof element === 'string' ? document.querySelector(element) : element;
    if (el) el.insertAdjacentHTML('beforeend', content);
  },
  runTemplateJS(): void {},
};

export default templates;
