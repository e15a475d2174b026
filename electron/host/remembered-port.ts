// Keeps the port the hosted relay last got, so it starts on the same one next time: spaces saved on this
// computer are reached at http://127.0.0.1:<port>, and a new port would leave them pointing at nothing.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function readRememberedPort(file: string, fallback: number): number {
  try {
    const { port } = JSON.parse(readFileSync(file, 'utf8')) as { port?: unknown };
    return Number.isInteger(port) && (port as number) > 0 && (port as number) <= 65535
      ? (port as number)
      : fallback;
  } catch {
    return fallback;
  }
}

export function rememberPort(file: string, port: number): void {
  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside and renamed, so a crash mid-write never leaves half a file.
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify({ port }));
  renameSync(temporary, file);
}
