// The singular or plural form of a string with a count (local_digitalstrategy/plural): the same
// rule as \local_digitalstrategy\local\plural in PHP, checked against the language files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPluralString, pluralKey, pluralKeys } from 'local_digitalstrategy/plural';

describe('plural strings', () => {
  it('takes the singular for exactly one and the plural for every other count, zero included', () => {
    expect(pluralKey('offline', 1)).toBe('offline_one');
    for (const count of [0, 2, 5, 350, -1]) {
      expect(pluralKey('offline', count)).toBe('offline_other');
    }
    expect(pluralKeys('saving')).toEqual(['saving_one', 'saving_other']);
  });

  it('asks core/str for the chosen key with the count as parameter, or with the given parameter', async () => {
    expect(await getPluralString('saving', 'local_digitalstrategy', 1)).toBe('local_digitalstrategy/saving_one:1');
    expect(await getPluralString('saving', 'local_digitalstrategy', 3)).toBe('local_digitalstrategy/saving_other:3');
    expect(await getPluralString('progress', 'local_digitalstrategy', 1, { answered: 0, items: 1 }))
      .toBe('local_digitalstrategy/progress_one:{"answered":0,"items":1}');
  });

  it('finds both forms of every counted string in both languages of all three plugins', () => {
    const files = [
      'local_digitalstrategy/lang/en/local_digitalstrategy.php', 'local_digitalstrategy/lang/de/local_digitalstrategy.php',
      'mod_devcircle/lang/en/devcircle.php', 'mod_devcircle/lang/de/devcircle.php',
      'block_digicheck/lang/en/block_digicheck.php', 'block_digicheck/lang/de/block_digicheck.php',
    ];
    let pairs = 0;
    for (const file of files) {
      const keys = new Set([...readFileSync(file, 'utf8').matchAll(/^\$string\['([^']+)'\]/gm)].map((m) => m[1] ?? ''));
      // These name a choice called "other" (a field of work, a kind of resistance), not a plural form.
      const choices = new Set(['fieldofwork_other', 'resistance_kind_other']);
      const counted = [...keys].filter((k) => /_(one|other)$/.test(k) && !choices.has(k)).map((k) => k.replace(/_(one|other)$/, ''));
      for (const key of new Set(counted)) {
        expect(keys.has(`${key}_one`) && keys.has(`${key}_other`), `${file}: ${key}`).toBe(true);
        expect(keys.has(key), `${file}: ${key} also without suffix`).toBe(false);
        pairs++;
      }
    }
    console.log(`plural strings: ${pairs} singular/plural pairs in ${files.length} language files`);
    expect(pairs).toBeGreaterThanOrEqual(40);
  });
});
