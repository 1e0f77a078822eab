import { CloseOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes } from './formatBytes';
import { formatDuration } from './formatDuration';
import type { PendingAttachment } from './pendingAttachment';

type Props = { items: PendingAttachment[]; onRemove: (key: string) => void; disabled?: boolean };

/** What goes with the message: images as small previews, voice notes with a player to listen first. */
export function PendingAttachments({ items, onRemove, disabled }: Props) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return null;
  return (
    <ul className="pending-attachments" data-testid="pending-attachments">
      {items.map((a) => (
        <li key={a.key} className={`pending-attachment${a.error ? ' pending-attachment--error' : ''}`}>
          <div className="pending-attachment__row">
            {a.kind === 'voice' && a.previewUrl ? (
              <audio controls src={a.previewUrl} className="pending-attachment__audio" aria-label={t('messages.voiceNote')} data-testid="voice-preview" />
            ) : a.previewUrl ? (
              <img src={a.previewUrl} alt="" className="pending-attachment__thumb" />
            ) : (
              <PaperClipOutlined className="pending-attachment__icon" aria-hidden />
            )}
            <span className="pending-attachment__name">{a.kind === 'voice' ? t('messages.voiceNote') : a.file_name}</span>
            <Typography.Text type="secondary" className="num pending-attachment__size">
              {a.kind === 'voice' ? `${formatDuration(a.duration_ms)} · ` : ''}
              {formatBytes(a.blob.size, i18n.language)}
            </Typography.Text>
            <Button
              size="small"
              type="text"
              icon={<CloseOutlined />}
              disabled={disabled}
              onClick={() => onRemove(a.key)}
              aria-label={t('messages.removeAttachment', { name: a.file_name })}
            />
          </div>
          {a.error ? (
            <Typography.Text type="danger" className="pending-attachment__error" data-testid="attachment-error">
              {a.error}
            </Typography.Text>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
