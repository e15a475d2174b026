import { describe, expect, it } from 'vitest';
import { readPastedLink } from '../../../renderer/host/model/pastedLink';

describe('a pasted join link', () => {
  it('is read from a web invite link, its server being the link’s own origin', () => {
    expect(readPastedLink('  https://relay.example:8443/#/join?space=kenya-nrm&invite=abc123 \n')).toEqual({
      kind: 'invite',
      serverUrl: 'https://relay.example:8443',
      space: 'kenya-nrm',
      invite: 'abc123',
    });
  });

  it('is read from a commons:// link', () => {
    expect(
      readPastedLink('commons://join?server=http%3A%2F%2F192.168.1.20%3A4455&space=kenya-nrm&invite=abc123'),
    ).toEqual({
      kind: 'invite',
      serverUrl: 'http://192.168.1.20:4455',
      space: 'kenya-nrm',
      invite: 'abc123',
    });
  });

  it('asks for a link when nothing was pasted', () => {
    expect(readPastedLink('')).toEqual({ kind: 'empty' });
    expect(readPastedLink('   ')).toEqual({ kind: 'empty' });
  });

  it.each([
    ['plain text', 'kenya-nrm abc123'],
    ['a page that is not a join link', 'https://relay.example/#/library'],
    ['a join link with no invite', 'https://relay.example/#/join?space=kenya-nrm'],
    ['a space id that is a path', 'https://relay.example/#/join?space=../etc&invite=abc'],
    ['credentials in the server', 'https://user:pass@relay.example/#/join?space=kenya-nrm&invite=abc'],
    ['a script link', 'javascript:alert(1)//#/join?space=kenya-nrm&invite=abc'],
    ['another app’s link', 'commons://evil?server=https%3A%2F%2Frelay.example&space=kenya-nrm&invite=abc'],
  ])('is refused as damaged: %s', (_, text) => {
    expect(readPastedLink(text)).toEqual({ kind: 'malformed' });
  });
});
