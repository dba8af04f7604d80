// Test fake of core/str: returns "component/key" (with the parameter, if any, after a colon).
export interface StringRequest { key: string; component?: string; param?: unknown; lang?: string }

function fake(key: string, component = 'core', param?: unknown): string {
  return param === undefined ? `${component}/${key}` : `${component}/${key}:${String(param)}`;
}

export function get_string(key: string, component?: string, param?: unknown): Promise<string> {
  return Promise.resolve(fake(key, component, param));
}

export function get_strings(requests: StringRequest[]): Promise<string[]> {
  return Promise.resolve(requests.map((r) => fake(r.key, r.component, r.param)));
}
