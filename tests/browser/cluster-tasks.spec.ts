// Tasks on both nodes of the cluster at the same moment (scripts/stack.sh start --cluster): the pad
// snapshot task and the reminder of measures falling due start on node a and node b within a few
// milliseconds of each other, without Moodle's cron lock (as a run started by hand, or cron on a
// node that read the task list before the other took it). Exactly one snapshot is taken and
// exactly one reminder is sent; a second round finds nothing left to do. The same for the survey
// mail task (scheduled): each pending invitation is mailed once.
// Then the survey invitations and the due reminders of a batch of people, each run killed (SIGKILL)
// on node a in the middle of the batch — at the worst moment: the mail server has a mail in full and
// has not answered yet — and resumed on node b: everybody is mailed exactly once, and Moodle holds
// exactly one reminder per person.
// Runs only against the cluster stack (CLUSTER=1). Test data: tests/browser/fixtures/cluster-tasks.php.
import { describe, it, expect } from 'vitest';
import { execFile, execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cluster = process.env.CLUSTER === '1';
const moodle = path.join(root, 'scripts', 'moodle.sh');
const script = path.join(root, 'tests/browser/fixtures/cluster-tasks.php');
const run = promisify(execFile);
const mailApi = `http://127.0.0.1:${process.env.MAIL_HTTP_PORT ?? '8025'}/api`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const www = (): string => execFileSync('bash', [moodle, 'www'], { encoding: 'utf8' }).trim();
const lastJson = (out: string): Record<string, unknown> => JSON.parse(out.trim().split('\n').pop() ?? '{}') as Record<string, unknown>;

function fixture(...args: string[]): Record<string, unknown> {
  return lastJson(execFileSync('bash', [moodle, 'php', script, www(), ...args], { encoding: 'utf8' }));
}

/** Runs a task on both nodes, both starting at the same moment; returns what each printed. */
async function onBothNodes(task: 'snapshot' | 'reminder' | 'campaigns'): Promise<Array<{ node: string; started: number; log: string }>> {
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

/** A caught mail as the catcher lists it. */
interface Mail { id: number; to: string[] }

/** The mails to the given addresses caught after the mail with id `afterId`, per address. */
async function mailsTo(emails: string[], afterId: number): Promise<Map<string, number>> {
  const all = (await (await fetch(`${mailApi}/messages`)).json()) as Mail[];
  const counts = new Map(emails.map((e) => [e, 0]));
  for (const mail of all.filter((m) => m.id > afterId)) {
    for (const to of mail.to) {
      if (counts.has(to)) counts.set(to, (counts.get(to) ?? 0) + 1);
    }
  }
  return counts;
}

/** The id of the newest caught mail. */
async function lastMailId(): Promise<number> {
  const all = (await (await fetch(`${mailApi}/messages`)).json()) as Mail[];
  return all.reduce((max, m) => Math.max(max, m.id), 0);
}

const total = (counts: Map<string, number>): number => [...counts.values()].reduce((a, b) => a + b, 0);

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

describe.runIf(cluster)('the survey mail task on both cluster nodes at once', () => {
  it('mails each pending invitation once, whichever node gets the campaign mail lock', async () => {
    const people = 8;
    const batch = fixture('batch', String(people)) as { campaignid: number; owners: number[]; emails: string[] };
    try {
      const since = await lastMailId();
      const runs = await onBothNodes('campaigns');
      console.log(`survey mail task: ${runs.map((r) => `node ${r.node}: ${r.log.trim().split('\n').pop() ?? ''}`).join('; ')}`);
      expect(runs.filter((r) => r.log.includes('Another runner is mailing')), 'one node found the lock taken').toHaveLength(1);
      const counts = await mailsTo(batch.emails, since);
      expect([...counts.values()], 'each invitation mailed once').toEqual(batch.emails.map(() => 1));
      const state = fixture('batchcount', String(batch.campaignid), batch.owners.join(',')) as {
        invites: Record<string, number> };
      expect(state.invites).toEqual({ sent: people });
    } finally {
      fixture('restore');
    }
  }, 300000);
});

describe.runIf(cluster)('a task killed in the middle of a batch', () => {
  it('the invitation task and the due reminder, killed on node a and resumed on node b, mail nobody twice', async () => {
    const people = 20;
    const batch = fixture('batch', String(people)) as { campaignid: number; owners: number[]; emails: string[] };
    try {
      for (const task of ['invitations', 'reminder'] as const) {
        const since = await lastMailId();
        await fetch(`${mailApi}/delay?ms=300`, { method: 'PUT' });
        const args = ['php', script, www(), 'run', task, '0', String(batch.campaignid)];
        const child = spawn('bash', [moodle, ...args], { detached: true, stdio: 'ignore',
          env: { ...process.env, DIGISOZ_NODE: 'a' } });
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // Kill the run (the whole process group: bash and PHP) once the first few mails are through,
        // while the server holds the next one unanswered: sent, but the sender does not know it yet.
        const deadline = Date.now() + 90000;
        const unanswered = async (): Promise<number> =>
          ((await (await fetch(`${mailApi}/delay`)).json()) as { pending: number }).pending;
        while ((total(await mailsTo(batch.emails, since)) < 4 || await unanswered() < 1) && Date.now() < deadline) {
          await sleep(20);
        }
        process.kill(-(child.pid ?? 0), 'SIGKILL');
        await exited;
        await sleep(700); // the mail the server was answering when the sender died
        const beforeResume = total(await mailsTo(batch.emails, since));
        expect(beforeResume, `${task}: mails before the kill`).toBeGreaterThanOrEqual(4);
        expect(beforeResume, `${task}: the run was killed before the end of the batch`).toBeLessThan(people);

        await fetch(`${mailApi}/delay?ms=0`, { method: 'PUT' });
        await run('bash', [moodle, ...args], { env: { ...process.env, DIGISOZ_NODE: 'b' }, encoding: 'utf8', timeout: 120000 });
        const counts = await mailsTo(batch.emails, since);
        const twice = [...counts].filter(([, n]) => n > 1).map(([e]) => e);
        const missing = [...counts].filter(([, n]) => n === 0).map(([e]) => e);
        console.log(`${task}: ${beforeResume} of ${people} mailed when the run on node a was killed; the run on node b `
          + `mailed ${total(counts) - beforeResume}; twice: ${twice.length}; never: ${missing.length}`);
        expect(twice, `${task}: nobody mailed twice`).toEqual([]);
        expect(missing, `${task}: nobody left out`).toEqual([]);
      }
      const state = fixture('batchcount', String(batch.campaignid), batch.owners.join(',')) as {
        reminders: Record<string, number>; invites: Record<string, number> };
      expect(state.invites, 'every invitation counted as mailed once').toEqual({ sent: people });
      expect(Object.values(state.reminders), 'one reminder per person in Moodle').toEqual(batch.owners.map(() => 1));
    } finally {
      await fetch(`${mailApi}/delay?ms=0`, { method: 'PUT' });
      fixture('restore');
    }
  }, 300000);
});

