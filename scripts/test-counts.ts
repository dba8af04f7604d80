// Counts the tests of one step of npm test from the report its test runner wrote, for the summary line.
//
//   tsx scripts/test-counts.ts vitest <report.json>   vitest's JSON reporter (--reporter=json --outputFile=…)
//   tsx scripts/test-counts.ts junit <report.xml>     PHPUnit's --log-junit report
//
// Prints "<passed> <failed> <skipped>" on the first line, then one line per test that did not pass:
// "failed: <name>" or "skipped: <name>: <reason>". Exits 2 when the report is missing or unreadable,
// so the runner counts the step as failed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  details: string[];
}

interface VitestAssertion {
  fullName?: string;
  title?: string;
  status: string;
  failureMessages?: string[];
}
interface VitestReport {
  testResults?: { name?: string; status?: string; message?: string; assertionResults?: VitestAssertion[] }[];
}

/** Counts a vitest JSON report; a test file that failed to load counts as one failed test. */
export function countVitest(report: VitestReport): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0, details: [] };
  for (const file of report.testResults ?? []) {
    const tests = file.assertionResults ?? [];
    if (tests.length === 0 && file.status === 'failed') {
      counts.failed++;
      counts.details.push(`failed: ${file.name ?? '?'}: ${(file.message ?? '').split('\n')[0]}`);
    }
    for (const t of tests) {
      const name = t.fullName ?? t.title ?? '?';
      if (t.status === 'passed') counts.passed++;
      else if (t.status === 'failed') {
        counts.failed++;
        counts.details.push(`failed: ${name}`);
      } else {
        counts.skipped++;
        counts.details.push(`skipped: ${name}: ${t.status}`);
      }
    }
  }
  return counts;
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#039;|&apos;/g, "'")
    .replace(/&#10;/g, ' ').replace(/&amp;/g, '&');

const attribute = (tag: string, name: string): string => decode(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '');

/**
 * Counts the test cases of a JUnit report as PHPUnit 9 and 11 write it: a case with <failure> or
 * <error> failed, one with <skipped> was skipped (PHPUnit reports incomplete tests that way too),
 * every other case passed.
 */
export function countJunit(xml: string): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0, details: [] };
  const cases = /<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g;
  for (let m = cases.exec(xml); m !== null; m = cases.exec(xml)) {
    const tag = m[1] ?? '';
    const body = m[3] ?? '';
    const cls = attribute(tag, 'class') || attribute(tag, 'classname');
    const name = `${cls ? `${cls}::` : ''}${attribute(tag, 'name')}`;
    if (/<(failure|error)\b/.test(body)) {
      counts.failed++;
      counts.details.push(`failed: ${name}`);
    } else if (/<skipped\b/.test(body)) {
      counts.skipped++;
      const reason = /<skipped\b[^>]*message="([^"]*)"/.exec(body)?.[1] ?? /<skipped\b[^>]*>([^<]*)<\/skipped>/.exec(body)?.[1] ?? '';
      counts.details.push(`skipped: ${name}${reason ? `: ${decode(reason).trim().split('\n')[0]}` : ''}`);
    } else {
      counts.passed++;
    }
  }
  return counts;
}

function main(argv: string[]): number {
  const [kind, file] = argv;
  let text: string;
  try {
    text = readFileSync(file ?? '', 'utf8');
  } catch {
    process.stderr.write(`no test report at ${file ?? '(none)'}\n`);
    return 2;
  }
  let counts: Counts;
  try {
    counts = kind === 'vitest' ? countVitest(JSON.parse(text) as VitestReport) : countJunit(text);
  } catch (e) {
    process.stderr.write(`unreadable test report ${file ?? ''}: ${String(e)}\n`);
    return 2;
  }
  process.stdout.write([`${counts.passed} ${counts.failed} ${counts.skipped}`, ...counts.details].join('\n') + '\n');
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exit(main(process.argv.slice(2)));
}
