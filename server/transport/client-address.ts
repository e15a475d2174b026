// Which address a connection attempt counts against: the socket's peer, or, behind a trusted reverse proxy,
// the client the proxy names in X-Forwarded-For (otherwise every client would share the proxy's bucket).
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * With `trustProxy` off the header is ignored, since anyone can send it. With it on, the socket's peer is the
 * trusted proxy, and the client is the rightmost X-Forwarded-For entry that is not that proxy: entries further
 * left were written by the client itself and prove nothing. A rightmost entry that is not an IP address means
 * the proxy is misconfigured, so the proxy's own address is used rather than a value anyone could vary.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return peer;
  const header = request.headers['x-forwarded-for'];
  // Node joins repeated X-Forwarded-For headers with ", "; an array only comes from hand-made requests.
  const forwarded = Array.isArray(header) ? header.join(',') : header;
  if (!forwarded) return peer;
  const entries = forwarded.split(',');
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = (entries[index] as string).trim();
    if (entry === peer) continue;
    return isIP(entry) === 0 ? peer : entry;
  }
  return peer;
}
