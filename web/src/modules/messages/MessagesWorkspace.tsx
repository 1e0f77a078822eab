import './messages.css';
import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Skeleton, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { InboxList } from './InboxList';
import { NewDirectMessageModal } from './NewDirectMessageModal';
import { ThreadHeader } from './ThreadHeader';
import type { ThreadRef } from './threadRef';
import { ThreadView } from './ThreadView';
import { useInbox } from './useInbox';

/**
 * The messages page: the inbox on the left, the open thread on the right. The thread is in
 * the URL (`?thread=ID`, as notifications link to it; `?user=ID` for a new direct message).
 */
export function MessagesWorkspace() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [picking, setPicking] = useState(false);
  // The name of the person a new direct message goes to (there is no thread to name it yet).
  const [peer, setPeer] = useState<{ id: string; name: string } | null>(null);
  const inbox = useInbox();
  const threadId = params.get('thread');
  const userId = params.get('user');
  const threadRef: ThreadRef | null = threadId ? { thread_id: threadId } : userId ? { user_id: userId } : null;
  const selected = inbox.data?.items.find((i) => i.id === threadId);
  // Until the thread has loaded: its inbox label, or the person a new direct message goes to.
  const fallbackLabel = selected?.label ?? (userId ? (peer?.id === userId ? peer.name : t('messages.direct')) : undefined);

  const openThread = (id: string) => setParams({ thread: id }, { replace: !!userId });

  return (
    <Row gutter={[16, 16]} className="messages-workspace" data-testid="messages-workspace">
      <Col xs={24} lg={8} xxl={7}>
        <Card
          title={t('messages.inbox')}
          className="messages-inbox"
          styles={{ body: { padding: 8 } }}
          extra={
            <>
              <Tooltip title={t('common.refresh')}>
                <Button type="text" icon={<ReloadOutlined />} onClick={() => void inbox.refetch()} loading={inbox.isFetching} aria-label={t('common.refresh')} />
              </Tooltip>
              <Button type="primary" icon={<EditOutlined />} onClick={() => setPicking(true)} data-testid="messages-new-direct">
                {t('messages.newDirect')}
              </Button>
            </>
          }
        >
          {inbox.isPending ? (
            <Skeleton active avatar paragraph={{ rows: 2 }} />
          ) : (
            <InboxList items={inbox.data?.items ?? []} selectedId={threadId} onSelect={(item) => openThread(item.id)} />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={16} xxl={17}>
        <Card className="messages-thread" title={threadRef ? <ThreadHeader key={threadId ?? userId} threadRef={threadRef} fallbackLabel={fallbackLabel} /> : t('messages.title')}>
          {threadRef ? (
            <ThreadView
              key={threadId ?? `user-${userId}`}
              threadRef={threadRef}
              emptyText={userId ? t('messages.emptyDirect') : undefined}
              onThread={(thread) => {
                if (!threadId) openThread(thread.id);
              }}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('messages.pickThread')} className="messages-thread__none" />
          )}
        </Card>
      </Col>
      <NewDirectMessageModal
        open={picking}
        onClose={() => setPicking(false)}
        onPick={(id, name) => {
          setPicking(false);
          setPeer({ id, name });
          setParams({ user: id });
        }}
      />
    </Row>
  );
}
