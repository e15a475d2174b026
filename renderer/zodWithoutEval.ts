// Zod compiles fast parsers with `new Function` unless told not to; the renderer's CSP forbids eval, and even
// Zod's guarded probe is reported as a violation. Imported first by main.tsx, before any schema parses.
import { z } from 'zod';

z.config({ jitless: true });
