import { describe, expect, it } from 'vitest';
import { isVoiceType, pickVoiceMimeType, voiceFileName } from './voiceFormat';

describe('pickVoiceMimeType', () => {
  it('prefers Opus in WebM', () => {
    expect(pickVoiceMimeType(() => true)).toBe('audio/webm;codecs=opus');
  });

  it('takes what the browser records (Safari: MP4)', () => {
    expect(pickVoiceMimeType((t) => t === 'audio/mp4')).toBe('audio/mp4');
    expect(pickVoiceMimeType((t) => t.startsWith('audio/ogg'))).toBe('audio/ogg;codecs=opus');
  });

  it('leaves the choice to the browser when nothing matches or the check throws', () => {
    expect(pickVoiceMimeType(() => false)).toBeNull();
    expect(
      pickVoiceMimeType(() => {
        throw new Error('nope');
      }),
    ).toBeNull();
  });
});

describe('voiceFileName', () => {
  const at = new Date(2026, 10, 27, 9, 30, 5);
  it('stamps the start time and uses the extension of the type', () => {
    expect(voiceFileName('audio/webm;codecs=opus', at)).toBe('voice-20261127-093005.webm');
    expect(voiceFileName('audio/mp4', at)).toBe('voice-20261127-093005.m4a');
    expect(voiceFileName('audio/ogg', at)).toBe('voice-20261127-093005.ogg');
  });
});

describe('isVoiceType', () => {
  it('accepts the server types with parameters', () => {
    expect(isVoiceType('audio/webm;codecs=opus')).toBe(true);
    expect(isVoiceType('video/webm')).toBe(false);
  });
});
