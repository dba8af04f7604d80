// Questionnaire instruments (Digitalisierungscheck, surveys, feedback forms): the zod twin of
// local_digitalstrategy/db/instruments/schema.json and of the PHP instrument_validator.
// Both validators report the same JSON-pointer paths and error codes for the same document:
// tests/unit/instrument_schema_walk.test.ts and the PHP domain tests run the cases derived from
// schema.json rule by rule, and both run the fixtures in local_digitalstrategy/tests/fixtures.

import * as z from 'zod/mini';

export const INSTRUMENT_FORMAT = 'digitalstrategy-instrument';
export const INSTRUMENT_FORMAT_VERSION = 1;
export const KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;
export const LANG_PATTERN = /^[a-z]{2,3}(_[a-z0-9]{2,8}){0,2}$/;
export const REQUIRED_LANGS = ['de', 'en'] as const;
export const INSTRUMENT_KINDS = ['check', 'survey', 'feedback'] as const;
export const ITEM_TYPES = ['maturity', 'yesno', 'single', 'multiple', 'rating', 'text'] as const;
/** Level values of maturity items and of the instrument scale, in order. */
export const MATURITY_VALUES = [0, 1, 2, 3, 4] as const;
/** Level values of rating items, in order. */
export const RATING_VALUES = [-2, -1, 0, 1, 2] as const;

export const LIMITS = {
  shortText: 255,
  text: 1000,
  longText: 4000,
  dimensions: 20,
  itemsPerDimension: 100,
  minOptions: 2,
  maxOptions: 30,
  maxWeight: 100,
  maxScore: 100,
  maxVersion: 2147483647,
} as const;

/** Error codes shared with the PHP validator; each becomes a language string. */
export const INSTRUMENT_ERROR_CODES = [
  'invalidjson', 'type', 'required', 'unknown', 'forbidden', 'enum', 'const', 'pattern',
  'minlength', 'maxlength', 'range', 'minitems', 'maxitems', 'duplicate',
] as const;
export type InstrumentErrorCode = (typeof INSTRUMENT_ERROR_CODES)[number];

/** Properties each item type allows, in validation order. */
export const ITEM_PROPERTIES = {
  maturity: ['key', 'type', 'text', 'help', 'required', 'levels', 'dontknow', 'relevance', 'weight', 'recommendation'],
  yesno: ['key', 'type', 'text', 'help', 'required', 'dontknow', 'relevance', 'weight', 'recommendation'],
  single: ['key', 'type', 'text', 'help', 'required', 'options', 'dontknow', 'relevance', 'weight', 'recommendation'],
  multiple: ['key', 'type', 'text', 'help', 'required', 'options', 'relevance', 'weight', 'recommendation'],
  rating: ['key', 'type', 'text', 'help', 'required', 'levels', 'dontknow', 'relevance', 'weight', 'recommendation'],
  text: ['key', 'type', 'text', 'help', 'required'],
} as const satisfies Record<(typeof ITEM_TYPES)[number], readonly string[]>;

const ALL_ITEM_PROPERTIES: ReadonlySet<string> = new Set(Object.values(ITEM_PROPERTIES).flat());

/** Refinements below also run on documents with other errors, as the PHP checks do. */
const always = { when: (): boolean => true };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// --- Building blocks -------------------------------------------------------------------------

const translation = (max: number) =>
  z.string().check(
    z.refine((s: string) => /\S/u.test(s), { params: { code: 'minlength', min: 1 } }),
    z.maxLength(max),
  );

const langStrings = (max: number) =>
  z.catchall(z.object({ de: translation(max), en: translation(max) }), translation(max)).check(
    z.superRefine((value: unknown, ctx) => {
      if (!isRecord(value)) return;
      for (const lang of Object.keys(value)) {
        if (lang !== 'de' && lang !== 'en' && !LANG_PATTERN.test(lang)) {
          ctx.issues.push({ code: 'custom', path: [lang], input: lang, params: { code: 'pattern' }, message: 'Invalid language code' });
        }
      }
    }, always),
  );

const shortText = langStrings(LIMITS.shortText);
const text = langStrings(LIMITS.text);
const longText = langStrings(LIMITS.longText);
const key = z.string().check(z.regex(KEY_PATTERN));
const weight = z.number().check(z.gt(0), z.lte(LIMITS.maxWeight));

const level = <V extends number>(value: V) =>
  z.strictObject({
    value: z.literal(value),
    label: shortText,
    description: z.optional(text),
  });

const maturityLevels = z.tuple([level(0), level(1), level(2), level(3), level(4)]);
const ratingLevels = z.tuple([level(-2), level(-1), level(0), level(1), level(2)]);

