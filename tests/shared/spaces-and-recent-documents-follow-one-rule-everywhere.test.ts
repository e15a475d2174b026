// The desktop's settings file and the browser's storage keep the person's spaces and recent documents by the
// same rules (shared/spaces-list.ts): one entry per space, the latest joined last; one entry per document,
// newest first, at most twenty. The same steps run against both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { webSettings } from '../../renderer/platform/webStorage';
import type { RecentDocument, SpaceMembership } from '../../shared/ipc/contract';
import { MAX_RECENT_DOCUMENTS } from '../../shared/spaces-list';
import { openTestSettings } from '../electron/settings-fixture';

interface Lists {
  saveSpace(membership: SpaceMembership): SpaceMembership[];
  removeSpace(serverUrl: string, space: string): SpaceMembership[];
  addRecentDocument(document: RecentDocument): RecentDocument[];
}

class MemoryStorage {
  private readonly items = new Map<string, string>();
  length = 0;
  clear = () => this.items.clear();
  getItem = (key: string) => this.items.get(key) ?? null;
  key = (index: number) => [...this.items.keys()][index] ?? null;
  removeItem = (key: string) => void this.items.delete(key);
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const platforms: [string, () => Lists][] = [
  [
    'desktop settings file',
    () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'commons-lists-'));
      folders.push(folder);
      return openTestSettings(folder);
    },
  ],
  [
    'browser storage',
    () => {
      const web = webSettings(new MemoryStorage() as unknown as Storage);
      return {
        saveSpace: (membership) => web.writeSpace(membership),
        removeSpace: (serverUrl, space) => web.removeSpace(serverUrl, space),
        addRecentDocument: (document) => web.writeRecentDocument(document),
      };
    },
  ],
];

const A = 'https://a.example.org';
const B = 'https://b.example.org';
const member = (
  serverUrl: string,
  space: string,
  role: SpaceMembership['role'] = 'editor',
): SpaceMembership => ({
  serverUrl,
  space,
  spaceName: space,
  role,
  token: `token-${space}`,
});
const opened = (id: string, openedAt: number, serverUrl = A): RecentDocument => ({
  serverUrl,
  space: 'nrm',
  id,
  title: `Document ${id}`,
  openedAt,
});

describe.each(platforms)('%s', (_, open) => {
  it('keeps one entry per server and space, the latest saved last', () => {
    const lists = open();
    lists.saveSpace(member(A, 'nrm'));
    lists.saveSpace(member(B, 'nrm'));
    lists.saveSpace(member(A, 'tip'));
    const spaces = lists.saveSpace(member(A, 'nrm', 'viewer'));
    expect(spaces.map((s) => [s.serverUrl, s.space, s.role])).toEqual([
      [B, 'nrm', 'editor'],
      [A, 'tip', 'editor'],
      [A, 'nrm', 'viewer'],
    ]);
    expect(lists.removeSpace(A, 'nrm').map((s) => [s.serverUrl, s.space])).toEqual([
      [B, 'nrm'],
      [A, 'tip'],
    ]);
  });

  it('keeps recent documents newest first, once each, at most twenty', () => {
    const lists = open();
    for (let i = 0; i < 25; i++) lists.addRecentDocument(opened(`d${i}`, i));
    lists.addRecentDocument(opened('d3', 100, B)); // same id on another server: another document
    const recent = lists.addRecentDocument(opened('d20', 200));
    expect(recent).toHaveLength(MAX_RECENT_DOCUMENTS);
    expect(recent.slice(0, 3).map((d) => [d.id, d.serverUrl])).toEqual([
      ['d20', A],
      ['d3', B],
      ['d24', A],
    ]);
    expect(recent.filter((d) => d.id === 'd20')).toHaveLength(1);
  });
});
