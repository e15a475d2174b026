// Where a relay's WebSocket lives, from the http(s) address people join it by: one rule for every room
// (space index, documents, sessions), so the shell and the editors never disagree.

/** The relay's WebSocket address for an http(s) server address (https becomes wss), without a trailing slash. */
export function websocketUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href.replace(/\/+$/, '');
}
