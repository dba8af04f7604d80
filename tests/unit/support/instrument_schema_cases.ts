// Walks the instrument schema (local_digitalstrategy/db/instruments/schema.json) along a valid
// document that uses every part of it, and derives one test case per rule: for every type,
// const, enum, pattern, length, range, number of entries, required property, closed object and
// property-name rule, a change of the document that breaks exactly that rule (with the error,
// path and code, the validators must report) and, for every bound, the document at the bound
// (which must stay valid).
//
// Both validators run the same cases: tests/unit/instrument_schema_walk.test.ts (zod) and
// local_digitalstrategy/tests/domain/instrument_schema_walk_test.php (PHP), which reads them from
// local_digitalstrategy/tests/fixtures/instruments/schema-cases.json. That file is generated:
//   npx tsx tests/unit/support/instrument_schema_cases.ts --write
// and the vitest test fails when it differs from what the schema gives now.
//
// Conventions of both validators that plain JSON Schema leaves open, applied here:
// - a value that must equal a constant or one of a list is reported as 'const' or 'enum', also
//   when its type is wrong;
// - a blank text (breaking "pattern": "\\S") is reported as too short ('minlength');
// - the item's "type" selects the rules of its kind (if/then): changing it to an unknown type is
//   an 'enum' error, and properties other kinds allow are 'forbidden' rather than 'unknown'.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A change of the base document. 'resize' truncates an array or extends it with copies of its
 *  last entry whose "key" values get the suffix _c<index>, so keys stay unique. 'fill' sets a
 *  string of 'x' of the given length. */
export type Patch =
  | { op: 'set'; path: string; value: Json }
  | { op: 'delete'; path: string }
  | { op: 'resize'; path: string; length: number }
  | { op: 'fill'; path: string; length: number };

export interface ExpectedError { path: string; code: string }

export interface SchemaCase {
  /** What is changed, and which rule of the schema (its pointer in schema.json) it tests. */
  name: string;
  rule: string;
  patches: Patch[];
  /** The errors both validators must report; [] for a document at a bound, which stays valid. */
  errors: ExpectedError[];
}

export interface SchemaCases {
  base: string;
  cases: SchemaCase[];
}

interface Schema {
  $ref?: string;
  type?: string;
  const?: Json;
  enum?: Json[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  prefixItems?: Schema[];
  items?: Schema | false;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | false;
  propertyNames?: Schema;
  allOf?: Array<{ if: { properties: Record<string, { const: Json }> }; then: Schema }>;
  [keyword: string]: unknown;
}

/** A subschema with its place in schema.json. */
interface Located { schema: Schema; at: string }

/** Keywords the walker knows; any other keyword in schema.json stops it, so a new rule cannot go untested. */
const KNOWN = new Set(['$schema', '$id', 'title', '$comment', 'description', 'default', '$defs', '$ref', 'type', 'const',
  'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'maxItems',
  'prefixItems', 'items', 'properties', 'required', 'additionalProperties', 'propertyNames', 'allOf']);

/** Keywords whose every occurrence in schema.json must be exercised by at least one case. */
export const RULE_KEYWORDS = ['type', 'const', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum',
  'exclusiveMinimum', 'minItems', 'maxItems', 'required', 'additionalProperties', 'propertyNames'] as const;

/** Strings that break a pattern, per pattern of the schema. */
const BREAKS_PATTERN: Record<string, string> = {
  '^[a-z][a-z0-9_]{1,39}$': 'Not-A-Key',
  '^[a-z]{2,3}(_[a-z0-9]{2,8}){0,2}$': 'EN',
  '\\S': '   ',
};

const pointer = (segments: Array<string | number>): string =>
  segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class SchemaWalker {
  readonly cases: SchemaCase[] = [];
  /** Pointers in schema.json of the rule keywords that produced a case. */
  readonly exercised = new Set<string>();

  constructor(private readonly root: Schema, private readonly base: Json) {}

  /** Every rule keyword in schema.json, as 'pointer#keyword'. */
  allRules(): string[] {
    const rules: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (!isObject(node as Json)) return;
      const schema = node as Schema;
      for (const keyword of Object.keys(schema)) {
        if (!KNOWN.has(keyword)) throw new Error(`schema.json ${at}: the walker does not know the keyword ${keyword}`);
      }
      for (const keyword of RULE_KEYWORDS) {
        const value = schema[keyword];
        if (value === undefined) continue;
        if (keyword === 'additionalProperties' && value !== false) continue;
        rules.push(`${at}#${keyword}`);
      }
      for (const [name, child] of Object.entries(schema.properties ?? {})) visit(child, `${at}/properties/${name}`);
      for (const [name, child] of Object.entries(schema.$defs ?? {})) visit(child, `${at}/$defs/${name}`);
      (schema.prefixItems ?? []).forEach((child, i) => visit(child, `${at}/prefixItems/${i}`));
      if (isObject(schema.items as Json)) visit(schema.items, `${at}/items`);
      if (isObject(schema.additionalProperties as Json)) visit(schema.additionalProperties, `${at}/additionalProperties`);
      if (schema.propertyNames) visit(schema.propertyNames, `${at}/propertyNames`);
      (schema.allOf ?? []).forEach((branch, i) => visit(branch.then, `${at}/allOf/${i}/then`));
    };
    visit(this.root, '');
    return rules.sort();
  }

