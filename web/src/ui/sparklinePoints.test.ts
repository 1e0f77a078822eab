import { describe, expect, it } from 'vitest';
import { sparklinePoints } from './sparklinePoints';

describe('sparklinePoints', () => {
  it('fits the values into the box, highest at the top', () => {
    expect(sparklinePoints([0, 10, 5], 100, 22)).toEqual(['0.0,21.0 50.0,1.0 100.0,11.0']);
  });

  it('splits the line at gaps and keeps the x position of every value', () => {
    expect(sparklinePoints([1, null, 3, 2], 30, 12)).toEqual(['0.0,11.0', '20.0,1.0 30.0,6.0']);
  });

  it('draws a part of the values on the scale of all of them', () => {
    expect(sparklinePoints([0, 10, 5], 100, 22, 1)).toEqual(['50.0,1.0 100.0,11.0']);
    expect(sparklinePoints([0, 10, 5], 100, 22, 0, 2)).toEqual(['0.0,21.0 50.0,1.0']);
  });

  it('draws a flat series in the middle and nothing for no numbers', () => {
    expect(sparklinePoints([4, 4], 10, 10)).toEqual(['0.0,5.0 10.0,5.0']);
    expect(sparklinePoints([null], 10, 10)).toEqual([]);
  });
});
