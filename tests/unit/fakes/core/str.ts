// Test fake of core/str (Moodle 4.3+ API): returns "component/key" (with the parameter, if any,
// after a colon; an object parameter as JSON).
export interface StringRequest { key: string; component?: string; param?: unknown; lang?: string }

function fake(key: string, component = 'core', param?: unknown): string {
  if (param === undefined) return `${component}/${key}`;
  return `${component}/${key}:${typeof param === 'object' && param !== null ? JSON.stringify(param) : String(param)}`;
}

export function getString(key: string, component?: string, param?: unknown): Promise<string> {
  return Promise.resolve(fake(key, component, param));
}

export function getStrings(requests: StringRequest[]): Promise<string[]> {
  return Promise.resolve(requests.map((r) => fake(r.key, r.component, r.param)));
}
