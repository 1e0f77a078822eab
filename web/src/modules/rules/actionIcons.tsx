import { ApiOutlined, AuditOutlined, BellOutlined, CarryOutOutlined, EditOutlined, MessageOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

/** The icon of each kind of action (nodes, the add panel). */
export const ACTION_ICONS: Record<string, ReactNode> = {
  create_task: <CarryOutOutlined />,
  notify: <BellOutlined />,
  set_field: <EditOutlined />,
  post_message: <MessageOutlined />,
  call_webhook: <ApiOutlined />,
  start_approval: <AuditOutlined />,
};
