import { baseContentType, VOICE_TYPES } from './attachmentRules';

/** Recorder formats in order of preference (Chrome and Firefox: Opus; Safari: MP4). */
const CANDIDATES = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/ogg;codecs=opus',
  'audio/ogg',
  'audio/mp4',
  'audio/mpeg',
  'audio/wav',
] as const;

/**
 * The first format the browser records that the server accepts, or null to let the
 * browser choose (its choice is checked when the recording ends).
 */
export function pickVoiceMimeType(isSupported: (type: string) => boolean): string | null {
  for (const type of CANDIDATES) {
    try {
      if (isSupported(type)) return type;
    } catch {
      // Some browsers throw for types they do not know.
    }
  }
  return null;
}

const EXTENSIONS: Record<string, string> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'm4a',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `voice-20261127-093005.webm`: the local time the recording started, with the type's extension. */
export function voiceFileName(contentType: string, startedAt: Date): string {
  const ext = EXTENSIONS[baseContentType(contentType)] ?? 'webm';
  const d = startedAt;
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  return `voice-${stamp}.${ext}`;
}

/** Whether the server takes this recorder type as a voice note. */
export function isVoiceType(contentType: string): boolean {
  return VOICE_TYPES.includes(baseContentType(contentType));
}
