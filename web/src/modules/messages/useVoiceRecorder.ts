import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_VOICE_BYTES, MAX_VOICE_MS } from './attachmentRules';
import { pickVoiceMimeType, voiceFileName } from './voiceFormat';

/** A finished recording, ready to preview and attach. */
export type VoiceNote = { blob: Blob; contentType: string; fileName: string; durationMs: number };

export type RecorderState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'recording'; elapsedMs: number };

export type RecorderFailure = 'unsupported' | 'denied' | 'failed';

// Speech at 32 kbit/s: five minutes stay well under the 2 MB limit.
const BITS_PER_SECOND = 32_000;

export function voiceRecordingSupported(): boolean {
  return typeof window !== 'undefined' && typeof window.MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

/**
 * Records a voice note with MediaRecorder in the best format the browser has, showing the
 * time as it goes and stopping by itself at 5 minutes. `onDone` gets the recording;
 * `onFailure` why there is none (no microphone access, no support).
 */
export function useVoiceRecorder(onDone: (note: VoiceNote) => void, onFailure: (why: RecorderFailure) => void) {
  const [state, setState] = useState<RecorderState>({ phase: 'idle' });
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const cancelled = useRef(false);
  const callbacks = useRef({ onDone, onFailure });
  callbacks.current = { onDone, onFailure };

  const release = useCallback(() => {
    clearInterval(timer.current);
    timer.current = undefined;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    recorder.current = null;
  }, []);

  const stop = useCallback(() => {
    if (recorder.current && recorder.current.state !== 'inactive') recorder.current.stop();
  }, []);

  /** Stops without keeping the recording. */
  const cancel = useCallback(() => {
    cancelled.current = true;
    stop();
  }, [stop]);

  const start = useCallback(async () => {
    if (!voiceRecordingSupported()) {
      callbacks.current.onFailure('unsupported');
      return;
    }
    setState({ phase: 'starting' });
    let media: MediaStream;
    try {
      media = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      setState({ phase: 'idle' });
      const denied = error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError');
      callbacks.current.onFailure(denied ? 'denied' : 'failed');
      return;
    }
    const mimeType = pickVoiceMimeType((type) => MediaRecorder.isTypeSupported(type));
    let rec: MediaRecorder;
    try {
      rec = new MediaRecorder(media, { ...(mimeType ? { mimeType } : {}), audioBitsPerSecond: BITS_PER_SECOND });
    } catch {
      media.getTracks().forEach((track) => track.stop());
      setState({ phase: 'idle' });
      callbacks.current.onFailure('failed');
      return;
    }
    const chunks: Blob[] = [];
    const startedAt = new Date();
    let size = 0;
    cancelled.current = false;
    stream.current = media;
    recorder.current = rec;
    rec.ondataavailable = (event) => {
      if (event.data.size === 0) return;
      chunks.push(event.data);
      size += event.data.size;
      // Never let a recording outgrow what the server takes.
      if (size >= MAX_VOICE_BYTES * 0.95 && rec.state === 'recording') rec.stop();
    };
    rec.onstop = () => {
      const durationMs = Math.min(MAX_VOICE_MS, Date.now() - startedAt.getTime());
      release();
      setState({ phase: 'idle' });
      if (cancelled.current || chunks.length === 0) return;
      const contentType = rec.mimeType || mimeType || chunks[0].type || 'audio/webm';
      const blob = new Blob(chunks, { type: contentType });
      callbacks.current.onDone({ blob, contentType, fileName: voiceFileName(contentType, startedAt), durationMs });
    };
    rec.onerror = () => {
      cancelled.current = true;
      release();
      setState({ phase: 'idle' });
      callbacks.current.onFailure('failed');
    };
    rec.start(1000);
    setState({ phase: 'recording', elapsedMs: 0 });
    timer.current = setInterval(() => {
      const elapsedMs = Date.now() - startedAt.getTime();
      if (elapsedMs >= MAX_VOICE_MS) rec.stop();
      else setState({ phase: 'recording', elapsedMs });
    }, 250);
  }, [release]);

  // Leaving the page ends the recording and frees the microphone.
  useEffect(
    () => () => {
      cancelled.current = true;
      if (recorder.current && recorder.current.state !== 'inactive') recorder.current.stop();
      release();
    },
    [release],
  );

  return { state, start, stop, cancel };
}
