import { MessageOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { ThreadView } from './ThreadView';

type Props = {
  /** `customer`, `quote` or `order`. */
  object: string;
  objectId: string;
  /** `plain` inside a tab or another card. */
  variant?: 'card' | 'plain';
};

/** The discussion of a record: everyone who may read the record may read and write here. */
export function RecordThread({ object, objectId, variant = 'card' }: Props) {
  const { t } = useTranslation();
  const view = <ThreadView threadRef={{ object, object_id: objectId }} emptyText={t('messages.emptyRecord')} />;
  if (variant === 'plain') {
    return (
      <div className="record-thread" data-testid="record-thread">
        {view}
      </div>
    );
  }
  return (
    <Card
      title={
        <span>
          <MessageOutlined /> {t('messages.discussion')}
        </span>
      }
      className="record-thread"
      data-testid="record-thread"
    >
      {view}
    </Card>
  );
}
