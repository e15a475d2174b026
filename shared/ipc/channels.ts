// The IPC channel names alone, without their schemas, so the sandboxed preload can build `window.commons`
// without bundling zod. contract.ts checks at compile time that it declares exactly these channels.

export const IPC_CHANNELS = [
  'app:get-info',
  'settings:get-profile',
  'settings:set-profile',
  'settings:list-spaces',
  'settings:save-space',
  'settings:remove-space',
  'settings:list-recent-documents',
  'settings:add-recent-document',
  'shell:open-external',
  'file:save',
  'file:open',
  'print:to-pdf',
  'host:start',
  'host:status',
  'host:setup-code',
  'host:stop',
] as const;

export type IpcChannelName = (typeof IPC_CHANNELS)[number];

/** The one event main pushes to the page: a validated `commons://join` link. */
export const DEEP_LINK_EVENT = 'deep-link:open';

/** Turns `area:verb-noun` into the preload's function name, `verbNoun` under `area` (e.g. settings.getProfile). */
export function apiName(channel: string): { area: string; name: string } {
  const [area = '', verb = ''] = channel.split(':');
  return { area, name: verb.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) };
}
