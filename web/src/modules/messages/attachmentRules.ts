/** The server's limits on attachments (docs/api.md, "Messaging"), checked before sending. */
export const MAX_ATTACHMENTS = 5;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_VOICE_BYTES = 2 * 1024 * 1024;
export const MAX_VOICE_MS = 5 * 60 * 1000;

/** Files: images, PDF, Office, text, CSV and zip. */
export const FILE_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/zip',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];

/** Voice notes: webm, ogg, mp4, mpeg or wav audio. */
export const VOICE_TYPES: readonly string[] = ['audio/webm', 'audio/ogg', 'audio/mp4', 'audio/mpeg', 'audio/wav'];

/** The accepted file type of each extension (what the browser reports varies by system). */
const BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  zip: 'application/zip',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** For the file picker's `accept`. */
export const FILE_ACCEPT = Object.keys(BY_EXTENSION)
  .map((ext) => `.${ext}`)
  .join(',');

/** `audio/webm;codecs=opus` → `audio/webm` (lower case, no parameters). */
export function baseContentType(type: string): string {
  return type.split(';')[0].trim().toLowerCase();
}

/**
 * The content type to send for a file, or null when the server would refuse it. A known
 * extension decides (browsers disagree about `.csv` and `.zip`); otherwise the browser's type.
 */
export function fileContentType(name: string, browserType: string): string | null {
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  const type = baseContentType(browserType);
  return FILE_TYPES.includes(type) ? type : null;
}

export type FileCheck = { ok: true; contentType: string } | { ok: false; problem: 'type' | 'size' | 'empty' };

/** Whether the server will take this file as a `file` attachment, and as which type. */
export function checkFile(file: { name: string; type: string; size: number }): FileCheck {
  const contentType = fileContentType(file.name, file.type);
  if (!contentType) return { ok: false, problem: 'type' };
  if (file.size <= 0) return { ok: false, problem: 'empty' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: 'size' };
  return { ok: true, contentType };
}

/** Why the server would refuse a voice note, or null when it will take it. */
export function checkVoice(note: { type: string; size: number; durationMs: number }): 'type' | 'size' | 'duration' | 'empty' | null {
  if (!VOICE_TYPES.includes(baseContentType(note.type))) return 'type';
  if (note.size <= 0 || note.durationMs <= 0) return 'empty';
  if (note.size > MAX_VOICE_BYTES) return 'size';
  if (note.durationMs > MAX_VOICE_MS) return 'duration';
  return null;
}

/** Images show as thumbnails; everything else as a download link. */
export function isImageType(contentType: string): boolean {
  return baseContentType(contentType).startsWith('image/');
}
