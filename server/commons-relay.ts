// The commons-relay executable: sizes V8's heap for a relay process first (operations/heap-sizing.ts), then runs
// the command (cli.ts). The command is imported only afterwards, as the packages it loads at start-up would
// otherwise grow the young generation before the limit applies (esbuild puts it in a chunk of its own).
import { capYoungGeneration, sizeHeapForRelay } from './operations/heap-sizing';
import { updatesReceived } from './operations/update-count';

sizeHeapForRelay();
await import('./cli');
capYoungGeneration(updatesReceived);
