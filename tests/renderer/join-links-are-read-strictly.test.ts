// Join links arrive from chat messages and e-mails; the page reads its #/join route, pasted links and the
// desktop's deep links by the same rules (shared/ipc/join-link.ts): only well-formed ones for an http(s)
// server are used, and anything else is refused instead of being half-followed.
import { describe, expect, it } from 'vitest';
import {
  formatJoinLink,
  formatWebJoinLink,
  parseJoinLink,
  parseJoinQuery,
  parsePastedJoinLink,
} from '../../shared/ipc/join-link';

const ORIGIN = 'https://commons.example.org';

describe('web join routes', () => {
  it('read an invite link with the page as the server', () => {
    expect(parseJoinQuery('space=tip-network&invite=abc_123', ORIGIN)).toEqual({
      kind: 'invite',
      serverUrl: ORIGIN,
      space: 'tip-network',
      invite: 'abc_123',
    });
  });

  it('read a token link with its role', () => {
    expect(parseJoinQuery('space=tip-network&token=t.k.n&role=viewer', ORIGIN)).toEqual({
      kind: 'token',
      serverUrl: ORIGIN,
      space: 'tip-network',
      token: 't.k.n',
      role: 'viewer',
    });
  });

  it.each([
    ['no space', 'invite=abc'],
    ['a space that is not an id', 'space=../../etc&invite=abc'],
    ['neither invite nor token', 'space=tip-network'],
    ['both invite and token', 'space=tip-network&invite=abc&token=t&role=editor'],
    ['a token without a role', 'space=tip-network&token=abc'],
    ['an unknown role', 'space=tip-network&token=abc&role=admin'],
    ['an overlong invite', `space=tip-network&invite=${'a'.repeat(600)}`],
    ['an overlong token', `space=tip-network&token=${'a'.repeat(3600)}&role=viewer`],
    ['a server of its own (the page is the server)', 'server=https://evil.example&space=s&invite=abc'],
    ['a repeated parameter', 'space=tip-network&invite=abc&space=other'],
    ['an unexpected parameter', 'space=tip-network&invite=abc&next=https://evil.example'],
  ])('refuse a link with %s', (_, query) => {
    expect(parseJoinQuery(query, ORIGIN)).toBeNull();
  });

  it('refuse to join when the page itself is not served over http(s) (the desktop app:// page)', () => {
    expect(parseJoinQuery('space=tip-network&invite=abc', 'app://commons')).toBeNull();
  });
});

describe('desktop deep links and web links follow the same limits', () => {
  const token = 'a'.repeat(3500);
  it('a token as long as a link allows is read in both forms', () => {
    const deep = `commons://join?server=${encodeURIComponent(ORIGIN)}&space=s&token=${token}&role=editor`;
    expect(parseJoinLink(deep)).toMatchObject({ token });
    expect(parseJoinQuery(`space=s&token=${token}&role=editor`, ORIGIN)).toMatchObject({ token });
  });

  it('one character more is refused in both forms', () => {
    const longer = `${token}a`;
    const deep = `commons://join?server=${encodeURIComponent(ORIGIN)}&space=s&token=${longer}&role=editor`;
    expect(parseJoinLink(deep)).toBeNull();
    expect(parseJoinQuery(`space=s&token=${longer}&role=editor`, ORIGIN)).toBeNull();
  });
});

describe('pasted links', () => {
  it('read the relay’s web invite link, with its origin as the server', () => {
    expect(parsePastedJoinLink('  http://192.168.1.20:4455/#/join?space=lao-tip&invite=Xy7_k-2q \n')).toEqual(
      {
        kind: 'invite',
        serverUrl: 'http://192.168.1.20:4455',
        space: 'lao-tip',
        invite: 'Xy7_k-2q',
      },
    );
  });

  it('read a deep link', () => {
    const link = `commons://join?server=${encodeURIComponent(ORIGIN)}&space=tip-network&invite=abc`;
    expect(parsePastedJoinLink(link)).toMatchObject({ kind: 'invite', serverUrl: ORIGIN });
  });

  it.each([
    ['a page that is not a join', `${ORIGIN}/#/library`],
    ['a javascript: link', 'javascript:alert(1)//#/join?space=s&invite=abc'],
    ['a file: link', 'file:///tmp/#/join?space=s&invite=abc'],
    ['credentials in the server', 'https://relay.example.org@evil.example/#/join?space=s&invite=abc'],
    ['plain words', 'join tip-network please'],
  ])('refuse %s', (_, text) => {
    expect(parsePastedJoinLink(text)).toBeNull();
  });

  it('format back to links that read the same', () => {
    const link = { kind: 'invite', serverUrl: ORIGIN, space: 'tip-network', invite: 'abc' } as const;
    expect(parsePastedJoinLink(formatWebJoinLink(link))).toEqual(link);
    expect(parseJoinLink(formatJoinLink(link))).toEqual(link);
  });
});
