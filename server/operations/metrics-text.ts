// The Prometheus text exposition format (version 0.0.4), written directly: the relay's handful of counters,
// gauges and one histogram need no client library loaded in every relay process (prom-client was 1-2 MB of
// memory for what this file does).

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export type Labels = Record<string, string>;

export interface Sample {
  labels?: Labels;
  value: number;
}

/** Label values may hold anything: backslash, double quote and newline are escaped as the format asks. */
const escapeLabel = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function sampleLine(name: string, labels: Labels | undefined, value: number): string {
  const pairs = Object.entries(labels ?? {}).map(([label, text]) => `${label}="${escapeLabel(text)}"`);
  const shown = Number.isFinite(value) ? String(value) : value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN';
  return `${name}${pairs.length > 0 ? `{${pairs.join(',')}}` : ''} ${shown}`;
}

/** One counter or gauge: its HELP and TYPE lines, then a line per sample. */
export function metricText(name: string, type: 'counter' | 'gauge', help: string, samples: Sample[]): string {
  return [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} ${type}`,
    ...samples.map((sample) => sampleLine(name, sample.labels, sample.value)),
  ].join('\n');
}

/** Observations of one labelled series of a histogram: a count per bucket (not yet cumulative), sum and count. */
export class HistogramSeries {
  readonly bucketCounts: number[];
  sum = 0;
  count = 0;

  constructor(private readonly buckets: readonly number[]) {
    this.bucketCounts = buckets.map(() => 0);
  }

  observe(value: number): void {
    const index = this.buckets.findIndex((bound) => value <= bound);
    if (index >= 0) this.bucketCounts[index] = (this.bucketCounts[index] ?? 0) + 1;
    this.sum += value;
    this.count += 1;
  }
}

/** A histogram: cumulative `_bucket` lines (le, then +Inf), `_sum` and `_count` for each labelled series. */
export function histogramText(
  name: string,
  help: string,
  buckets: readonly number[],
  series: { labels: Labels; observed: HistogramSeries }[],
): string {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
  for (const { labels, observed } of series) {
    let cumulative = 0;
    buckets.forEach((bound, index) => {
      cumulative += observed.bucketCounts[index] ?? 0;
      lines.push(sampleLine(`${name}_bucket`, { le: String(bound), ...labels }, cumulative));
    });
    lines.push(sampleLine(`${name}_bucket`, { le: '+Inf', ...labels }, observed.count));
    lines.push(sampleLine(`${name}_sum`, labels, observed.sum));
    lines.push(sampleLine(`${name}_count`, labels, observed.count));
  }
  return lines.join('\n');
}
