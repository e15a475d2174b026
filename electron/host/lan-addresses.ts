// The addresses other people in the room can reach this computer on: its non-internal IPv4 addresses.
import type { NetworkInterfaceInfo } from 'node:os';

export function lanUrls(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
  port: number,
  protocol: 'http' | 'https' = 'http',
): string[] {
  const urls = new Set<string>();
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      // Node 18.0-18.3 reported the family as a number.
      const isIPv4 = address.family === 'IPv4' || (address.family as unknown) === 4;
      if (isIPv4 && !address.internal) urls.add(`${protocol}://${address.address}:${port}`);
    }
  }
  return [...urls].sort();
}
