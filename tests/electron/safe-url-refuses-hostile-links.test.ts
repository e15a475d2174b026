import { describe, expect, it, vi } from 'vitest';
import { checkExternalUrl, MAX_EXTERNAL_URL_LENGTH, openExternalSafely } from '../../electron/safe-url';

describe('links that may open in the system browser', () => {
  it.each([
    [
      'https://www.unodc.org/unodc/en/human-trafficking/',
      'https://www.unodc.org/unodc/en/human-trafficking/',
    ],
    ['http://relay.local:8080/#/join?space=s&invite=c', 'http://relay.local:8080/#/join?space=s&invite=c'],
    ['HTTPS://EXAMPLE.org/Path', 'https://example.org/Path'],
  ])('%s opens as %s', (input, expected) => {
    expect(checkExternalUrl(input)).toEqual({ ok: true, url: expected });
  });

  it('open a look-alike host only as itself: http://localhost.evil.example goes to evil.example, never localhost', async () => {
    const open = vi.fn(async (_url: string) => {});
    await expect(openExternalSafely('http://localhost.evil.example/path', open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('http://localhost.evil.example/path');
    expect(new URL(open.mock.calls[0]?.[0] ?? '').hostname).toBe('localhost.evil.example');
  });
});

describe('hostile links', () => {
  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['uppercase JAVASCRIPT:', 'JAVASCRIPT:alert(1)'],
    ['mixed-case javascript with an entity-like trick', 'JaVaScRiPt:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['a Windows UNC file path', 'file://attacker.example/share/payload.exe'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['blob:', 'blob:https://example.org/123'],
    ['a custom app scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['userinfo', 'http://user:pass@host.example/'],
    ['a user name only', 'https://good.example@evil.example/'],
    ['a leading space', ' https://example.org'],
    ['a leading control character', '\u0001javascript:alert(1)'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a newline inside the scheme', 'java\nscript:alert(1)'],
    ['a zero-width space', 'https://exa\u200bmple.org'],
    ['a right-to-left override', 'https://example.org/\u202egpj.exe'],
    ['a NUL byte', 'https://example.org/\u0000'],
    ['a relative URL', '/etc/passwd'],
    ['a protocol-relative URL', '//evil.example/'],
    ['an empty string', ''],
    ['an overlong URL', `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`],
  ])('are refused: %s', (_, input) => {
    expect(checkExternalUrl(input).ok).toBe(false);
  });

  it.each([
    ['undefined', undefined],
    ['a number', 42],
    ['an object pretending to be a URL', { toString: () => 'https://example.org' }],
    ['a URL object', new URL('https://example.org')],
  ])('are refused when they are not strings: %s', (_, input) => {
    expect(checkExternalUrl(input)).toEqual({ ok: false, reason: 'not a string' });
  });

  it('never reach the opener, and the refusal is logged with its reason', async () => {
    const open = vi.fn(async (_url: string) => {});
    const log = vi.fn();
    await expect(openExternalSafely('javascript:alert(1)', open, log)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('Refused to open external link: protocol javascript: refused');
  });
});
