import { describe, expect, it } from 'vitest';
import { baseContentType, checkFile, checkVoice, FILE_ACCEPT, fileContentType, isImageType, MAX_FILE_BYTES, MAX_VOICE_BYTES, MAX_VOICE_MS } from './attachmentRules';

describe('fileContentType', () => {
  it('takes the type from a known extension, whatever the browser says', () => {
    expect(fileContentType('订单.CSV', 'application/vnd.ms-excel')).toBe('text/csv');
    expect(fileContentType('docs.zip', 'application/x-zip-compressed')).toBe('application/zip');
    expect(fileContentType('photo.JPG', '')).toBe('image/jpeg');
    expect(fileContentType('plan.xlsx', '')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('falls back to an accepted browser type and refuses the rest', () => {
    expect(fileContentType('scan', 'application/pdf')).toBe('application/pdf');
    expect(fileContentType('deck.ppt', 'application/vnd.ms-powerpoint')).toBeNull();
    expect(fileContentType('logo.svg', 'image/svg+xml')).toBeNull();
    expect(fileContentType('run.exe', 'application/x-msdownload')).toBeNull();
    expect(fileContentType('page.html', 'text/html')).toBeNull();
  });
});

describe('checkFile', () => {
  it('accepts files up to 5 MB', () => {
    expect(checkFile({ name: 'a.pdf', type: 'application/pdf', size: MAX_FILE_BYTES })).toEqual({ ok: true, contentType: 'application/pdf' });
  });

  it('names what is wrong', () => {
    expect(checkFile({ name: 'a.pdf', type: 'application/pdf', size: MAX_FILE_BYTES + 1 })).toEqual({ ok: false, problem: 'size' });
    expect(checkFile({ name: 'a.txt', type: 'text/plain', size: 0 })).toEqual({ ok: false, problem: 'empty' });
    expect(checkFile({ name: 'a.mp4', type: 'video/mp4', size: 10 })).toEqual({ ok: false, problem: 'type' });
  });

  it('offers the accepted extensions to the file picker', () => {
    expect(FILE_ACCEPT.split(',')).toContain('.docx');
    expect(FILE_ACCEPT.split(',')).not.toContain('.ppt');
  });
});

describe('checkVoice', () => {
  const ok = { type: 'audio/webm;codecs=opus', size: 40_000, durationMs: 12_000 };
  it('accepts recorder types with parameters', () => {
    expect(checkVoice(ok)).toBeNull();
    expect(checkVoice({ ...ok, type: 'audio/mp4' })).toBeNull();
  });

  it('refuses other types, empty, too large and too long notes', () => {
    expect(checkVoice({ ...ok, type: 'video/webm' })).toBe('type');
    expect(checkVoice({ ...ok, size: 0 })).toBe('empty');
    expect(checkVoice({ ...ok, durationMs: 0 })).toBe('empty');
    expect(checkVoice({ ...ok, size: MAX_VOICE_BYTES + 1 })).toBe('size');
    expect(checkVoice({ ...ok, durationMs: MAX_VOICE_MS + 1 })).toBe('duration');
  });
});

describe('content types', () => {
  it('drops parameters and case', () => {
    expect(baseContentType('Audio/WebM; codecs=opus')).toBe('audio/webm');
  });

  it('knows images', () => {
    expect(isImageType('image/png')).toBe(true);
    expect(isImageType('application/pdf')).toBe(false);
  });
});
