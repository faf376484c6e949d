import { describe, expect, it } from 'vitest';
import { decideRetry, retryLimits } from '../../src/events/retry-schedule.js';

const backoff = { baseDelayMs: 100, maxDelayMs: 1000 };

describe('the retry schedule', () => {
  it('defaults to 185 retries within 24 hours as EventBridge does', () => {
    expect(retryLimits()).toEqual({
      maximumRetryAttempts: 185,
      maximumEventAgeSeconds: 86_400,
    });
  });

  it('doubles the delay each retry, with jitter, up to the cap', () => {
    const decide = (retriesDone: number, random: number) =>
      decideRetry({
        retriesDone,
        ageMs: 0,
        retryable: true,
        limits: retryLimits(),
        backoff,
        random: () => random,
      });

    expect(decide(0, 0)).toEqual({ kind: 'retry', delayMs: 50 });
    expect(decide(2, 0.999)).toEqual({ kind: 'retry', delayMs: 400 });
    expect(decide(10, 0.999)).toEqual({ kind: 'retry', delayMs: 1000 });
  });

  it('gives up when the retries are used up', () => {
    const decision = decideRetry({
      retriesDone: 2,
      ageMs: 0,
      retryable: true,
      limits: retryLimits({ MaximumRetryAttempts: 2 }),
      backoff,
      random: () => 0.5,
    });

    expect(decision).toEqual({
      kind: 'give-up',
      condition: 'MaximumRetryAttemptsExhausted',
    });
  });

  it('gives up when the event would be too old at the next attempt', () => {
    const decision = decideRetry({
      retriesDone: 0,
      ageMs: 59_990,
      retryable: true,
      limits: retryLimits({ MaximumEventAgeInSeconds: 60 }),
      backoff,
      random: () => 0.5,
    });

    expect(decision).toEqual({
      kind: 'give-up',
      condition: 'MaximumEventAgeExhausted',
    });
  });

  it('gives up at once on an error that is not retryable', () => {
    const decision = decideRetry({
      retriesDone: 0,
      ageMs: 0,
      retryable: false,
      limits: retryLimits(),
      backoff,
      random: () => 0.5,
    });

    expect(decision).toEqual({ kind: 'give-up' });
  });
});
