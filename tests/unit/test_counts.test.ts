// The summary line of npm test counts tests from the reports of vitest and PHPUnit: these are the
// shapes those tools write, and a test that failed or was skipped must never count as passed.
import { describe, expect, it } from 'vitest';
import { countJunit, countVitest } from '../../scripts/test-counts';

// As PHPUnit 9.6 writes it (Moodle 4.5): skipped and incomplete tests as <skipped/>, no reason.
const phpunit9 = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="x_test" file="/tmp/x_test.php" tests="5" assertions="2" errors="1" warnings="0" failures="1" skipped="2" time="0.003940">
    <testcase name="test_a" class="x_test" classname="x_test" file="/tmp/x_test.php" line="3" assertions="1" time="0.002693"/>
    <testcase name="test_skip" class="x_test" classname="x_test" file="/tmp/x_test.php" line="4" assertions="0" time="0.000461">
      <skipped/>
    </testcase>
    <testcase name="test_fail" class="x_test" classname="x_test" file="/tmp/x_test.php" line="5" assertions="1" time="0.000288">
      <failure type="PHPUnit\\Framework\\ExpectationFailedException">x_test::test_fail
Failed asserting that 2 is identical to 1.</failure>
    </testcase>
    <testcase name="test_error" class="x_test" classname="x_test" file="/tmp/x_test.php" line="6" assertions="0" time="0.000387">
      <error type="RuntimeException">x_test::test_error
RuntimeException: boom</error>
    </testcase>
    <testcase name="test_incomplete" class="x_test" classname="x_test" file="/tmp/x_test.php" line="7" assertions="0" time="0.000111">
      <skipped/>
    </testcase>
  </testsuite>
</testsuites>`;

// As PHPUnit 11 writes it (Moodle 5.0), with data sets in the names and a skip message.
const phpunit11 = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="mod_devcircle_testsuite" tests="3" assertions="3" errors="0" failures="0" skipped="1" time="1.2">
    <testcase name="test_join with data set &quot;viewer &amp; moderator&quot;" file="/m/mod/devcircle/tests/meeting_test.php" line="40" class="mod_devcircle\\meeting_test" classname="mod_devcircle.meeting_test" assertions="2" time="0.5"/>
    <testcase name="test_pad" file="/m/mod/devcircle/tests/lib_pads_test.php" line="50" class="mod_devcircle\\lib_pads_test" classname="mod_devcircle.lib_pads_test" assertions="1" time="0.5"/>
    <testcase name="test_snapshot" file="/m/mod/devcircle/tests/task/snapshot_pads_test.php" line="60" class="mod_devcircle\\task\\snapshot_pads_test" classname="mod_devcircle.task.snapshot_pads_test" assertions="0" time="0.1">
      <skipped message="No test Etherpad (opted out with SKIP=etherpad)"/>
    </testcase>
  </testsuite>
</testsuites>`;

describe('counting a PHPUnit JUnit report', () => {
  it('counts passed, failed (failures and errors) and skipped (skipped and incomplete) test cases', () => {
    const counts = countJunit(phpunit9);
    expect([counts.passed, counts.failed, counts.skipped]).toEqual([1, 2, 2]);
    expect(counts.details).toEqual([
      'skipped: x_test::test_skip',
      'failed: x_test::test_fail',
      'failed: x_test::test_error',
      'skipped: x_test::test_incomplete',
    ]);
  });

  it('names skipped tests with their reason and decodes the names', () => {
    const counts = countJunit(phpunit11);
    expect([counts.passed, counts.failed, counts.skipped]).toEqual([2, 0, 1]);
    expect(counts.details).toEqual([
      'skipped: mod_devcircle\\task\\snapshot_pads_test::test_snapshot: No test Etherpad (opted out with SKIP=etherpad)',
    ]);
  });

  it('finds no test in a report without test cases, so the runner can count that as a failure', () => {
    const counts = countJunit('<?xml version="1.0"?><testsuites><testsuite name="" tests="0"/></testsuites>');
    expect([counts.passed, counts.failed, counts.skipped]).toEqual([0, 0, 0]);
  });
});

describe('counting a vitest JSON report', () => {
  it('counts passed, failed and skipped or todo tests, and a file that failed to load as a failure', () => {
    const counts = countVitest({
      testResults: [
        {
          name: '/r/tests/browser/pads.test.ts', status: 'failed', assertionResults: [
            { fullName: 'pads two writers see each other', status: 'passed' },
            { fullName: 'pads survive Etherpad stopping', status: 'failed' },
            { fullName: 'pads later', status: 'skipped' },
            { fullName: 'pads someday', status: 'todo' },
          ],
        },
        { name: '/r/tests/browser/broken.test.ts', status: 'failed', message: 'SyntaxError: x\nat y', assertionResults: [] },
      ],
    });
    expect([counts.passed, counts.failed, counts.skipped]).toEqual([1, 2, 2]);
    expect(counts.details).toEqual([
      'failed: pads survive Etherpad stopping',
      'skipped: pads later: skipped',
      'skipped: pads someday: todo',
      'failed: /r/tests/browser/broken.test.ts: SyntaxError: x',
    ]);
  });
});
