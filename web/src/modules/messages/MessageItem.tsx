import { Avatar, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import { MessageAttachments } from './MessageAttachments';
import { MessageBody } from './MessageBody';
import type { Message } from './types';

type Props = { message: Message; own: boolean };

/** One message: who and when, the text and the attachments; the caller's own on the right. */
export function MessageItem({ message, own }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const system = !message.author_id;
  const name = system ? t('messages.system') : message.author_name;
  return (
    <li className={`message${own ? ' message--own' : ''}${system ? ' message--system' : ''}`} data-testid="message">
      <Avatar size={32} className="message__avatar" aria-hidden>
        {name.slice(0, 1).toUpperCase()}
      </Avatar>
      <div className="message__main">
        <div className="message__meta">
          <Typography.Text strong className="message__author">
            {name}
          </Typography.Text>
          <Typography.Text type="secondary" className="message__time num">
            {formatDateTime(message.created_at)}
          </Typography.Text>
        </div>
        <div className="message__bubble">
          <MessageBody body={message.body} />
          <MessageAttachments attachments={message.attachments} />
        </div>
      </div>
    </li>
  );
}
