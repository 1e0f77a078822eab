import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recordPath } from '../../ui/recordPath';
import type { ThreadRef } from './threadRef';
import { useThread } from './useThread';

/** The open thread's name and, for a record's thread, a link to the record. */
export function ThreadHeader({ threadRef, fallbackLabel }: { threadRef: ThreadRef; fallbackLabel?: string }) {
  const { t } = useTranslation();
  const thread = useThread(threadRef).data?.pages[0]?.thread;
  const label = thread?.label || fallbackLabel || t('messages.title');
  const path = thread?.kind === 'record' ? recordPath(thread.object, thread.object_id) : null;
  return (
    <Flex justify="space-between" align="center" gap={12} wrap className="thread-header">
      <Typography.Title level={5} style={{ margin: 0 }} ellipsis data-testid="thread-title">
        {label}
      </Typography.Title>
      {path && thread?.object ? (
        <Link to={path} data-testid="thread-record-link">
          {t('messages.openRecord', { kind: t(`records.${thread.object}`, { defaultValue: thread.object }) })} <ArrowRightOutlined />
        </Link>
      ) : null}
    </Flex>
  );
}
