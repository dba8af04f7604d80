// Test fake of core/toast: records the messages.
export const toasts: Array<{ message: string; options?: object }> = [];

export function add(message: string, options?: object): Promise<void> {
  toasts.push({ message, options });
  return Promise.resolve();
}
