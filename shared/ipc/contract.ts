// The IPC contract: every channel between the renderer and Electron's main process, named `area:verb`,
// with the schemas main uses to validate input at runtime. The preload and the renderer's types derive from it.
import { z } from 'zod';
import { profileSchema } from '../profile';
import { ROLES } from '../roles';
import { SPACE_ID_PATTERN } from '../rooms';
import type { IpcChannelName } from './channels';

export { apiName, DEEP_LINK_EVENT, IPC_CHANNELS } from './channels';

const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

export const spaceMembershipSchema = z.object({
  serverUrl: httpUrl,
  space: z.string().regex(SPACE_ID_PATTERN),
  spaceName: z.string().max(120),
  role: z.enum(ROLES),
  token: z.string().min(1).max(8192),
});
export type SpaceMembership = z.infer<typeof spaceMembershipSchema>;

export const recentDocumentSchema = z.object({
  serverUrl: httpUrl,
  space: z.string().regex(SPACE_ID_PATTERN),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  title: z.string().max(300),
  openedAt: z.number().int().nonnegative(),
});
export type RecentDocument = z.infer<typeof recentDocumentSchema>;

const fileFilter = z.object({
  name: z.string().max(80),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(10),
});
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Where the hosted relay listens: loopback only, or every interface so people in the room can join. */
export const HOST_NETWORKS = ['this-computer', 'local-network'] as const;
const hostNetworkSchema = z.enum(HOST_NETWORKS);
export type HostNetwork = z.infer<typeof hostNetworkSchema>;
/** How a host:* call fails in a way the page explains: its error message starts with one of these and ':'. */
export const HOST_FAILURES = { portsTaken: 'ports-taken', notRunning: 'not-running' } as const;
/** `url` is how this computer reaches the relay (loopback); `lanUrls` how others in the room do (when shared). */
const hostAddresses = z.object({ url: httpUrl, lanUrls: z.array(httpUrl), network: hostNetworkSchema });

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const nothing = z.undefined();

export const ipcContract = {
  'app:get-info': channel(nothing, z.object({ version: z.string(), platform: z.string() })),
  'settings:get-profile': channel(nothing, profileSchema.nullable()),
  'settings:set-profile': channel(profileSchema, profileSchema),
  'settings:list-spaces': channel(nothing, z.array(spaceMembershipSchema)),
  'settings:save-space': channel(spaceMembershipSchema, z.array(spaceMembershipSchema)),
  'settings:remove-space': channel(
    z.object({ serverUrl: httpUrl, space: z.string().regex(SPACE_ID_PATTERN) }),
    z.array(spaceMembershipSchema),
  ),
  'settings:list-recent-documents': channel(nothing, z.array(recentDocumentSchema)),
  'settings:add-recent-document': channel(recentDocumentSchema, z.array(recentDocumentSchema)),
  'shell:open-external': channel(z.object({ url: z.string().max(2048) }), z.object({ opened: z.boolean() })),
  'file:save': channel(
    z.object({
      suggestedName: z.string().min(1).max(200),
      filters: z.array(fileFilter).max(5),
      data: z
        .instanceof(Uint8Array, { message: 'must be bytes (a Uint8Array)' })
        .refine((d) => d.byteLength <= MAX_FILE_BYTES, 'file too large'),
    }),
    z.object({ saved: z.boolean(), path: z.string().optional() }),
  ),
  'file:open': channel(
    z.object({ filters: z.array(fileFilter).max(5) }),
    z.object({ name: z.string(), data: z.instanceof(Uint8Array) }).nullable(),
  ),
  'print:to-pdf': channel(
    z.object({ suggestedName: z.string().min(1).max(200) }),
    z.object({ saved: z.boolean(), path: z.string().optional() }),
  ),
  'host:start': channel(z.strictObject({ network: hostNetworkSchema }), hostAddresses),
  'host:status': channel(
    nothing,
    z.union([
      z.object({
        running: z.literal(false),
        network: z.null(),
        url: z.null(),
        lanUrls: z.array(z.string()).max(0),
      }),
      hostAddresses.extend({ running: z.literal(true) }),
    ]),
  ),
  'host:setup-code': channel(nothing, z.object({ code: z.string().min(1) })),
  'host:stop': channel(nothing, z.object({ stopped: z.boolean() })),
} as const;

export type IpcContract = typeof ipcContract;
export type IpcChannel = keyof IpcContract;

// Compile-time check that channels.ts (read by the preload) and this contract name the same channels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListsAgree: Same<IpcChannel, IpcChannelName> = true;
void channelListsAgree;

export type IpcInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>;
export type IpcOutput<C extends IpcChannel> = z.output<IpcContract[C]['output']>;

/** Messages main sends to the page (deep links); the preload passes only their payload, never the event. */
export const ipcEvents = {
  'deep-link:open': z.object({ url: z.string().max(4096) }),
} as const;
export type IpcEvent = keyof typeof ipcEvents;
export type IpcEventPayload<E extends IpcEvent> = z.output<(typeof ipcEvents)[E]>;

/** Turns `area:verb-noun` into the preload's function name, `verbNoun` under `area` (e.g. settings.getProfile). */
export type CommonsApi = {
  [C in IpcChannel as C extends `${infer Area}:${string}` ? Area : never]: {
    [K in IpcChannel as K extends `${C extends `${infer A}:${string}` ? A : never}:${infer Verb}`
      ? CamelCase<Verb>
      : never]: IpcInput<K> extends undefined
      ? () => Promise<IpcOutput<K>>
      : (input: IpcInput<K>) => Promise<IpcOutput<K>>;
  };
} & {
  onDeepLink(listener: (payload: IpcEventPayload<'deep-link:open'>) => void): () => void;
};

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
