import { ContactsOutlined, FileDoneOutlined, FileTextOutlined, MessageOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Badge, Empty, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import type { InboxItem } from './types';

const RECORD_ICONS: Record<string, ReactNode> = {
  customer: <ContactsOutlined />,
  quote: <FileDoneOutlined />,
  order: <FileTextOutlined />,
};

type Props = {
  items: InboxItem[];
  selectedId: string | null;
  onSelect: (item: InboxItem) => void;
};

/** The caller's threads, latest first: who or what, unread count and the time of the last message. */
export function InboxList({ items, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('messages.inboxEmpty')} />;
  return (
    <ul className="inbox-list" data-testid="inbox-list">
      {items.map((item) => {
        const direct = item.kind === 'direct';
        const icon = direct ? <UserOutlined /> : (RECORD_ICONS[item.object ?? ''] ?? <MessageOutlined />);
        const kindLabel = direct ? t('messages.direct') : t(`records.${item.object}`, { defaultValue: item.object ?? '' });
        return (
          <li key={item.id}>
            <button
              type="button"
              className={`inbox-item${item.id === selectedId ? ' inbox-item--selected' : ''}${item.unread ? ' inbox-item--unread' : ''}`}
              onClick={() => onSelect(item)}
              aria-current={item.id === selectedId ? 'true' : undefined}
              data-testid="inbox-item"
            >
              <Avatar size={36} icon={icon} className={`inbox-item__avatar inbox-item__avatar--${direct ? 'direct' : 'record'}`} />
              <span className="inbox-item__main">
                <span className="inbox-item__label">{item.label}</span>
                <Typography.Text type="secondary" className="inbox-item__meta">
                  {kindLabel} · <span className="num">{formatDateTime(item.last_message_at)}</span>
                </Typography.Text>
              </span>
              <Badge count={item.unread} size="small" overflowCount={99} />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
