// A fresh relay for each test of a file, with vitest's hooks; kept apart from relay.ts so that module stays
// free of vitest and can serve plain Node scripts too (the benchmark's stock clients are the same code).
import { afterEach, beforeEach } from 'vitest';
import type { RelayOptions } from '../../../server/relay';
import { OpenClients, startRelay, type TestClient, type TestRelay } from './relay';

export interface RelayPerTest {
  /** This test's relay (started before each test). */
  readonly relay: TestRelay;
  /** A stock client on this test's relay, closed after the test before the relay stops. */
  connect(room: string, token: string): TestClient;
  closeClients(): void;
}

/** For a test file: a fresh relay for each test, and its clients and data folder cleaned up after it. */
export function relayPerTest(options: Partial<RelayOptions> = {}): RelayPerTest {
  const clients = new OpenClients();
  let current: TestRelay | undefined;
  beforeEach(async () => {
    current = await startRelay(options);
  });
  afterEach(async () => {
    clients.closeAll();
    await current?.close();
    current = undefined;
  });
  return {
    get relay() {
      if (!current) throw new Error('the relay starts in beforeEach; use it inside a test');
      return current;
    },
    connect(room, token) {
      return clients.connect(this.relay.wsUrl, room, token);
    },
    closeClients: () => clients.closeAll(),
  };
}
