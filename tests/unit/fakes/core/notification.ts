// Test fake of core/notification: records exceptions, alerts and notifications.
export const shown: Array<{ kind: 'exception' | 'alert' | 'notification'; detail: unknown }> = [];

const notification = {
  exception(error: unknown): void { shown.push({ kind: 'exception', detail: error }); },
  alert(title: string, message: string): void { shown.push({ kind: 'alert', detail: { title, message } }); },
  addNotification(n: object): void { shown.push({ kind: 'notification', detail: n }); },
};

export default notification;
