/**
 * Runs the BigBlueButton test double: BBB_SECRET (required), BBB_PORT (default 8090),
 * BBB_PUBLIC_URL (optional origin for join/playback links), BBB_SCALELITE=1 (Scalelite mode). Binds 127.0.0.1 only.
 */
import { createBbbDouble } from './server';

const secret = process.env.BBB_SECRET ?? '';
const port = Number(process.env.BBB_PORT ?? '8090');
if (!secret) {
  console.error('bbb-double: BBB_SECRET is required');
  process.exit(2);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`bbb-double: invalid BBB_PORT ${process.env.BBB_PORT ?? ''}`);
  process.exit(2);
}

const publicUrl = process.env.BBB_PUBLIC_URL;
// BBB_SCALELITE=1: behave like Scalelite in front of two servers (see DoubleState.scalelite).
const scalelite = process.env.BBB_SCALELITE === '1';
const { server } = createBbbDouble(publicUrl ? { secret, publicUrl, scalelite } : { secret, scalelite });

server.on('error', (err) => {
  console.error(`bbb-double: ${err.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`bbb-double listening on http://127.0.0.1:${port}/bigbluebutton/ (pid ${process.pid})`);
});

function stop(): void {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  // Do not hang on a stuck connection.
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
