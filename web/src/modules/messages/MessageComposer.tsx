import { SendOutlined } from '@ant-design/icons';
import { App, Button, Flex, Mentions, Space, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../http/ApiError';
import { indexedFieldErrors } from '../http/indexedFieldErrors';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { AttachFileButton } from './AttachFileButton';
import { bodyTooLong } from './bodyLimit';
import { readBase64 } from './dataUrl';
import type { NewMessage } from './messagesApi';
import { PendingAttachments } from './PendingAttachments';
import type { NewAttachment } from './types';
import { useMentionOptions } from './useMentionOptions';
import { usePendingAttachments } from './usePendingAttachments';
import { VoiceRecorder } from './VoiceRecorder';

type Props = {
  /** Resolves when the server took the message; rejects with its ApiError otherwise. */
  onSend: (message: NewMessage) => Promise<unknown>;
  sending: boolean;
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Writes a message: text with @mentions, files and voice notes; Ctrl/⌘+Enter sends. */
export function MessageComposer({ onSend, sending }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const attachments = usePendingAttachments();
  const mentions = useMentionOptions();
  const busy = sending || reading;
  const empty = body.trim() === '' && attachments.items.length === 0;

  const send = async () => {
    if (busy || empty) return;
    if (bodyTooLong(body)) {
      setBodyError(t('messages.bodyTooLong'));
      return;
    }
    setBodyError(null);
    let encoded: NewAttachment[];
    setReading(true);
    try {
      encoded = await Promise.all(
        attachments.items.map(async (a) => ({
          kind: a.kind,
          file_name: a.file_name,
          content_type: a.content_type,
          data_base64: await readBase64(a.blob),
          ...(a.kind === 'voice' ? { duration_ms: a.duration_ms } : {}),
        })),
      );
    } catch {
      message.error(t('messages.readFailed'));
      return;
    } finally {
      setReading(false);
    }
    try {
      await onSend({ body, ...(encoded.length ? { attachments: encoded } : {}) });
      setBody('');
      attachments.clear();
    } catch (error) {
      if (isApiError(error) && error.status === 422 && error.errors.length > 0) {
        const { rows, general } = indexedFieldErrors(error.errors, 'attachments');
        attachments.setErrors(new Map([...rows].map(([i, fields]) => [i, Object.values(fields)[0].message])));
        if (general.length) setBodyError(general.map((e) => e.message).join(' '));
        return;
      }
      handleError(error);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <div className="message-composer" data-testid="message-composer">
      <Mentions
        value={body}
        onChange={(text) => {
          setBody(text);
          if (bodyError) setBodyError(null);
        }}
        onKeyDown={onKeyDown}
        onSearch={(text) => mentions.onSearch(text)}
        options={mentions.options}
        loading={mentions.loading}
        filterOption={false}
        notFoundContent={t('messages.noMentionMatch')}
        placement="top"
        autoSize={{ minRows: 2, maxRows: 8 }}
        placeholder={t('messages.placeholder')}
        status={bodyError ? 'error' : undefined}
        disabled={sending}
        aria-label={t('messages.placeholder')}
        data-testid="message-input"
      />
      {bodyError ? (
        <Typography.Text type="danger" className="message-composer__error" data-testid="message-error">
          {bodyError}
        </Typography.Text>
      ) : null}
      <PendingAttachments items={attachments.items} onRemove={attachments.remove} disabled={busy} />
      <Flex justify="space-between" align="center" gap={8} wrap className="message-composer__bar">
        <Space wrap>
          <AttachFileButton disabled={busy} onFiles={attachments.addFiles} />
          <VoiceRecorder disabled={busy} onRecorded={attachments.addVoice} />
        </Space>
        <Space>
          <Typography.Text type="secondary" className="message-composer__hint">
            {t(isMac ? 'messages.sendHintMac' : 'messages.sendHint')}
          </Typography.Text>
          <Button type="primary" icon={<SendOutlined />} loading={busy} disabled={empty} onClick={() => void send()} data-testid="message-send">
            {t('messages.send')}
          </Button>
        </Space>
      </Flex>
    </div>
  );
}
