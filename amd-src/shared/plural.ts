// Strings with a count, in the singular or the plural (AMD module local_digitalstrategy/plural):
// the same rule as the PHP class \local_digitalstrategy\local\plural. A text with a count has two
// keys in every language file of the suite, "<key>_one" (the count is 1) and "<key>_other" (every
// other count, 0 included): the two forms English and German have.
import { getString } from 'core/str';

/**
 * The key of the string for a count.
 *
 * @param key The key without suffix
 * @param count The count the text is about
 */
export function pluralKey(key: string, count: number): string {
  return `${key}${count === 1 ? '_one' : '_other'}`;
}

/**
 * Both keys of a string with a count (to load them ahead).
 *
 * @param key The key without suffix
 */
export function pluralKeys(key: string): [string, string] {
  return [`${key}_one`, `${key}_other`];
}

/**
 * The text for a count, from core/str.
 *
 * @param key The key without suffix
 * @param component The component
 * @param count The count that chooses singular or plural
 * @param param The string's parameter; the count itself when left out
 */
export function getPluralString(key: string, component: string, count: number, param?: unknown): Promise<string> {
  return getString(pluralKey(key, count), component, param ?? count);
}
