// Prometheus metrics for one relay, each relay's its own so several relays in one process never clash: plain
// tallies while it runs, written as Prometheus text (metrics-text.ts) when /metrics is read.
import type { ClientMessage } from '../protocol/messages';
import type { SessionObserver } from '../protocol/session';
import type { PersistenceObserver } from '../rooms/room';
import { HistogramSeries, histogramText, metricText, type Sample } from './metrics-text';

export interface LiveCounts {
  connections(): number;
  rooms(): number;
}

export interface RelayMetrics extends SessionObserver, PersistenceObserver {
  /** Everything counted so far, in the Prometheus text format (METRICS_CONTENT_TYPE). */
  exposition(): string;
  sent(messages: number, bytes: number): void;
  refusedConnection(reason: string): void;
}

/** Per-message traffic, tallied in plain numbers: one addition per message, the text written only on a scrape. */
interface Traffic {
  messagesIn: Record<ClientMessage['kind'], number>;
  bytesIn: number;
  messagesOut: number;
  bytesOut: number;
}

const PERSISTENCE_BUCKETS = [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5] as const;
type PersistenceOperation = Parameters<PersistenceObserver['persisted']>[0];

const countsByLabel = (label: string, counts: Map<string, number>): Sample[] =>
  [...counts].map(([value, count]) => ({ labels: { [label]: value }, value: count }));

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function createMetrics(live: LiveCounts): RelayMetrics {
  const traffic: Traffic = {
    messagesIn: {
      'sync-step-1': 0,
      'sync-step-2': 0,
      update: 0,
      awareness: 0,
      'query-awareness': 0,
      auth: 0,
      request: 0,
    },
    bytesIn: 0,
    messagesOut: 0,
    bytesOut: 0,
  };
  const rejected = new Map<string, number>();
  const refused = new Map<string, number>();
  const persistence = new Map<PersistenceOperation, HistogramSeries>();

  return {
    received(kind, bytes) {
      traffic.messagesIn[kind] += 1;
      traffic.bytesIn += bytes;
    },
    rejected(reason) {
      increment(rejected, reason);
    },
    sent(messages, bytes) {
      traffic.messagesOut += messages;
      traffic.bytesOut += bytes;
    },
    refusedConnection(reason) {
      increment(refused, reason);
    },
    persisted(operation, seconds) {
      let series = persistence.get(operation);
      if (!series) {
        series = new HistogramSeries(PERSISTENCE_BUCKETS);
        persistence.set(operation, series);
      }
      series.observe(seconds);
    },
    exposition() {
      const messagesIn = Object.entries(traffic.messagesIn)
        .filter(([, count]) => count > 0)
        .map(([kind, count]) => ({ labels: { kind }, value: count }));
      return `${[
        metricText('commons_relay_connections', 'gauge', 'Open WebSocket connections', [
          { value: live.connections() },
        ]),
        metricText('commons_relay_rooms_loaded', 'gauge', 'Rooms whose documents are in memory', [
          { value: live.rooms() },
        ]),
        metricText(
          'commons_relay_messages_in_total',
          'counter',
          'Messages received from clients, by kind',
          messagesIn,
        ),
        metricText('commons_relay_bytes_in_total', 'counter', 'Bytes received', [{ value: traffic.bytesIn }]),
        metricText('commons_relay_messages_out_total', 'counter', 'Messages sent to clients', [
          { value: traffic.messagesOut },
        ]),
        metricText('commons_relay_bytes_out_total', 'counter', 'Bytes sent', [{ value: traffic.bytesOut }]),
        metricText(
          'commons_relay_rejected_messages_total',
          'counter',
          'Client messages refused, by reason',
          countsByLabel('reason', rejected),
        ),
        metricText(
          'commons_relay_refused_connections_total',
          'counter',
          'Connection attempts refused before the WebSocket opened, by reason',
          countsByLabel('reason', refused),
        ),
        histogramText(
          'commons_relay_persistence_seconds',
          'Time spent loading, appending and compacting rooms in storage',
          PERSISTENCE_BUCKETS,
          [...persistence].map(([operation, observed]) => ({ labels: { operation }, observed })),
        ),
      ].join('\n\n')}\n`;
    },
  };
}
