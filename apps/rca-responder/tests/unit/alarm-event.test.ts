import { describe, expect, it } from 'vitest';
import { readAlarmEvent } from '../../src/alarm-event.js';
import { InvalidAlarmEventError } from '../../src/errors.js';
import { alarmStateChange } from './support/alarm-events.js';

describe('readAlarmEvent', () => {
  it('reads the alarm, both states and the change time with a colonless offset', () => {
    const transition = readAlarmEvent(
      alarmStateChange({ timestamp: '2026-12-03T10:05:00.250+0100' }),
    );

    expect(transition).toMatchObject({
      alarmName: 'order-validation-errors',
      state: 'ALARM',
      previousState: 'OK',
      region: 'us-east-1',
      timestamp: '2026-12-03T10:05:00.250+0100',
    });
    expect(transition.changedAt.toISOString()).toBe('2026-12-03T09:05:00.250Z');
  });

  it('rejects an event from another source, naming the field', () => {
    const event = { ...alarmStateChange(), source: 'aws.ec2' };

    expect(() => readAlarmEvent(event)).toThrow(InvalidAlarmEventError);
    expect(() => readAlarmEvent(event)).toThrow(/source/);
  });

  it('rejects a state timestamp that is not a time', () => {
    const event = alarmStateChange({ timestamp: 'yesterday' });

    expect(() => readAlarmEvent(event)).toThrow(/detail\.state\.timestamp/);
  });
});
