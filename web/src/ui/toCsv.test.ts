import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

describe('toCsv', () => {
  it('joins fields and rows, quoting only where needed', () => {
    expect(toCsv([['a', 'b'], [1, 'x,y'], ['say "hi"', 'line\nbreak'], [' pad', null]])).toBe(
      'a,b\r\n1,"x,y"\r\n"say ""hi""","line\nbreak"\r\n" pad",\r\n',
    );
  });

  it('can start with a BOM for Excel', () => {
    expect(toCsv([['客户']], { bom: true })).toBe('\uFEFF客户\r\n');
  });
});
