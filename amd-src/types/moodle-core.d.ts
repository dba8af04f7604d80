// Types for the Moodle core AMD modules we use, shaped like their runtime in Moodle 4.5 and 5.0.
// Moodle's build makes a module's default export the module value itself, so default imports
// here are the module object (see build/build-amd.ts, output.interop).

interface JQueryDeferredLike<T> extends PromiseLike<T> {
  done(cb: (value: T) => void): this;
  fail(cb: (error: unknown) => void): this;
  always(cb: () => void): this;
  // No finally(): jQuery Deferreds do not have it. Await them instead.
}

declare module 'core/ajax' {
  export interface AjaxRequest {
    methodname: string;
    args: Record<string, unknown>;
  }
  export function call<T = unknown>(
    requests: AjaxRequest[], async?: boolean, loginrequired?: boolean,
  ): Array<JQueryDeferredLike<T>>;
}

declare module 'core/str' {
  // Moodle 4.3+ API (native promises); the older get_string/get_strings (jQuery promises) are
  // left out on purpose.
  export interface StringRequest { key: string; component?: string; param?: unknown; lang?: string }
  export function getString(key: string, component?: string, param?: unknown, lang?: string): Promise<string>;
  export function getStrings(requests: StringRequest[]): Promise<string[]>;
}

declare module 'core/notification' {
  /** A text, or a promise of one (e.g. from core/str). */
  type Text = string | PromiseLike<string>;
  interface ModalOptions { triggerElement?: HTMLElement | null }
  interface Notification {
    exception(error: unknown): void;
    addNotification(n: { message: string; type?: 'success' | 'info' | 'warning' | 'error'; closebutton?: boolean }): void;
    alert(title: string, message: string, cancel?: string): void;
    /** Resolves when the user confirms, rejects when they cancel. */
    saveCancelPromise(title: Text, question: Text, saveLabel: Text, options?: ModalOptions): Promise<void>;
    /** Like saveCancelPromise, with a delete button. */
    deleteCancelPromise(title: Text, question: Text, deleteLabel: Text, options?: ModalOptions): Promise<void>;
  }
  const notification: Notification;
  export default notification;
}

declare module 'core/pending' {
  export default class Pending {
    constructor(key?: string);
    resolve(): void;
  }
}

declare module 'core/templates' {
  interface Templates {
    renderForPromise(name: string, context: object): Promise<{ html: string; js: string }>;
    render(name: string, context: object): JQueryDeferredLike<string>;
    replaceNodeContents(element: Element | string, html: string, js: string): void;
    appendNodeContents(element: Element | string, html: string, js: string): void;
    runTemplateJS(js: string): void;
  }
  const templates: Templates;
  export default templates;
}

declare module 'core/toast' {
  export interface ToastOptions { type?: 'success' | 'info' | 'warning' | 'danger'; autohide?: boolean; delay?: number }
  export function add(message: string, options?: ToastOptions): Promise<void>;
}

declare module 'core/chartjs' {
  // Moodle bundles Chart.js 4.4: the module value is Chart.js's Chart class.
  import type { Chart } from 'chart.js';
  const ChartJS: typeof Chart;
  export default ChartJS;
}

declare module 'core/config' {
  interface Config { wwwroot: string; sesskey: string; contextid: number }
  const config: Config;
  export default config;
}
