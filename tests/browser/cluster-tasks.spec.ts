// Tasks on both nodes of the cluster at the same moment (scripts/stack.sh start --cluster): the pad
// snapshot task and the reminder of measures falling due start on node a and node b within a few
// milliseconds of each other, without Moodle's cron lock (as a run started by hand, or cron on a
// node that read the task list before the other took it). Exactly one snapshot is taken and
// exactly one reminder is sent; a second round finds nothing left to do.
// Runs only against the cluster stack (CLUSTER=1). Test data: tests/browser/fixtures/cluster-tasks.php.
import { describe, it, expect } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cluster = process.env.CLUSTER === '1';
const moodle = path.join(root, 'scripts', 'moodle.sh');
const script = path.join(root, 'tests/browser/fixtures/cluster-tasks.php');
const run = promisify(execFile);

const www = (): string => execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
const lastJson = (out: string): Record<string, unknown> => JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;

function fixture(...args: string[]): Record<string, unknown> {
  return lastJson(execFileSync('bash', [moodle, 'php', script, www(), ...args], { encoding: 'utf8' }));
}

/** Runs a task on both nodes, both starting at the same moment; returns what each printed. */
async function onBothNodes(task: 'snapshot' | 'reminder'): Promise<Array<{ node: string; started: number; log: string }>> {
  const startat = (Date.now() / 1000 + 4).toFixed(3); // time enough for both PHP processes to load Moodle
  const runs = (['a', 'b'] as const).map((node) => run('bash', [moodle, 'php', script, www(), 'run', task, startat],
    { env: { ...process.env, DIGISOZ_NODE: node }, encoding: 'utf8', timeout: 120000 }));
  const results = await Promise.all(runs);
  // The task's own lines (mtrace writes straight to the output) come before the JSON line.
  return results.map((r) => {
    const lines = r.stdout.trim().split('\n');
    const answer = lastJson(r.stdout) as { node: string; started: number; log: string };
    return { ...answer, log: lines.slice(0, -1).join('\n') + answer.log };
  });
}

describe.runIf(cluster)('tasks on both cluster nodes at once', () => {
  it('the pad snapshot task and the due-measure reminder run on both nodes at the same moment: one snapshot, one message', async () => {
    const { padid, ownerid } = fixture('setup') as { padid: number; ownerid: number };
    const before = fixture('count', String(padid), String(ownerid)) as { snapshots: number; reminders: number };
    expect(before.reminders).toBe(0);

    const snapshots = await onBothNodes('snapshot');
    const reminders = await onBothNodes('reminder');
    for (const round of [snapshots, reminders]) {
      expect(round.map((r) => r.node)).toEqual(['a', 'b']);
      // Both started within a moment of each other.
      expect(Math.abs((round[0]?.started ?? 0) - (round[1]?.started ?? 0))).toBeLessThan(0.5);
    }
    console.log(`snapshot task: ${snapshots.map((r) => `node ${r.node}: ${r.log.trim().split('\n').pop()}`).join('; ')}`);
    console.log(`reminder task: ${reminders.map((r) => `node ${r.node}: ${r.log.trim().split('\n').pop() ?? '(nothing to do)'}`).join('; ')}`);

    const after = fixture('count', String(padid), String(ownerid)) as { snapshots: number; reminders: number };
    expect(after.snapshots - before.snapshots, 'snapshots taken').toBe(1);
    expect(after.reminders, 'reminders sent').toBe(1);

    // A second round on both nodes: nothing changed, nothing is due again.
    await onBothNodes('snapshot');
    await onBothNodes('reminder');
    expect(fixture('count', String(padid), String(ownerid))).toEqual(after);
  }, 300000);
});
