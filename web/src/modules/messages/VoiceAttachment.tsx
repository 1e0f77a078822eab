import { AudioOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDuration } from './formatDuration';
import { attachmentUrl } from './messagesApi';
import type { MessageAttachment } from './types';

/** A voice note: the browser's player and the length the sender recorded. */
export function VoiceAttachment({ attachment }: { attachment: MessageAttachment }) {
  const { t } = useTranslation();
  return (
    <div className="message-voice" data-testid="message-voice">
      <AudioOutlined className="message-voice__icon" aria-hidden />
      <audio controls preload="metadata" src={attachmentUrl(attachment.id)} aria-label={t('messages.voiceNote')}>
        <a href={attachmentUrl(attachment.id)} download={attachment.file_name}>
          {attachment.file_name}
        </a>
      </audio>
      <Typography.Text type="secondary" className="num">
        {formatDuration(attachment.duration_ms)}
      </Typography.Text>
    </div>
  );
}
