import { describe, expect, it, vi } from 'vitest';
import { acceptJoinLink, createDeepLinkInbox, findJoinLinkInArgv } from '../../electron/deep-link';
import { parseJoinLink } from '../../shared/ipc/join-link';

const server = encodeURIComponent('https://relay.example:8443');
const inviteLink = `commons://join?server=${server}&space=kenya-nrm&invite=Xy7_k-2q`;

describe('join links that are accepted', () => {
  it('an invite link, handed to the page in canonical form', () => {
    expect(parseJoinLink(inviteLink)).toEqual({
      kind: 'invite',
      serverUrl: 'https://relay.example:8443',
      space: 'kenya-nrm',
      invite: 'Xy7_k-2q',
    });
    expect(acceptJoinLink(inviteLink)).toBe(inviteLink);
  });

  it('a token link printed by the relay CLI', () => {
    expect(
      parseJoinLink(
        `commons://join?server=http%3A%2F%2F192.168.1.20%3A4455&space=lao-tip&token=a.b.c&role=viewer`,
      ),
    ).toEqual({
      kind: 'token',
      serverUrl: 'http://192.168.1.20:4455',
      space: 'lao-tip',
      token: 'a.b.c',
      role: 'viewer',
    });
  });

  it('keeps only the server origin, never a path a link tried to sneak in', () => {
    const link = `commons://join?server=${encodeURIComponent('https://relay.example/some/path?x=1')}&space=s1&invite=c`;
    expect(parseJoinLink(link)).toMatchObject({ serverUrl: 'https://relay.example' });
  });
});

describe('deep links that are refused', () => {
  it.each([
    ['another action', `commons://settings?server=${server}&space=kenya-nrm&invite=c`],
    ['another scheme', `https://join?server=${server}&space=kenya-nrm&invite=c`],
    ['a path after join', `commons://join/../../etc?server=${server}&space=kenya-nrm&invite=c`],
    ['credentials in the link', `commons://user:pw@join?server=${server}&space=kenya-nrm&invite=c`],
    ['no server', 'commons://join?space=kenya-nrm&invite=c'],
    [
      'a javascript: server',
      `commons://join?server=${encodeURIComponent('javascript:alert(1)')}&space=s&invite=c`,
    ],
    ['a file: server', `commons://join?server=${encodeURIComponent('file:///etc/passwd')}&space=s&invite=c`],
    [
      'a server with userinfo',
      `commons://join?server=${encodeURIComponent('https://a@evil.example')}&space=s&invite=c`,
    ],
    ['no space', `commons://join?server=${server}&invite=c`],
    ['a space that is a path', `commons://join?server=${server}&space=..%2Fetc&invite=c`],
    ['no invite or token', `commons://join?server=${server}&space=kenya-nrm`],
    ['both invite and token', `commons://join?server=${server}&space=s&invite=c&token=t&role=editor`],
    ['a token without a role', `commons://join?server=${server}&space=s&token=t`],
    ['a token with an unknown role', `commons://join?server=${server}&space=s&token=t&role=admin`],
    ['an invite with markup', `commons://join?server=${server}&space=s&invite=%3Cscript%3E`],
    ['an unexpected parameter', `${inviteLink}&redirect=https%3A%2F%2Fevil.example`],
    ['a repeated parameter', `${inviteLink}&space=other`],
    ['an overlong link', `${inviteLink}${'a'.repeat(5000)}`],
    ['not a URL', 'join kenya-nrm please'],
    ['not a string', 42],
  ])('%s', (_, link) => {
    expect(parseJoinLink(link)).toBeNull();
    expect(acceptJoinLink(link)).toBeNull();
  });
});

describe('links in a command line', () => {
  it('finds the join link the OS appended after Electron and Chromium flags', () => {
    expect(findJoinLinkInArgv(['/opt/Commons/commons', '--no-sandbox', inviteLink])).toBe(inviteLink);
  });

  it('ignores a command line with no link, or with a bad commons:// link', () => {
    expect(findJoinLinkInArgv(['/opt/Commons/commons', '--flag'])).toBeNull();
    expect(findJoinLinkInArgv(['/opt/Commons/commons', 'commons://join?space=x'])).toBeNull();
  });
});

describe('handing links to the page', () => {
  it('holds links until the page is ready, then hands each over once', () => {
    const send = vi.fn();
    const inbox = createDeepLinkInbox(send);
    expect(inbox.receive(inviteLink)).toBe(true);
    expect(send).not.toHaveBeenCalled();
    inbox.pageReady();
    expect(send).toHaveBeenCalledExactlyOnceWith(inviteLink);
    inbox.pageReady();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends straight away once the page is ready, and never sends a refused link', () => {
    const send = vi.fn();
    const inbox = createDeepLinkInbox(send);
    inbox.pageReady();
    expect(inbox.receive('commons://evil?x=1')).toBe(false);
    expect(inbox.receive(inviteLink)).toBe(true);
    expect(send.mock.calls).toEqual([[inviteLink]]);
  });

  it('holds links again while the page reloads', () => {
    const send = vi.fn();
    const inbox = createDeepLinkInbox(send);
    inbox.pageReady();
    inbox.pageGone();
    inbox.receive(inviteLink);
    expect(send).not.toHaveBeenCalled();
    inbox.pageReady();
    expect(send).toHaveBeenCalledOnce();
  });
});
