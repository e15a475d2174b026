// A broadcast reaches every reader of a room as the same bytes, so its WebSocket frame is built once and the
// same Buffer is written to each reader's socket. ws would frame it again for every reader: a header allocated,
// an options object spread and two writes (header and payload) per socket.

/** An unmasked, final binary frame (RFC 6455 §5.2), as a server sends it: header and payload in one Buffer. */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const headerBytes = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = 0x82; // FIN + binary opcode
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.set(payload, headerBytes);
  return frame;
}

/**
 * Remembers the frame of the last message framed: a broadcast hands one message to each reader in a row, so
 * the first reader frames it and the others reuse that frame.
 */
export class SharedFrames {
  private message: Uint8Array | null = null;
  private frame: Buffer | null = null;

  frameOf(message: Uint8Array): Buffer {
    if (message !== this.message || this.frame === null) {
      this.frame = binaryFrame(message);
      this.message = message;
    }
    return this.frame;
  }
}
