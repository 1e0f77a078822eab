import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatDateTime } from '../auth/useFormatDateTime';
import type { Notification } from './types';
import { useLiveNotifications } from './useLiveNotifications';
import { useNotificationMutations } from './useNotificationMutations';
import { useNotifications } from './useNotifications';

/** Header bell: unread badge and a popover with the latest notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatDateTime = useFormatDateTime();
  const [open, setOpen] = useState(false);
  const { data, isLoading, isError } = useNotifications();
  const { markRead, markAllRead } = useNotificationMutations();
  useLiveNotifications();

  const unread = data?.unread ?? 0;
  const items = data?.items ?? [];

  const handleClick = (item: Notification) => {
    if (!item.read) markRead.mutate(item.id);
    // Only in-app links: never follow an absolute URL from a notification.
    if (item.link && item.link.startsWith('/') && !item.link.startsWith('//')) {
      setOpen(false);
      void navigate(item.link);
    }
  };

  const content = (
    <div className="notification-panel" data-testid="notification-panel">
      <Flex justify="space-between" align="center" className="notification-panel__head">
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={unread === 0}
          loading={markAllRead.isPending}
          onClick={() => markAllRead.mutate()}
          data-testid="notifications-read-all"
        >
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {isLoading ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={isError ? t('notifications.unavailable') : t('notifications.empty')}
        />
      ) : (
        <ul className="notification-panel__list">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={`notification-item${item.read ? '' : ' notification-item--unread'}`}
                onClick={() => handleClick(item)}
              >
                <span className="notification-item__title">{item.title}</span>
                {item.body ? <span className="notification-item__body">{item.body}</span> : null}
                <span className="notification-item__time">{formatDateTime(item.created_at)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={content}
      arrow={false}
    >
      <Button type="text" aria-label={t('notifications.title')} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