  walk(): void {
    this.visit([{ schema: this.root, at: '' }], this.base, [], []);
  }

  /** The subschemas that apply, with every $ref followed. */
  private expand(located: Located[]): Located[] {
    const out: Located[] = [];
    for (const { schema, at } of located) {
      out.push({ schema, at });
      if (schema.$ref) {
        const target = schema.$ref.replace(/^#\//, '').split('/').reduce<unknown>(
          (node, segment) => (node as Record<string, unknown>)[segment], this.root);
        out.push(...this.expand([{ schema: target as Schema, at: schema.$ref.slice(1) }]));
      }
    }
    return out;
  }

  private add(name: string, rule: string, patches: Patch[], errors: ExpectedError[], alsoExercises: string[] = []): void {
    this.cases.push({ name, rule, patches, errors });
    if (errors.length) [rule, ...alsoExercises].forEach((r) => this.exercised.add(r));
  }

  /**
   * Changing the discriminator to another kind breaks the "const" of the current kind's branch:
   * the other kind's rules apply, so its missing required properties are reported (in the order of
   * its properties), then every property it does not allow (in the document's order).
   */
  private switchKind(value: JsonObject, path: Array<string | number>, context: Patch[],
    branches: Array<{ name: string; constant: Json; then: Located[] }>): void {
    const current = branches.find((b) => value[b.name] === b.constant);
    if (!current) return;
    // To "text" (which allows the least), or from "text" to the first other kind.
    const target = branches.find((b) => b.constant === 'text' && b !== current)
      ?? branches.find((b) => b !== current) as (typeof branches)[number];
    const allowed = target.then.flatMap((s) => Object.keys(s.schema.properties ?? {}));
    const required = target.then.flatMap((s) => s.schema.required ?? []);
    const errors: ExpectedError[] = [];
    for (const name of allowed) {
      if (required.includes(name) && !(name in value)) errors.push({ path: pointer([...path, name]), code: 'required' });
    }
    for (const name of Object.keys(value)) {
      if (!allowed.includes(name)) errors.push({ path: pointer([...path, name]), code: 'forbidden' });
    }
    const rule = current.then.find((s) => s.schema.properties?.[current.name]?.const !== undefined);
    this.add(`${pointer(path)} becomes a ${String(target.constant)} item`,
      `${rule?.at ?? ''}/properties/${current.name}#const`,
      [...context, { op: 'set', path: pointer([...path, current.name]), value: target.constant }], errors);
  }

