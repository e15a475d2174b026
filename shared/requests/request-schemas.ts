// The shape of a feature's request declarations: each request names the zod schema of its input and output.
import type { z } from 'zod';

export type RequestSchemas = Record<string, { input: z.ZodType; output: z.ZodType }>;
