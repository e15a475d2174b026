// Member and session tokens (server/auth/jwt.ts, jose): only a genuine, current HS256 token with the expected
// claims opens anything, whether the relay signed it or another HS256 signer did with the same secret; everything
// else is refused as null, never thrown.
import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { expect, test } from 'vitest';
import { signSessionToken, verifySessionToken } from '../../server/auth/session-tokens';
import { signMemberToken, verifyMemberToken } from '../../server/auth/tokens';

const SECRET = new TextEncoder().encode('a-secret-for-the-token-tests');
const CLAIMS = { memberId: 'member-1', name: 'Ana', space: 'anti-trafficking', role: 'editor' } as const;
const now = () => Math.floor(Date.now() / 1000);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token with any header and payload, signed with HMAC-SHA256 and `secret` whatever the header says. */
function handMade(header: unknown, payload: unknown, secret: Uint8Array = SECRET): string {
  const input = `${base64url(header)}.${base64url(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

const validPayload = () => ({
  sub: CLAIMS.memberId,
  name: CLAIMS.name,
  space: CLAIMS.space,
  role: CLAIMS.role,
  iat: now(),
  exp: now() + 3600,
});

test('a token the relay signed, and one jose signed with the same secret, give back their claims', async () => {
  expect(await verifyMemberToken(SECRET, await signMemberToken(SECRET, CLAIMS))).toEqual(CLAIMS);
  const fromJose = await new SignJWT({ name: 'Ana', space: 'anti-trafficking', role: 'editor' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('member-1')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(SECRET);
  expect(await verifyMemberToken(SECRET, fromJose)).toEqual(CLAIMS);
  expect(await verifyMemberToken(SECRET, handMade({ alg: 'HS256' }, validPayload()))).toEqual(CLAIMS);
});

test('a forged, tampered or malformed token is refused', async () => {
  const genuine = await signMemberToken(SECRET, CLAIMS);
  const [header, , signature] = genuine.split('.');
  const promoted = base64url({ ...validPayload(), role: 'owner' });
  for (const token of [
    await signMemberToken(new TextEncoder().encode('another-secret'), CLAIMS),
    `${header}.${promoted}.${signature}`,
    genuine.slice(0, -2),
    `${genuine}.extra`,
    genuine.replace('.', '.\n'),
    'not-a-jwt-at-all',
    '',
    '..',
  ]) {
    expect(await verifyMemberToken(SECRET, token), token).toBeNull();
  }
});

test('only HS256 is accepted: alg none, another algorithm or a critical extension is refused', async () => {
  const unsigned = `${base64url({ alg: 'none' })}.${base64url(validPayload())}.`;
  const hs512 = await new SignJWT({ name: 'Ana', space: 'anti-trafficking', role: 'editor' })
    .setProtectedHeader({ alg: 'HS512' })
    .setSubject('member-1')
    .setExpirationTime('1h')
    .sign(SECRET);
  for (const token of [
    unsigned,
    hs512,
    handMade({ alg: 'none' }, validPayload()),
    handMade({ alg: 'HS384' }, validPayload()),
    handMade({}, validPayload()),
    handMade({ alg: 'HS256', crit: ['exp'] }, validPayload()),
    handMade(['HS256'], validPayload()),
  ]) {
    expect(await verifyMemberToken(SECRET, token), token).toBeNull();
  }
});

test('a token without a current expiry, or not valid yet, is refused', async () => {
  const { exp: _exp, ...withoutExpiry } = validPayload();
  for (const payload of [
    withoutExpiry,
    { ...validPayload(), exp: now() - 1 },
    { ...validPayload(), exp: now() },
    { ...validPayload(), exp: String(now() + 3600) },
    { ...validPayload(), nbf: now() + 600 },
    { ...validPayload(), iat: 'yesterday' },
  ]) {
    expect(
      await verifyMemberToken(SECRET, handMade({ alg: 'HS256' }, payload)),
      JSON.stringify(payload),
    ).toBeNull();
  }
  expect(await verifyMemberToken(SECRET, await signMemberToken(SECRET, CLAIMS, -10))).toBeNull();
});

test('claims outside the schema are refused, and member and session tokens never stand in for each other', async () => {
  for (const payload of [
    { ...validPayload(), role: 'administrator' },
    { ...validPayload(), sub: '' },
    { ...validPayload(), space: 42 },
    [validPayload()],
    'a string',
    null,
  ]) {
    expect(
      await verifyMemberToken(SECRET, handMade({ alg: 'HS256' }, payload)),
      JSON.stringify(payload),
    ).toBeNull();
  }
  const session = await signSessionToken(SECRET, {
    guestId: 'guest-1',
    name: 'Pita',
    space: 'anti-trafficking',
    session: 'workshop-1',
  });
  expect(await verifySessionToken(SECRET, session)).toEqual({
    guestId: 'guest-1',
    name: 'Pita',
    space: 'anti-trafficking',
    session: 'workshop-1',
  });
  expect(await verifyMemberToken(SECRET, session)).toBeNull();
  expect(await verifySessionToken(SECRET, await signMemberToken(SECRET, CLAIMS))).toBeNull();
});
