// Entry module of the overview page: started by js_call_amd with the selector of its root element.
import Pending from 'core/pending';
import { requireRoot, markReady } from '../shared/dom';

export function init(selector: string): void {
  const pending = new Pending('local_digitalstrategy/overview:init');
  try {
    const root = requireRoot(selector);
    markReady(root);
  } finally {
    pending.resolve();
  }
}
