// The SQL the SQLite and PostgreSQL backends both run for spaces, members, invites, setup codes and versions,
// written once with each database's placeholders, so the two cannot drift apart. Each statement takes its values
// in the order its placeholders stand.
import {
  INVITE_COLUMNS,
  MEMBER_COLUMNS,
  openInviteCondition,
  SPACE_COLUMNS,
  VERSION_COLUMNS,
  VERSION_SUMMARY_COLUMNS,
} from './rows';

export type PlaceholderStyle = 'sqlite' | 'postgres';

/** The `n`th placeholder (from 1): `?` in SQLite, `$n` in PostgreSQL. */
const placeholder = (style: PlaceholderStyle, n: number): string => (style === 'sqlite' ? '?' : `$${n}`);

/** Placeholders for `count` values. */
export const placeholders = (count: number, style: PlaceholderStyle): string =>
  Array.from({ length: count }, (_, index) => placeholder(style, index + 1)).join(', ');

export function memberStatements(style: PlaceholderStyle) {
  const [first, second, third] = [placeholder(style, 1), placeholder(style, 2), placeholder(style, 3)];
  return {
    insertSpace: `INSERT INTO spaces (${SPACE_COLUMNS}) VALUES (${placeholders(6, style)}) ON CONFLICT (id) DO NOTHING`,
    /** id */
    selectSpace: `SELECT * FROM spaces WHERE id = ${first}`,
    selectSpaces: 'SELECT * FROM spaces ORDER BY created_at, id',
    anySpace: 'SELECT EXISTS (SELECT 1 FROM spaces) OR EXISTS (SELECT 1 FROM members) AS found',

    /** code hash, created at, expires at */
    insertSetupCode: `INSERT INTO setup_codes (code_hash, created_at, expires_at) VALUES (${placeholders(3, style)})`,
    /** code hash */
    selectSetupCode: `SELECT expires_at, used_at FROM setup_codes WHERE code_hash = ${first}`,
    /** now, code hash, now */
    useSetupCode: `UPDATE setup_codes SET used_at = ${first} WHERE code_hash = ${second} AND used_at IS NULL AND expires_at > ${third}`,

    insertMember: `INSERT INTO members (${MEMBER_COLUMNS}) VALUES (${placeholders(6, style)})`,
    /** id */
    selectMember: `SELECT * FROM members WHERE id = ${first}`,
    /** space */
    selectMembers: `SELECT * FROM members WHERE space = ${first} ORDER BY created_at, id`,
    /** at, space, id */
    revokeMember: `UPDATE members SET revoked_at = COALESCE(revoked_at, ${first}) WHERE space = ${second} AND id = ${third}`,
    /** role, space, id */
    setMemberRole: `UPDATE members SET role = ${first} WHERE space = ${second} AND id = ${third} AND revoked_at IS NULL RETURNING *`,

    insertInvite: `INSERT INTO invites (${INVITE_COLUMNS}) VALUES (${placeholders(10, style)})`,
    /** space, code hash, now */
    countInviteUse: `UPDATE invites SET uses = uses + 1 WHERE space = ${first} AND code_hash = ${second} AND ${openInviteCondition(third)} RETURNING role`,
    /** space, code hash */
    selectInvite: `SELECT * FROM invites WHERE space = ${first} AND code_hash = ${second}`,
    /** space, now */
    selectOpenInvites: `SELECT * FROM invites WHERE space = ${first} AND ${openInviteCondition(second)} ORDER BY created_at, id`,
    /** at, space, id */
    revokeInvite: `UPDATE invites SET revoked_at = ${first} WHERE space = ${second} AND id = ${third} AND revoked_at IS NULL`,
  };
}

export function versionStatements(style: PlaceholderStyle) {
  const [first, second] = [placeholder(style, 1), placeholder(style, 2)];
  return {
    insertVersion: `INSERT INTO versions (${VERSION_COLUMNS}) VALUES (${placeholders(6, style)})`,
    /** room */
    selectVersions: `SELECT ${VERSION_SUMMARY_COLUMNS} FROM versions WHERE room = ${first} ORDER BY created_at, id`,
    /** room, id */
    selectVersion: `SELECT ${VERSION_COLUMNS} FROM versions WHERE room = ${first} AND id = ${second}`,
  };
}
