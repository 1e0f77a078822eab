import { describe, expect, it } from 'vitest';
import { handlingTime } from './handlingTime';

describe('handlingTime', () => {
  it('keeps hours from one hour up, to a tenth', () => {
    expect(handlingTime(16)).toEqual({ unit: 'hours', value: 16 });
    expect(handlingTime(1.26)).toEqual({ unit: 'hours', value: 1.3 });
  });

  it('says minutes below an hour, and under a minute for seconds', () => {
    expect(handlingTime(0.5)).toEqual({ unit: 'minutes', value: 30 });
    expect(handlingTime(0.02)).toEqual({ unit: 'minutes', value: 1 });
    expect(handlingTime(0.001)).toEqual({ unit: 'underMinute' });
    expect(handlingTime(0)).toEqual({ unit: 'hours', value: 0 });
  });
});
