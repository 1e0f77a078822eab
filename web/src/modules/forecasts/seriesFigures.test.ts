import { describe, expect, it } from 'vitest';
import { seriesFigures } from './seriesFigures';

const point = (date: string, p: number) => ({ date, point: p, lo80: p - 1, hi80: p + 1, lo95: p - 2, hi95: p + 2 });

describe('seriesFigures', () => {
  it('takes the first forecast period and adds up the horizon', () => {
    const figures = seriesFigures({ forecast: [point('2026-03-01', 100.5), point('2026-04-01', 200), point('2026-05-01', 50)] });
    expect(figures.next?.date).toBe('2026-03-01');
    expect(figures.horizonTotal).toBe(350.5);
    expect(figures.horizon).toBe(3);
  });

  it('is empty for a series without a forecast', () => {
    expect(seriesFigures({ forecast: [] })).toEqual({ next: null, horizonTotal: 0, horizon: 0 });
  });
});
