// Join links arrive from chat messages and e-mails; only well-formed ones for an http(s) server are used,
// and anything else is reported as a damaged link instead of being half-followed.
import { describe, expect, it } from 'vitest';
import { parseDeepLink, parseJoinHash } from '../../renderer/join/joinLink';

const ORIGIN = 'https://commons.example.org';

describe('web join routes', () => {
  it('read an invite link with the page as the server', () => {
    expect(parseJoinHash('#/join?space=tip-network&invite=abc_123', ORIGIN)).toEqual({
      kind: 'invite',
      serverUrl: ORIGIN,
      space: 'tip-network',
      invite: 'abc_123',
    });
  });

  it('read a token link with its role', () => {
    expect(parseJoinHash('#/join?space=tip-network&token=t.k.n&role=viewer', ORIGIN)).toEqual({
      kind: 'token',
      serverUrl: ORIGIN,
      space: 'tip-network',
      token: 't.k.n',
      role: 'viewer',
    });
  });

  it('ignore routes that are not joins', () => {
    expect(parseJoinHash('#/library', ORIGIN)).toBeNull();
    expect(parseJoinHash('', ORIGIN)).toBeNull();
    expect(parseJoinHash('#/joined?space=a&invite=b', ORIGIN)).toBeNull();
  });

  it.each([
    ['no space', '#/join?invite=abc'],
    ['a space that is not an id', '#/join?space=../../etc&invite=abc'],
    ['neither invite nor token', '#/join?space=tip-network'],
    ['a token without a role', '#/join?space=tip-network&token=abc'],
    ['an unknown role', '#/join?space=tip-network&token=abc&role=admin'],
    ['an overlong invite', `#/join?space=tip-network&invite=${'a'.repeat(600)}`],
  ])('report a link with %s as damaged', (_, hash) => {
    expect(parseJoinHash(hash, ORIGIN)).toEqual({ kind: 'malformed' });
  });

  it('refuse to join when the page itself is not served over http(s) (the desktop app:// page)', () => {
    expect(parseJoinHash('#/join?space=tip-network&invite=abc', 'app://commons')).toEqual({
      kind: 'malformed',
    });
  });
});

describe('desktop deep links', () => {
  it('read the server from the link', () => {
    expect(
      parseDeepLink('commons://join?server=https://relay.example.org/&space=tip-network&invite=abc'),
    ).toEqual({
      kind: 'invite',
      serverUrl: 'https://relay.example.org',
      space: 'tip-network',
      invite: 'abc',
    });
  });

  it.each([
    ['a javascript: server', 'commons://join?server=javascript:alert(1)&space=s&invite=abc'],
    ['a file: server', 'commons://join?server=file:///etc/passwd&space=s&invite=abc'],
    ['a data: server', 'commons://join?server=data:text/html,hi&space=s&invite=abc'],
    [
      'credentials in the server',
      'commons://join?server=https://relay.example.org@evil.example&space=s&invite=abc',
    ],
    ['another action', 'commons://open?server=https://relay.example.org&space=s&invite=abc'],
    ['another scheme', 'https://join?server=https://relay.example.org&space=s&invite=abc'],
    ['no server', 'commons://join?space=s&invite=abc'],
    ['garbage', 'not a link'],
  ])('report %s as damaged', (_, link) => {
    expect(parseDeepLink(link)).toEqual({ kind: 'malformed' });
  });
});
