// Network conditions for the field bench: Chromium's own throttling through the DevTools protocol (the same
// emulation DevTools offers), and the bytes a page moved, as the protocol reports them (encoded: what crossed
// the wire, compression included, headers too).
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

export interface NetworkProfile {
  name: string;
  /** Bits per second, both ways. */
  bitsPerSecond: number;
  roundTripMs: number;
}

export const SLOW_LINK: NetworkProfile = {
  name: '400 kbit/s, 400 ms',
  bitsPerSecond: 400_000,
  roundTripMs: 400,
};
export const MEDIUM_LINK: NetworkProfile = {
  name: '1.6 Mbit/s, 400 ms',
  bitsPerSecond: 1_600_000,
  roundTripMs: 400,
};

export interface WireCounter {
  /** Bytes of finished HTTP responses (encoded) and WebSocket frames received, since the counter started. */
  received(): number;
  /** WebSocket frame payload bytes sent and received, since the counter started. */
  socketSent(): number;
  socketReceived(): number;
  /** URLs of the HTTP requests made. */
  urls(): string[];
  session: CDPSession;
}

const frameBytes = (payload: string, opcode: number) =>
  // Binary frames (opcode 2) come base64-encoded; text frames as they are.
  opcode === 2 ? Buffer.from(payload, 'base64').byteLength : Buffer.byteLength(payload);

/** Throttles one page and counts what it moves over the network. */
export async function throttledPage(
  context: BrowserContext,
  profile: NetworkProfile | null,
): Promise<{ page: Page; wire: WireCounter }> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  if (profile) {
    await session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.roundTripMs,
      downloadThroughput: profile.bitsPerSecond / 8,
      uploadThroughput: profile.bitsPerSecond / 8,
    });
  }
  let http = 0;
  let sent = 0;
  let received = 0;
  const urls: string[] = [];
  session.on('Network.requestWillBeSent', (event) => urls.push(event.request.url));
  session.on('Network.loadingFinished', (event) => {
    http += event.encodedDataLength;
  });
  session.on('Network.webSocketFrameSent', (event) => {
    sent += frameBytes(event.response.payloadData, event.response.opcode);
  });
  session.on('Network.webSocketFrameReceived', (event) => {
    received += frameBytes(event.response.payloadData, event.response.opcode);
  });
  return {
    page,
    wire: {
      received: () => http + received,
      socketSent: () => sent,
      socketReceived: () => received,
      urls: () => urls.slice(),
      session,
    },
  };
}
