import { describe, expect, it } from 'vitest';
import { acceptedCoverage, biasTone, coverageTone } from './accuracyTones';

describe('coverageTone', () => {
  it('accepts 80 % coverage within ±5 points', () => {
    expect(coverageTone(80, 80)).toBe('good');
    expect(coverageTone(80, 75)).toBe('good');
    expect(coverageTone(80, 85)).toBe('good');
    expect(coverageTone(80, 74.9)).toBe('narrow');
    expect(coverageTone(80, 85.1)).toBe('wide');
  });

  it('accepts 95 % coverage between 90 and 98', () => {
    expect(coverageTone(95, 90)).toBe('good');
    expect(coverageTone(95, 96)).toBe('good');
    expect(coverageTone(95, 98)).toBe('good');
    expect(coverageTone(95, 89.9)).toBe('narrow');
    expect(coverageTone(95, 100)).toBe('wide');
  });

  it('has no tone without a value', () => {
    expect(coverageTone(80, null)).toBe('none');
    expect(coverageTone(95, undefined)).toBe('none');
    expect(coverageTone(95, Number.NaN)).toBe('none');
  });

  it('names the accepted range', () => {
    expect(acceptedCoverage(80)).toEqual([75, 85]);
    expect(acceptedCoverage(95)).toEqual([90, 98]);
  });
});

describe('biasTone', () => {
  it('says which way the forecasts lean', () => {
    expect(biasTone(12)).toBe('over');
    expect(biasTone(-5)).toBe('under');
    expect(biasTone(1.2)).toBe('even');
    expect(biasTone(-2)).toBe('even');
    expect(biasTone(null)).toBe('none');
  });
});
