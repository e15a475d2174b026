// JSON over HTTP for the API: size-capped bodies parsed and validated with zod, errors as
// { error: "a sentence" }, and a small route table the concern files (setup, members, invites) fill in.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';

const MAX_BODY_BYTES = 16 * 1024;

/** A refusal the caller should read: its status and a sentence saying why. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface ApiRequest {
  req: IncomingMessage;
  /** The path's captured segments (e.g. the member id of /api/members/:id). */
  params: string[];
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: RegExp;
  /** Endpoints that take a secret code (joining, setup) count against the per-address limit. */
  rateLimited?: boolean;
  /** Owners' management (members, invites, spaces, setup): only from this computer on a relay that says so. */
  administrative?: boolean;
  /** Resolves with the 200 answer's body, or throws an HttpError. */
  handle(request: ApiRequest): Promise<unknown>;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'The request body is too large.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The request body is too large.');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request body must be JSON.');
  }
}

/** Reads the body and validates it; a 400 names each field that is wrong. */
export async function readBody<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  const result = schema.safeParse(await readJson(req));
  if (!result.success) {
    const problems = result.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    );
    throw new HttpError(400, `The request is not valid (${problems.join('; ')}).`);
  }
  return result.data;
}

export const isoTime = (time: number): string => new Date(time).toISOString();
export const isoTimeOrNull = (time: number | null): string | null => (time === null ? null : isoTime(time));
