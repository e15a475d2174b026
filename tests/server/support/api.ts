// Calls to the relay's HTTP API as the web app makes them, and a space set up through its one-time setup link.
import type { Role } from '../../../shared/roles';

export interface ApiAnswer<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export async function callApi<T = Record<string, unknown>>(
  url: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export interface FoundedSpace {
  token: string;
  role: Role;
  space: string;
  spaceName: string;
  memberId: string;
}

/** The setup code in a setup link (`…/#/setup?code=…`). */
export const setupCodeOf = (link: string): string =>
  new URLSearchParams(new URL(link).hash.replace(/^#\/setup\?/, '')).get('code') ?? '';

/** Uses a setup code to create a space; fails the test unless the relay accepts it. */
export async function setUpSpace(
  url: string,
  code: string,
  name = 'Pacific Network',
  displayName = 'Ana',
): Promise<FoundedSpace> {
  const answer = await callApi<FoundedSpace>(url, 'POST', '/api/setup', {
    body: { code, displayName, space: { name, description: 'Migration practice', languages: ['en', 'fr'] } },
  });
  if (answer.status !== 200)
    throw new Error(`setup refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}
