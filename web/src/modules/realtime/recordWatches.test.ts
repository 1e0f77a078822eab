import { describe, expect, it } from 'vitest';
import { RecordWatches, watchFrame } from './recordWatches';

describe('RecordWatches', () => {
  it('sends watch for the first watcher and unwatch for the last', () => {
    const w = new RecordWatches();
    expect(w.add('quote', '1')).toBe(true);
    expect(w.add('quote', '1')).toBe(false);
    expect(w.add('order', '1')).toBe(true);
    expect(w.remove('quote', '1')).toBe(false);
    expect(w.remove('quote', '1')).toBe(true);
    expect(w.all()).toEqual([{ object: 'order', id: '1' }]);
  });

  it('ignores removing what is not watched', () => {
    const w = new RecordWatches();
    expect(w.remove('quote', '9')).toBe(false);
    expect(w.all()).toEqual([]);
  });

  it('lists every watched record once, for a reconnect', () => {
    const w = new RecordWatches();
    w.add('quote', '1');
    w.add('quote', '1');
    w.add('customer', '5');
    expect(w.all()).toEqual([
      { object: 'quote', id: '1' },
      { object: 'customer', id: '5' },
    ]);
  });
});

describe('watchFrame', () => {
  it('is the server frame', () => {
    expect(JSON.parse(watchFrame('watch', { object: 'quote', id: '42' }))).toEqual({ type: 'watch', object: 'quote', id: '42' });
    expect(JSON.parse(watchFrame('unwatch', { object: 'quote', id: '42' }))).toEqual({ type: 'unwatch', object: 'quote', id: '42' });
  });
});