  private visit(located: Located[], value: Json, path: Array<string | number>, context: Patch[], isDiscriminator = false): void {
    let schemas = this.expand(located);
    // Conditional rules (the item kinds): the branch whose "if" the value meets applies.
    const discriminators = new Set<string>();
    const branchProperties = new Set<string>();
    const branches: Array<{ name: string; constant: Json; then: Located[] }> = [];
    for (const { schema, at } of [...schemas]) {
      (schema.allOf ?? []).forEach((branch, i) => {
        const conditions = Object.entries(branch.if.properties);
        if (conditions.length !== 1) throw new Error(`schema.json ${at}/allOf/${i}: the walker knows conditions on one property`);
        const [name, condition] = conditions[0] as [string, { const: Json }];
        discriminators.add(name);
        const thenschemas = this.expand([{ schema: branch.then, at: `${at}/allOf/${i}/then` }]);
        for (const s of thenschemas) Object.keys(s.schema.properties ?? {}).forEach((p) => branchProperties.add(p));
        branches.push({ name, constant: condition.const, then: thenschemas });
        if (isObject(value) && value[name] === condition.const) {
          schemas = [...schemas, ...thenschemas];
        }
      });
    }
    if (isObject(value) && branches.length) this.switchKind(value, path, context, branches);
    const here = pointer(path);
    const rules = (keyword: keyof Schema): Located[] => schemas.filter((s) => s.schema[keyword] !== undefined);
    const set = (v: Json): Patch[] => [...context, { op: 'set', path: here, value: v }];

    // Constants and lists of allowed values (they win over the type).
    const consts = rules('const');
    const enums = rules('enum');
    for (const { schema, at } of consts) {
      if (isDiscriminator) continue;
      const other: Json = typeof schema.const === 'number' ? schema.const + 1 : `${String(schema.const)}-other`;
      this.add(`${here} is not ${JSON.stringify(schema.const)}`, `${at}#const`, set(other), [{ path: here, code: 'const' }]);
    }
    for (const { at } of enums) {
      this.add(`${here} is not one of the allowed values`, `${at}#enum`, set('unknown-value'), [{ path: here, code: 'enum' }]);
    }
    for (const { schema, at } of rules('type')) {
      const code = consts.length ? 'const' : enums.length ? 'enum' : 'type';
      if (isDiscriminator && code !== 'type') continue;
      const wrong: Json = { object: 'not an object', array: 'not an array', string: 42, integer: '1', number: '1',
        boolean: 'yes' }[schema.type as string] ?? null;
      this.add(`${here} has the wrong type`, `${at}#type`, set(wrong), [{ path: here, code }]);
      if (schema.type === 'integer' && !consts.length) {
        this.add(`${here} is not a whole number`, `${at}#type`, set(1.5), [{ path: here, code }]);
      }
    }
    // Strings.
    if (typeof value === 'string') {
      for (const { schema, at } of rules('pattern')) {
        const broken = BREAKS_PATTERN[schema.pattern as string];
        if (broken === undefined) throw new Error(`schema.json ${at}: no example that breaks the pattern ${schema.pattern}`);
        this.add(`${here} breaks the pattern ${schema.pattern}`, `${at}#pattern`, set(broken),
          [{ path: here, code: schema.pattern === '\\S' ? 'minlength' : 'pattern' }]);
      }
      for (const { schema, at } of rules('minLength')) {
        this.add(`${here} is too short`, `${at}#minLength`, set('x'.repeat((schema.minLength ?? 1) - 1)),
          [{ path: here, code: 'minlength' }]);
      }
      for (const { schema, at } of rules('maxLength')) {
        const max = schema.maxLength ?? 0;
        this.add(`${here} is too long`, `${at}#maxLength`, [...context, { op: 'fill', path: here, length: max + 1 }],
          [{ path: here, code: 'maxlength' }]);
        this.add(`${here} at its longest`, `${at}#maxLength`, [...context, { op: 'fill', path: here, length: max }], []);
      }
    }
    // Numbers.
    if (typeof value === 'number') {
      const step = schemas.some((s) => s.schema.type === 'integer') ? 1 : 0.5;
      for (const { schema, at } of rules('minimum')) {
        const min = schema.minimum as number;
        this.add(`${here} is below the minimum`, `${at}#minimum`, set(min - step), [{ path: here, code: 'range' }]);
        this.add(`${here} at the minimum`, `${at}#minimum`, set(min), []);
      }
      for (const { schema, at } of rules('exclusiveMinimum')) {
        const min = schema.exclusiveMinimum as number;
        this.add(`${here} at the exclusive minimum`, `${at}#exclusiveMinimum`, set(min), [{ path: here, code: 'range' }]);
        this.add(`${here} just above the exclusive minimum`, `${at}#exclusiveMinimum`, set(min + step), []);
      }
      for (const { schema, at } of rules('maximum')) {
        const max = schema.maximum as number;
        this.add(`${here} is above the maximum`, `${at}#maximum`, set(max + step), [{ path: here, code: 'range' }]);
        this.add(`${here} at the maximum`, `${at}#maximum`, set(max), []);
      }
    }
    // Arrays.
    if (Array.isArray(value)) {
      const resize = (length: number): Patch[] => [...context, { op: 'resize', path: here, length }];
      for (const { schema, at } of rules('minItems')) {
        const min = schema.minItems as number;
        if (min > 0) this.add(`${here} has too few entries`, `${at}#minItems`, resize(min - 1), [{ path: here, code: 'minitems' }]);
        if (value.length > min) this.add(`${here} with the fewest entries`, `${at}#minItems`, resize(min), []);
      }
      for (const { schema, at } of rules('maxItems')) {
        const max = schema.maxItems as number;
        this.add(`${here} has too many entries`, `${at}#maxItems`, resize(max + 1), [{ path: here, code: 'maxitems' }]);
        if (value.length < max) this.add(`${here} with the most entries`, `${at}#maxItems`, resize(max), []);
      }
      value.forEach((entry, i) => {
        const children: Located[] = [];
        for (const { schema, at } of schemas) {
          if (schema.prefixItems && i < schema.prefixItems.length) {
            children.push({ schema: schema.prefixItems[i] as Schema, at: `${at}/prefixItems/${i}` });
          } else if (isObject(schema.items as Json)) {
            children.push({ schema: schema.items as Schema, at: `${at}/items` });
          }
        }
        this.visit(children, entry, [...path, i], context);
      });
    }
    // Objects.
    if (isObject(value)) {
      const properties = new Map<string, Located[]>();
      for (const { schema, at } of schemas) {
        for (const [name, child] of Object.entries(schema.properties ?? {})) {
          properties.set(name, [...(properties.get(name) ?? []), { schema: child, at: `${at}/properties/${name}` }]);
        }
      }
      for (const { schema, at } of rules('required')) {
        for (const name of schema.required ?? []) {
          if (name in value) {
            this.add(`${here}/${name} is missing`, `${at}#required`, [...context, { op: 'delete', path: pointer([...path, name]) }],
              [{ path: pointer([...path, name]), code: 'required' }]);
          }
        }
      }
      const closed = schemas.filter((s) => s.schema.additionalProperties === false);
      for (const { at } of closed) {
        const unknown = pointer([...path, 'unexpected_property']);
        this.add(`${here} has an unknown property`, `${at}#additionalProperties`,
          [...context, { op: 'set', path: unknown, value: true }], [{ path: unknown, code: 'unknown' }]);
        // Properties that other kinds of item allow, but not this one.
        for (const name of branchProperties) {
          if (properties.has(name)) continue;
          const forbidden = pointer([...path, name]);
          this.add(`${here} has ${name}, which its kind does not allow`, `${at}#additionalProperties`,
            [...context, { op: 'set', path: forbidden, value: true }], [{ path: forbidden, code: 'forbidden' }]);
        }
      }
      const open = schemas.filter((s) => isObject(s.schema.additionalProperties as Json));
      for (const { schema, at } of rules('propertyNames')) {
        const name = BREAKS_PATTERN[schema.propertyNames?.pattern ?? ''];
        if (name === undefined) throw new Error(`schema.json ${at}: no example that breaks the property names' pattern`);
        // A valid value for the extra property, so only its name is wrong.
        const sample = Object.values(value).find((v) => typeof v === 'string') ?? 'Text';
        const extra = pointer([...path, name]);
        this.add(`${here} has a property named ${name}`, `${at}/propertyNames#pattern`,
          [...context, { op: 'set', path: extra, value: sample }], [{ path: extra, code: 'pattern' }], [`${at}#propertyNames`]);
      }
      for (const [name, child] of Object.entries(value)) {
        const children = properties.get(name)
          ?? open.map(({ schema, at }) => ({ schema: schema.additionalProperties as Schema, at: `${at}/additionalProperties` }));
        this.visit(children, child, [...path, name], context, discriminators.has(name));
      }
      // Further languages are checked like the required ones: add one and walk it too.
      if (open.length && !Object.keys(value).some((k) => !properties.has(k) && !['de', 'en'].includes(k))) {
        const sample = Object.values(value).find((v) => typeof v === 'string') ?? 'Text';
        const extra: Patch = { op: 'set', path: pointer([...path, 'fr']), value: sample };
        const children = open.map(({ schema, at }) => ({ schema: schema.additionalProperties as Schema, at: `${at}/additionalProperties` }));
        this.visit(children, sample, [...path, 'fr'], [...context, extra]);
      }
    }
  }
}

