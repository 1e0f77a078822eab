import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkFile, checkVoice, isImageType, MAX_ATTACHMENTS, MAX_FILE_BYTES, MAX_VOICE_BYTES } from './attachmentRules';
import { formatBytes } from './formatBytes';
import { newAttachmentKey, releasePreview, type PendingAttachment } from './pendingAttachment';
import type { VoiceNote } from './useVoiceRecorder';

/**
 * The attachments of the message being written. Files and voice notes are checked as the
 * server would (type, size, length, at most 5) before they join; refused ones are explained.
 */
export function usePendingAttachments() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [items, setItems] = useState<PendingAttachment[]>([]);
  const current = useRef(items);
  current.current = items;

  useEffect(() => () => current.current.forEach(releasePreview), []);

  const roomFor = useCallback(
    (wanted: number) => {
      const room = MAX_ATTACHMENTS - current.current.length;
      if (wanted > room) message.warning(t('messages.tooManyAttachments', { max: MAX_ATTACHMENTS }));
      return Math.max(0, room);
    },
    [message, t],
  );

  const addFiles = useCallback(
    (files: File[]) => {
      const accepted: PendingAttachment[] = [];
      for (const file of files) {
        const check = checkFile(file);
        if (!check.ok) {
          const max = formatBytes(MAX_FILE_BYTES, i18n.language);
          message.error(t(`messages.fileRefused.${check.problem}`, { name: file.name, max }));
          continue;
        }
        accepted.push({
          key: newAttachmentKey(),
          kind: 'file',
          file_name: file.name,
          content_type: check.contentType,
          blob: file,
          previewUrl: isImageType(check.contentType) ? URL.createObjectURL(file) : undefined,
        });
      }
      const room = roomFor(accepted.length);
      accepted.slice(room).forEach(releasePreview);
      if (room > 0) setItems((list) => [...list, ...accepted.slice(0, room)]);
    },
    [i18n.language, message, roomFor, t],
  );

  const addVoice = useCallback(
    (note: VoiceNote) => {
      const problem = checkVoice({ type: note.contentType, size: note.blob.size, durationMs: note.durationMs });
      if (problem) {
        message.error(t(`messages.voiceRefused.${problem}`, { max: formatBytes(MAX_VOICE_BYTES, i18n.language) }));
        return;
      }
      if (roomFor(1) === 0) return;
      setItems((list) => [
        ...list,
        {
          key: newAttachmentKey(),
          kind: 'voice',
          file_name: note.fileName,
          content_type: note.contentType,
          blob: note.blob,
          duration_ms: note.durationMs,
          previewUrl: URL.createObjectURL(note.blob),
        },
      ]);
    },
    [i18n.language, message, roomFor, t],
  );

  const remove = useCallback((key: string) => {
    setItems((list) => {
      list.filter((a) => a.key === key).forEach(releasePreview);
      return list.filter((a) => a.key !== key);
    });
  }, []);

  const clear = useCallback(() => {
    current.current.forEach(releasePreview);
    setItems([]);
  }, []);

  /** Puts the server's refusals (by index in the list sent) on the attachments. */
  const setErrors = useCallback((errors: Map<number, string>) => {
    setItems((list) => list.map((a, i) => ({ ...a, error: errors.get(i) })));
  }, []);

  return { items, addFiles, addVoice, remove, clear, setErrors };
}
