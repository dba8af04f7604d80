// Test fake of core/pending: counts unresolved instances so tests can assert none leak.
export default class Pending {
  static open = 0;
  private done = false;
  constructor(public readonly key = '') { Pending.open++; }
  resolve(): void { if (!this.done) { this.done = true; Pending.open--; } }
}
