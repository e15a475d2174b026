// Which endpoints answer only this computer: metrics always unless told otherwise, and on the desktop's LAN host
// the owners' management API too. A caller is on this computer when its address (client-address.ts) is loopback.
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { clientAddress } from './client-address';

/** `loopback`: only callers on this computer; `any-address`: anyone who can reach the relay. */
export type AddressScope = 'loopback' | 'any-address';

export const isAddressScope = (text: string): text is AddressScope =>
  text === 'loopback' || text === 'any-address';

// BlockList also recognises the IPv4-mapped (::ffff:127.0.0.1) and long (0:0:0:0:0:0:0:1) spellings.
const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

export function isLoopbackAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return loopback.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Whether a request may reach an endpoint with this scope. With `trustProxy` the client the proxy names counts,
 * not the proxy: a reverse proxy on this computer would otherwise make every caller look local.
 */
export function reachable(scope: AddressScope, request: IncomingMessage, trustProxy: boolean): boolean {
  return scope === 'any-address' || isLoopbackAddress(clientAddress(request, trustProxy));
}
