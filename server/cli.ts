// The commons-relay command: run the relay, or manage a data folder's spaces and members (setup-link, token,
// invite, members, members revoke). Bad arguments print a clear error and exit 2.
import { parseArgs } from 'node:util';
import { isRole, type Role } from '../shared/roles';
import { createInviteLink, createSetupLink, issueMemberToken, listMembers, revokeMember } from './admin';
import { createRelay } from './relay';
import { isStorageEngine, type StorageEngine } from './storage/open';
import { type AddressScope, isAddressScope } from './transport/address-scope';

const USAGE = `usage:
  commons-relay --port P --host H --data DIR [--storage sqlite|files] [--database URL] [--redis URL] [--web DIR] [--public-url URL] [--trust-proxy]
                [--source-maps] [--metrics-from loopback|any-address] [--admin-from any-address|loopback]
                [--max-connections-per-member N] [--max-connections-per-address N] [--max-rooms-per-member N]
  commons-relay setup-link --data DIR [--database URL] [--url http://host:port]
  commons-relay token --data DIR [--database URL] --space S --role R --name N [--expires 30d]
  commons-relay invite --data DIR [--database URL] --space S --role R [--expires 7d|never] [--max-uses N] [--url http://host:port]
  commons-relay members --data DIR [--database URL] --space S
  commons-relay members revoke --data DIR [--database URL] [--redis URL] --space S --member ID`;

class UsageError extends Error {}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  database: { type: 'string' },
  storage: { type: 'string' },
  redis: { type: 'string' },
  web: { type: 'string' },
  'public-url': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  'source-maps': { type: 'boolean' },
  'metrics-from': { type: 'string' },
  'admin-from': { type: 'string' },
  'max-connections-per-member': { type: 'string' },
  'max-connections-per-address': { type: 'string' },
  'max-rooms-per-member': { type: 'string' },
  space: { type: 'string' },
  role: { type: 'string' },
  name: { type: 'string' },
  expires: { type: 'string' },
  'max-uses': { type: 'string' },
  url: { type: 'string' },
  member: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function required(values: Values, name: 'data' | 'space' | 'role' | 'name' | 'member'): string {
  const value = values[name];
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

function role(values: Values): Role {
  const value = required(values, 'role');
  if (!isRole(value))
    throw new UsageError(`--role must be viewer, commenter, editor or owner, not "${value}"`);
  return value;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** Parses durations like 45s, 30m, 12h, 7d, 2w (a bare number means seconds). */
function durationSeconds(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+)([smhdw]?)$/.exec(text.trim());
  const seconds = match ? Number(match[1]) * (UNIT_SECONDS[match[2] || 's'] ?? 1) : Number.NaN;
  if (!Number.isSafeInteger(seconds) || seconds <= 0) {
    throw new UsageError(`${flag} must be a positive duration like 30m, 12h or 7d, not "${text}"`);
  }
  return seconds;
}

function positiveInteger(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value <= 0) {
    throw new UsageError(`${flag} must be a positive whole number, not "${text}"`);
  }
  return value;
}

function port(text: string | undefined): number {
  const value = Number(text ?? '8080');
  if (!/^\d+$/.test(text ?? '8080') || value > 65_535)
    throw new UsageError(`--port must be 0-65535, not "${text}"`);
  return value;
}

/** --storage, or undefined: then the data folder's own kind, and SQLite for a new folder. */
function storageEngine(text: string | undefined): StorageEngine | undefined {
  if (text === undefined) return undefined;
  if (!isStorageEngine(text)) throw new UsageError(`--storage must be sqlite or files, not "${text}"`);
  return text;
}

/** --metrics-from and --admin-from: who may reach those endpoints. */
function addressScope(text: string | undefined, flag: string): AddressScope | undefined {
  if (text === undefined) return undefined;
  if (!isAddressScope(text)) throw new UsageError(`${flag} must be loopback or any-address, not "${text}"`);
  return text;
}

async function serve(values: Values): Promise<void> {
  const relay = await createRelay({
    port: port(values.port),
    host: values.host ?? '127.0.0.1',
    dataDir: required(values, 'data'),
    databaseUrl: values.database,
    storageEngine: storageEngine(values.storage),
    redisUrl: values.redis,
    webRoot: values.web,
    serveSourceMaps: values['source-maps'] ?? false,
    publicUrl: values['public-url'],
    trustProxy: values['trust-proxy'] ?? false,
    metricsFrom: addressScope(values['metrics-from'], '--metrics-from'),
    adminFrom: addressScope(values['admin-from'], '--admin-from'),
    connectionCaps: {
      perMember: positiveInteger(values['max-connections-per-member'], '--max-connections-per-member'),
      perAddress: positiveInteger(values['max-connections-per-address'], '--max-connections-per-address'),
      roomsPerMember: positiveInteger(values['max-rooms-per-member'], '--max-rooms-per-member'),
    },
  });
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    relay.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`commons-relay: could not stop cleanly after ${signal}: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  // Before the listening line: a supervisor that stops the relay as soon as it reads it still gets a clean stop.
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`listening on ${relay.url}`);
  // Only while the data holds no space: whoever opens this link first creates one and owns it.
  if (relay.setupLink) console.log(`first owner: ${relay.setupLink}`);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const command = positionals.join(' ');
  const folder = { dataDir: required(values, 'data'), databaseUrl: values.database, redisUrl: values.redis };
  switch (command) {
    case '':
      return serve(values);
    case 'token': {
      const space = required(values, 'space');
      const ttlSeconds = durationSeconds(values.expires, '--expires');
      console.log(
        await issueMemberToken({
          ...folder,
          space,
          role: role(values),
          name: required(values, 'name'),
          ttlSeconds,
        }),
      );
      return;
    }
    case 'setup-link': {
      const { link } = await createSetupLink({ ...folder, publicUrl: values.url });
      console.log(link);
      return;
    }
    case 'invite': {
      const { link } = await createInviteLink({
        ...folder,
        space: required(values, 'space'),
        role: role(values),
        // Invites last seven days unless told otherwise; "never" keeps one open until it is revoked.
        expiresInSeconds: values.expires === 'never' ? null : durationSeconds(values.expires, '--expires'),
        maxUses: positiveInteger(values['max-uses'], '--max-uses'),
        publicUrl: values.url,
      });
      console.log(link);
      return;
    }
    case 'members': {
      const members = await listMembers({ ...folder, space: required(values, 'space') });
      for (const member of members) {
        const status =
          member.revokedAt === null ? 'active' : `revoked ${new Date(member.revokedAt).toISOString()}`;
        console.log([member.id, member.role, member.name, status].join('\t'));
      }
      return;
    }
    case 'members revoke': {
      const memberId = required(values, 'member');
      if (!(await revokeMember({ ...folder, space: required(values, 'space'), memberId }))) {
        throw new Error(`no member ${memberId} in space ${values.space}`);
      }
      console.log(`revoked ${memberId}`);
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`commons-relay: ${error instanceof Error ? error.message : String(error)}`);
  if (usage) console.error(USAGE);
  process.exit(usage ? 2 : 1);
});
