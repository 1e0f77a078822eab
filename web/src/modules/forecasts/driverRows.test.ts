import { describe, expect, it } from 'vitest';
import { driverRows } from './driverRows';
import type { Translate } from './modelLabel';

const t: Translate = (key, options) => (options ? `${key.split('.').pop()}:${Object.values(options).join(',')}` : (key.split('.').pop() ?? key));

describe('driverRows', () => {
  it('orders by size of the effect, either way, and scales to the largest', () => {
    const rows = driverRows(
      [
        { feature: 'month', contribution: 0.1 },
        { feature: 'lag_2', contribution: -0.4 },
        { feature: 'mean_3', contribution: 0.2 },
      ],
      t,
    );
    expect(rows.map((r) => r.feature)).toEqual(['lag_2', 'mean_3', 'month']);
    expect(rows.map((r) => r.direction)).toEqual(['down', 'up', 'up']);
    expect(rows.map((r) => r.bar)).toEqual([100, 50, 25]);
    expect(rows[0].label).toBe('lag:2');
    expect(rows[2].label).toBe('month');
  });

  it('is empty without drivers and draws no bars when every effect is zero', () => {
    expect(driverRows([], t)).toEqual([]);
    const rows = driverRows([{ feature: 'series', contribution: 0 }], t);
    expect(rows).toEqual([{ feature: 'series', label: 'series', contribution: 0, direction: 'up', bar: 0 }]);
  });

  it('leaves out contributions that are not numbers', () => {
    const rows = driverRows(
      [
        { feature: 'visits', contribution: Number.NaN },
        { feature: 'quarter', contribution: -0.05 },
      ],
      t,
    );
    expect(rows.map((r) => [r.feature, r.bar])).toEqual([['quarter', 100]]);
  });
});
