// Both validators of the instrument format are tested from the schema itself: the cases come
// from walking local_digitalstrategy/db/instruments/schema.json (tests/unit/support/
// instrument_schema_cases.ts), one per rule, and the PHP domain test
// (local_digitalstrategy/tests/domain/instrument_schema_walk_test.php) runs the very same cases
// from the generated file local_digitalstrategy/tests/fixtures/instruments/schema-cases.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateInstrument } from '../../amd-src/shared/instrument_schema';
import { applyPatches, BASE, CASES_FILE, FIXTURES, schemaCases, serialise, type Json } from './support/instrument_schema_cases';

const read = (p: string): string => readFileSync(fileURLToPath(new URL(`../../${p}`, import.meta.url)), 'utf8');
const { cases, walker } = schemaCases();
const base = JSON.parse(read(`${FIXTURES}/${BASE}`)) as Json;

describe('schema.json, walked rule by rule', () => {
  it('the generated cases the PHP side reads are up to date (npx tsx tests/unit/support/instrument_schema_cases.ts --write)', () => {
    expect(read(CASES_FILE)).toBe(serialise(cases));
  });

  it('exercises every type, const, enum, pattern, length, range, size, required list and closed object of the schema', () => {
    const untested = walker.allRules().filter((rule) => !walker.exercised.has(rule));
    expect(untested, 'rules of schema.json no case breaks (is the base document missing a part?)').toEqual([]);
    expect(cases.cases.length).toBeGreaterThan(200);
  });

  it.each(cases.cases.map((c) => [c.name, c] as const))('zod: %s', (_name, c) => {
    const result = validateInstrument(applyPatches(base, c.patches));
    expect(result.ok ? [] : result.errors.map(({ path, code }) => ({ path, code }))).toEqual(c.errors);
  });
});
