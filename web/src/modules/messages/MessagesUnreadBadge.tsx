import './messages.css';
import { Badge } from 'antd';
import { useInbox } from './useInbox';
import { useLiveInbox } from './useLiveInbox';

/** The number of unread messages next to the Messages menu item. */
export function MessagesUnreadBadge() {
  const { data } = useInbox();
  useLiveInbox();
  const unread = data?.unread ?? 0;
  if (!unread) return null;
  return <Badge count={unread} size="small" overflowCount={99} className="menu-badge" data-testid="messages-unread" />;
}
