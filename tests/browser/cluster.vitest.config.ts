import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The browser tests against the two-node cluster (scripts/stack.sh start --cluster; CLUSTER=1):
// smoke, check, webinar and pads as on one node, then what only a cluster shows (cluster*.spec.ts,
// which the single-node run's *.test.ts pattern leaves out).
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  test: {
    include: [
      'tests/browser/smoke.test.ts',
      'tests/browser/check.test.ts',
      'tests/browser/webinar.test.ts',
      'tests/browser/pads.test.ts',
      'tests/browser/cluster.spec.ts',
      'tests/browser/cluster-tasks.spec.ts',
      'tests/browser/cluster-outage.spec.ts',
    ],
    sequence: { shuffle: false },
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120000,
    hookTimeout: 60000,
  },
});