export const SCHEMA_FILE = 'local_digitalstrategy/db/instruments/schema.json';
export const FIXTURES = 'local_digitalstrategy/tests/fixtures/instruments';
export const BASE = 'valid/every-item-type-with-all-fields.json';
export const CASES_FILE = `${FIXTURES}/schema-cases.json`;

const fromRoot = (p: string): string => fileURLToPath(new URL(`../../../${p}`, import.meta.url));

/** The cases schema.json gives for the base document. */
export function schemaCases(): { cases: SchemaCases; walker: SchemaWalker } {
  const schema = JSON.parse(readFileSync(fromRoot(SCHEMA_FILE), 'utf8')) as Schema;
  const base = JSON.parse(readFileSync(fromRoot(`${FIXTURES}/${BASE}`), 'utf8')) as Json;
  const walker = new SchemaWalker(schema, base);
  walker.walk();
  return { cases: { base: BASE, cases: walker.cases }, walker };
}

/** The file as it is written: one case per line, so a change of the schema reads as a short diff. */
export function serialise(cases: SchemaCases): string {
  const lines = cases.cases.map((c) => '    ' + JSON.stringify(c));
  return `{\n  "base": ${JSON.stringify(cases.base)},\n  "cases": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** Applies a patch to a copy of the base document (the PHP test does the same). */
export function applyPatches(base: Json, patches: Patch[]): Json {
  let doc = structuredClone(base);
  for (const patch of patches) {
    if (patch.path === '') {
      doc = patch.op === 'set' ? patch.value : doc;
      continue;
    }
    const segments = patch.path.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = segments.pop() as string;
    let parent: Json = doc;
    for (const segment of segments) parent = (parent as Record<string, Json>)[segment] as Json;
    const container = parent as Record<string, Json> & Json[];
    if (patch.op === 'set') container[last] = patch.value;
    if (patch.op === 'delete') Reflect.deleteProperty(container, last);
    if (patch.op === 'fill') container[last] = 'x'.repeat(patch.length);
    if (patch.op === 'resize') {
      const list = container[last] as Json[];
      const template = list[list.length - 1] as Json;
      list.length = Math.min(list.length, patch.length);
      while (list.length < patch.length) list.push(renameKeys(structuredClone(template), list.length));
    }
  }
  return doc;
}

/** A copy of an entry with every "key" made unique by the suffix _c<index>. */
function renameKeys(value: Json, index: number): Json {
  if (Array.isArray(value)) return value.map((v) => renameKeys(v, index));
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [name, v] of Object.entries(value)) {
      out[name] = name === 'key' && typeof v === 'string' ? `${v}_c${index}` : renameKeys(v, index);
    }
    return out;
  }
  return value;
}

if (process.argv.includes('--write')) {
  writeFileSync(fromRoot(CASES_FILE), serialise(schemaCases().cases));
  console.log(`wrote ${CASES_FILE}`);
}