const option = z.strictObject({
  key,
  label: shortText,
  score: z.optional(z.number().check(z.gte(0), z.lte(LIMITS.maxScore))),
});

const options = z.array(option).check(
  z.minLength(LIMITS.minOptions),
  z.maxLength(LIMITS.maxOptions),
  z.superRefine((value: unknown, ctx) => {
    const list: unknown[] = Array.isArray(value) ? value : [];
    const seen = new Set<string>();
    list.forEach((o, i) => {
      if (isRecord(o) && typeof o.key === 'string') {
        if (seen.has(o.key)) {
          ctx.issues.push({ code: 'custom', path: [i, 'key'], input: o.key, params: { code: 'duplicate', key: o.key }, message: 'Duplicate option key' });
        }
        seen.add(o.key);
      }
    });
    const objects = list.filter(isRecord);
    if (objects.some((o) => 'score' in o)) {
      list.forEach((o, i) => {
        if (isRecord(o) && !('score' in o)) {
          ctx.issues.push({ code: 'custom', path: [i, 'score'], input: undefined, params: { code: 'required' }, message: 'Every option needs a score when one has' });
        }
      });
    }
  }, always),
);

const common = { key, text, help: z.optional(longText), required: z.optional(z.boolean()) };
const scoring = {
  relevance: z.optional(z.boolean()),
  weight: z.optional(weight),
  recommendation: z.optional(longText),
};

const maturityItem = z.strictObject({
  key: common.key, type: z.literal('maturity'), text: common.text, help: common.help, required: common.required,
  levels: maturityLevels, dontknow: z.optional(z.boolean()), ...scoring,
});
const yesnoItem = z.strictObject({
  key: common.key, type: z.literal('yesno'), text: common.text, help: common.help, required: common.required,
  dontknow: z.optional(z.boolean()), ...scoring,
});
const singleItem = z.strictObject({
  key: common.key, type: z.literal('single'), text: common.text, help: common.help, required: common.required,
  options, dontknow: z.optional(z.boolean()), ...scoring,
});
const multipleItem = z.strictObject({
  key: common.key, type: z.literal('multiple'), text: common.text, help: common.help, required: common.required,
  options, ...scoring,
});
const ratingItem = z.strictObject({
  key: common.key, type: z.literal('rating'), text: common.text, help: common.help, required: common.required,
  levels: z.optional(ratingLevels), dontknow: z.optional(z.boolean()), ...scoring,
});
const textItem = z.strictObject({
  key: common.key, type: z.literal('text'), text: common.text, help: common.help, required: common.required,
});

const item = z.discriminatedUnion('type', [maturityItem, yesnoItem, singleItem, multipleItem, ratingItem, textItem]);

const dimension = z.strictObject({
  key,
  name: shortText,
  description: longText,
  weight: z.optional(weight),
  items: z.array(item).check(z.minLength(1), z.maxLength(LIMITS.itemsPerDimension)),
});

/** Reports dimension keys, and item keys across the whole instrument, used twice. */
function checkUniqueKeys(doc: unknown, ctx: z.core.$RefinementCtx): void {
  const dimensions = isRecord(doc) && Array.isArray(doc.dimensions) ? (doc.dimensions as unknown[]) : [];
  const dimensionKeys = new Set<string>();
  const itemKeys = new Set<string>();
  const note = (seen: Set<string>, k: unknown, path: (string | number)[]): void => {
    if (typeof k !== 'string') return;
    if (seen.has(k)) {
      ctx.issues.push({ code: 'custom', path, input: k, params: { code: 'duplicate', key: k }, message: 'Duplicate key' });
    }
    seen.add(k);
  };
  dimensions.forEach((d, di) => {
    if (!isRecord(d)) return;
    note(dimensionKeys, d.key, ['dimensions', di, 'key']);
    const items: unknown[] = Array.isArray(d.items) ? d.items : [];
    items.forEach((it, ii) => {
      if (isRecord(it)) note(itemKeys, it.key, ['dimensions', di, 'items', ii, 'key']);
    });
  });
}

export const instrumentSchema = z
  .strictObject({
    format: z.literal(INSTRUMENT_FORMAT),
    formatversion: z.literal(INSTRUMENT_FORMAT_VERSION),
    idnumber: key,
    version: z.int().check(z.gte(1), z.lte(LIMITS.maxVersion)),
    kind: z.enum(INSTRUMENT_KINDS),
    name: shortText,
    description: longText,
    scale: z.optional(z.strictObject({ levels: maturityLevels })),
    dimensions: z.array(dimension).check(z.minLength(1), z.maxLength(LIMITS.dimensions)),
  })
  .check(z.superRefine((doc, ctx) => checkUniqueKeys(doc, ctx), always));

