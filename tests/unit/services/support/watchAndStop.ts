// Child process for the watcher tests: watches a map and keeps a presence file with short
// intervals, lets them run a little, stops both, and then must exit by itself. A timer or
// folder watcher left running would keep it alive.
import { startPresence, watchFile } from '../../../../electron/services/documents';

const [target, session] = process.argv.slice(2);
if (!target || !session) throw new Error('usage: watchAndStop.ts FILE SESSION');

const watcher = watchFile(target, { onChange: () => undefined, pollMs: 50, debounceMs: 10 });
const presence = startPresence(target, { sessionId: session, identity: () => ({ personId: 'pe_kid', name: 'Child' }), refreshMs: 50 });
await watcher.ready;
await presence.refresh();
await new Promise((r) => setTimeout(r, 300));
watcher.stop();
await presence.stop();
process.stdout.write('stopped\n');
