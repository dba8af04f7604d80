// The instrument format has one schema on two sides: these tests and the PHP domain tests
// (local_digitalstrategy/tests/domain/instrument_validator_test.php) read the same fixtures and
// must reach the same verdicts, with the errors listed in local_digitalstrategy/tests/fixtures/instruments/expected-errors.json.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  INSTRUMENT_ERROR_CODES,
  INSTRUMENT_KINDS,
  ITEM_PROPERTIES,
  ITEM_TYPES,
  KEY_PATTERN,
  LANG_PATTERN,
  LIMITS,
  localise,
  parseInstrument,
  validateInstrument,
  type InstrumentError,
} from '../../amd-src/shared/instrument_schema';

const fromRoot = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const fixtures = (folder: 'valid' | 'invalid'): string[] =>
  readdirSync(fromRoot(`local_digitalstrategy/tests/fixtures/instruments/${folder}`)).filter((f) => f.endsWith('.json')).sort();
const read = (p: string): string => readFileSync(fromRoot(p), 'utf8');

interface ExpectedError { path: string; code: string }
const expected = JSON.parse(read('local_digitalstrategy/tests/fixtures/instruments/expected-errors.json')) as Record<string, ExpectedError[]>;

const shippedIn = (folder: string): string[] =>
  readdirSync(fromRoot(folder)).filter((f) => f.endsWith('.json') && f !== 'schema.json').sort().map((f) => `${folder}/${f}`);
const shipped = [
  ...shippedIn('local_digitalstrategy/db/instruments'),
  ...shippedIn('local_digitalstrategy/db/instruments/examples'),
];

const pathsAndCodes = (errors: InstrumentError[]): ExpectedError[] => errors.map(({ path, code }) => ({ path, code }));

describe('instrument schema (zod side)', () => {
  it.each(fixtures('valid'))('accepts the valid fixture %s', (file) => {
    const result = parseInstrument(read(`local_digitalstrategy/tests/fixtures/instruments/valid/${file}`));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(shipped)('accepts the shipped instrument %s', (file) => {
    const result = parseInstrument(read(file));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has an expectation for every invalid fixture and a fixture for every expectation', () => {
    expect(Object.keys(expected).sort()).toEqual(fixtures('invalid'));
  });

  it.each(fixtures('invalid'))('rejects the invalid fixture %s with the expected errors', (file) => {
    const result = parseInstrument(read(`local_digitalstrategy/tests/fixtures/instruments/invalid/${file}`));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(pathsAndCodes(result.errors)).toEqual(expected[file]);
      const code = file.split('-')[0];
      expect(result.errors[0]?.code).toBe(code);
    }
  });

  it('names only known error codes', () => {
    const codes = Object.values(expected).flat().map((e) => e.code);
    for (const code of codes) expect(INSTRUMENT_ERROR_CODES).toContain(code);
  });

  it('returns the typed document when valid', () => {
    const result = parseInstrument(read('local_digitalstrategy/tests/fixtures/instruments/valid/minimal-check.json'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      const item = result.value.dimensions[0]?.items[0];
      expect(item?.type).toBe('maturity');
      if (item?.type === 'maturity') expect(item.levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('escapes JSON pointer segments', () => {
    const result = validateInstrument({ format: 'digitalstrategy-instrument', 'a/b~c': 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('/a~1b~0c');
  });
});

describe('schema.json matches the validators', () => {
  const schema = JSON.parse(read('local_digitalstrategy/db/instruments/schema.json')) as {
    properties: { kind: { enum: string[] }; dimensions: { maxItems: number } };
    $defs: Record<string, { pattern?: string; propertyNames?: { pattern: string }; additionalProperties?: { maxLength: number };
      properties?: Record<string, unknown>; maximum?: number; maxItems?: number; minItems?: number }>;
  };
  const defs = schema.$defs;

  it('uses the same key and language patterns', () => {
    expect(defs.key?.pattern).toBe(KEY_PATTERN.source);
    expect(defs.langstrings?.propertyNames?.pattern).toBe(LANG_PATTERN.source);
  });

  it('uses the same kinds, item types and properties per item type', () => {
    expect(schema.properties.kind.enum).toEqual([...INSTRUMENT_KINDS]);
    for (const type of ITEM_TYPES) {
      expect(Object.keys(defs[`${type}item`]?.properties ?? {})).toEqual([...ITEM_PROPERTIES[type]]);
    }
  });

  it('uses the same limits', () => {
    expect(defs.shorttext?.additionalProperties?.maxLength).toBe(LIMITS.shortText);
    expect(defs.text?.additionalProperties?.maxLength).toBe(LIMITS.text);
    expect(defs.longtext?.additionalProperties?.maxLength).toBe(LIMITS.longText);
    expect(schema.properties.dimensions.maxItems).toBe(LIMITS.dimensions);
    expect(defs.weight?.maximum).toBe(LIMITS.maxWeight);
    expect(defs.options?.minItems).toBe(LIMITS.minOptions);
    expect(defs.options?.maxItems).toBe(LIMITS.maxOptions);
  });
});

describe('localise', () => {
  const strings = { de: 'Hallo', en: 'Hello', de_du: 'Hallo du' };
  it('picks the language, then its parent, then English', () => {
    expect(localise(strings, 'de_du')).toBe('Hallo du');
    expect(localise(strings, 'de_wp')).toBe('Hallo');
    expect(localise(strings, 'fr')).toBe('Hello');
  });
});