export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentKind = Instrument['kind'];
export type Dimension = Instrument['dimensions'][number];
export type Item = Dimension['items'][number];
export type ItemType = Item['type'];
export type MaturityItem = Extract<Item, { type: 'maturity' }>;
export type YesNoItem = Extract<Item, { type: 'yesno' }>;
export type SingleItem = Extract<Item, { type: 'single' }>;
export type MultipleItem = Extract<Item, { type: 'multiple' }>;
export type RatingItem = Extract<Item, { type: 'rating' }>;
export type TextItem = Extract<Item, { type: 'text' }>;
export type Option = z.infer<typeof option>;
export type Level = MaturityItem['levels'][number];
export type LangStrings = Instrument['name'];

// --- Errors in the PHP validator's format ---------------------------------------------------

export interface InstrumentError {
  /** JSON pointer (RFC 6901) to the offending value, '' for the document itself. */
  path: string;
  code: InstrumentErrorCode;
  message: string;
}

export type InstrumentValidation = { ok: true; value: Instrument } | { ok: false; errors: InstrumentError[] };

/** Builds a JSON pointer from a zod path. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Whether the value at path exists in doc (a missing property yields 'required', not 'type'). */
function isMissing(doc: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let node: unknown = doc;
  for (const segment of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  if (!isRecord(node)) return false;
  return !Object.prototype.hasOwnProperty.call(node, path[path.length - 1] as PropertyKey);
}

function toErrors(issue: z.core.$ZodIssue, doc: unknown): InstrumentError[] {
  const path = issue.path;
  const at = (code: InstrumentErrorCode, p: readonly PropertyKey[] = path): InstrumentError => ({
    path: toPointer(p),
    code,
    message: issue.message,
  });
  if (issue.code !== 'unrecognized_keys' && isMissing(doc, path)) {
    return [at('required')];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [at('type')];
    case 'invalid_union':
      // A discriminated union reports an unknown item type at .../type.
      return [at('enum')];
    case 'invalid_value':
      return [at(issue.values.length === 1 ? 'const' : 'enum')];
    case 'invalid_format':
      return [at('pattern')];
    case 'too_small':
      return [at(issue.origin === 'string' ? 'minlength' : issue.origin === 'array' ? 'minitems' : 'range')];
    case 'too_big':
      return [at(issue.origin === 'string' ? 'maxlength' : issue.origin === 'array' ? 'maxitems' : 'range')];
    case 'unrecognized_keys': {
      // Strict item objects reject other types' properties: those are 'forbidden', the rest 'unknown'.
      const parentIsItem = path.length >= 4 && path[path.length - 2] === 'items';
      return issue.keys.map((k) => at(parentIsItem && ALL_ITEM_PROPERTIES.has(k) ? 'forbidden' : 'unknown', [...path, k]));
    }
    case 'custom': {
      const code = issue.params?.code as InstrumentErrorCode | undefined;
      return [at(code !== undefined && INSTRUMENT_ERROR_CODES.includes(code) ? code : 'type')];
    }
    default:
      return [at('type')];
  }
}

/** Validates a decoded instrument document. */
export function validateInstrument(doc: unknown): InstrumentValidation {
  const result = instrumentSchema.safeParse(doc);
  if (result.success) {
    return { ok: true, value: result.data };
  }
  // Length checks also run on a value of the wrong type (a string where an array belongs);
  // report only the wrong type there, as the PHP validator does.
  const errors = result.error.issues.flatMap((issue) => toErrors(issue, doc));
  const wrongType = new Set(errors.filter((e) => e.code === 'type').map((e) => e.path));
  const lengthCodes: readonly string[] = ['minlength', 'maxlength', 'minitems', 'maxitems'];
  return { ok: false, errors: errors.filter((e) => !(lengthCodes.includes(e.code) && wrongType.has(e.path))) };
}

/** Parses and validates an instrument given as JSON text. */
export function parseInstrument(json: string): InstrumentValidation {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [{ path: '', code: 'invalidjson', message: e instanceof Error ? e.message : String(e) }] };
  }
  return validateInstrument(doc);
}

/** Picks the translation for a language: itself, its parent (de for de_du), English, German. */
export function localise(strings: LangStrings, lang: string): string {
  const parent = lang.split('_')[0] ?? lang;
  for (const candidate of [lang, parent, 'en', 'de']) {
    const s = strings[candidate];
    if (s !== undefined && s !== '') return s;
  }
  return strings.en;
}
