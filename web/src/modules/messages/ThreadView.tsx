import './messages.css';
import { Alert, Button, Empty, Flex, Result, Skeleton } from 'antd';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { describeApiError } from '../http/describeApiError';
import { useLiveRecord } from '../realtime/useLiveRecord';
import { MessageComposer } from './MessageComposer';
import { MessageList } from './MessageList';
import { threadQueryKey } from './queryKeys';
import { threadMessages } from './threadPages';
import type { ThreadRef } from './threadRef';
import type { Thread } from './types';
import { usePostMessage } from './usePostMessage';
import { useThread } from './useThread';

type Props = {
  threadRef: ThreadRef;
  /** Shown when nobody has written yet. */
  emptyText?: ReactNode;
  /** Told the thread once it exists (a direct thread by person gets its id with the first message). */
  onThread?: (thread: Thread) => void;
};

/**
 * A thread: "load earlier", the messages, and the composer. It watches `thread:<id>` over
 * the WebSocket (or its record, until the thread exists), so others' messages appear as
 * they are posted.
 */
export function ThreadView({ threadRef, emptyText, onThread }: Props) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const query = useThread(threadRef);
  const post = usePostMessage(threadRef);
  const thread = query.data?.pages[0]?.thread ?? null;
  useLiveRecord('thread', thread?.id, [threadQueryKey(threadRef)]);
  // Before the first message there is no thread to watch: the record's own watch hears it
  // (the server tells a record's watchers about messages on its thread).
  const record = 'object' in threadRef && !thread ? threadRef : undefined;
  useLiveRecord(record?.object ?? 'thread', record?.object_id, [threadQueryKey(threadRef)]);
  const messages = useMemo(() => threadMessages(query.data?.pages ?? []), [query.data]);
  // Once per thread, not on every render of the parent.
  const latest = useRef({ thread, onThread });
  latest.current = { thread, onThread };
  const threadId = thread?.id;
  useEffect(() => {
    const { thread: known, onThread: tell } = latest.current;
    if (threadId && known) tell?.(known);
  }, [threadId]);

  if (query.isPending) return <Skeleton active avatar paragraph={{ rows: 3 }} />;
  if (query.isError && !query.data) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'warning'}
        title={notFound ? t('messages.notFound') : t('errors.loadFailed')}
        subTitle={!notFound && isApiError(query.error) ? describeApiError(query.error, t) : undefined}
        extra={
          notFound ? undefined : (
            <Button onClick={() => void query.refetch()}>{t('common.retry')}</Button>
          )
        }
      />
    );
  }

  return (
    <div className="thread-view" data-testid="thread-view">
      {query.hasNextPage ? (
        <Flex justify="center" className="thread-view__earlier">
          <Button size="small" type="link" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} data-testid="thread-load-earlier">
            {t('messages.loadEarlier')}
          </Button>
        </Flex>
      ) : null}
      {messages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('messages.empty')} className="thread-view__empty" />
      ) : (
        <MessageList messages={messages} meId={me?.user.id} />
      )}
      {query.isError ? <Alert type="warning" showIcon banner title={t('messages.refreshFailed')} /> : null}
      <MessageComposer
        sending={post.isPending}
        onSend={(message) => post.mutateAsync(message)}
      />
    </div>
  );
}
