// The commons-relay executable: sizes V8's young generation for a relay process first, then runs the command
// (cli.ts). The command is imported only afterwards, as the packages it loads at start-up would otherwise grow the
// young generation before the limit applies (esbuild puts it in a chunk of its own, with its imports).
import { limitYoungGeneration } from './operations/young-generation';

limitYoungGeneration();
await import('./cli');
