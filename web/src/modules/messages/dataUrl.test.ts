import { describe, expect, it } from 'vitest';
import { dataUrlToBase64 } from './dataUrl';

describe('dataUrlToBase64', () => {
  it('takes the payload after the comma', () => {
    expect(dataUrlToBase64('data:image/png;base64,iVBORw0K')).toBe('iVBORw0K');
    expect(dataUrlToBase64('data:audio/webm;codecs=opus;base64,GkXf')).toBe('GkXf');
    expect(dataUrlToBase64('data:application/octet-stream;base64,')).toBe('');
  });

  it('is empty for anything else', () => {
    expect(dataUrlToBase64('data:text/plain,hello')).toBe('');
    expect(dataUrlToBase64('http://x/y')).toBe('');
    expect(dataUrlToBase64('')).toBe('');
  });
});
