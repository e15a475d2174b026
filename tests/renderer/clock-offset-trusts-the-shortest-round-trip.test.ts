// The relay's clock offset is estimated NTP-style: each sample assumes the relay read its clock halfway through
// the round trip, and the sample with the least round trip (least room for error) wins.
import { describe, expect, it } from 'vitest';
import { estimateClockOffset, measureClockOffset, sampleOffset } from '../../renderer/rooms/clockOffset';

describe('one sample', () => {
  it('puts the relay’s reading halfway through the round trip', () => {
    expect(sampleOffset({ sentAt: 1000, serverTime: 6050, receivedAt: 1100 })).toEqual({
      offsetMs: 5000,
      roundTripMs: 100,
    });
  });

  it('gives a negative offset when our clock is ahead', () => {
    expect(sampleOffset({ sentAt: 10_000, serverTime: 7_010, receivedAt: 10_020 }).offsetMs).toBe(-3000);
  });
});

describe('several samples', () => {
  it('trusts the one with the least round trip, whatever its order', () => {
    const samples = [
      { sentAt: 0, serverTime: 5400, receivedAt: 600 }, // slow and lopsided: offset 5100
      { sentAt: 1000, serverTime: 6030, receivedAt: 1060 }, // fastest: offset 5000
      { sentAt: 2000, serverTime: 7300, receivedAt: 2400 }, // offset 5100
    ];
    expect(estimateClockOffset(samples)).toEqual({ offsetMs: 5000, roundTripMs: 60 });
    expect(estimateClockOffset([...samples].reverse())).toEqual({ offsetMs: 5000, roundTripMs: 60 });
  });

  it('ignores samples where our clock went backwards or the relay sent no number', () => {
    expect(
      estimateClockOffset([
        { sentAt: 500, serverTime: 1, receivedAt: 400 },
        { sentAt: 0, serverTime: Number.NaN, receivedAt: 1 },
        { sentAt: 0, serverTime: 2000, receivedAt: 200 },
      ]),
    ).toEqual({ offsetMs: 1900, roundTripMs: 200 });
  });

  it('has no estimate without a usable sample', () => {
    expect(estimateClockOffset([])).toBeNull();
  });
});

describe('measuring', () => {
  it('takes the samples asked for, skips a failed one, and keeps the fastest', async () => {
    // Our clock reads 0, 100, 200, ...; the relay is 10 s ahead.
    let clock = 0;
    const now = () => clock;
    const roundTrips = [300, 40, Number.NaN, 120];
    let call = 0;
    const readServerTime = async () => {
      const trip = roundTrips[call++] ?? 0;
      if (Number.isNaN(trip)) throw new Error('lost');
      const serverTime = clock + trip / 2 + 10_000;
      clock += trip;
      return serverTime;
    };
    const result = await measureClockOffset(readServerTime, {
      samples: 4,
      now,
      wait: async (ms) => {
        clock += ms;
      },
    });
    expect(call).toBe(4);
    expect(result).toEqual({ offsetMs: 10_000, roundTripMs: 40 });
  });

  it('gives null when every sample fails', async () => {
    const failing = () => Promise.reject(new Error('offline'));
    expect(await measureClockOffset(failing, { samples: 3, wait: async () => {} })).toBeNull();
  });
});
