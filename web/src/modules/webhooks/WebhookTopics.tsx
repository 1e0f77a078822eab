import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A subscription's topics as tags (`*` says "all events"). */
export function WebhookTopics({ topics }: { topics: string[] }) {
  const { t } = useTranslation();
  return (
    <span className="webhook-topics">
      {topics.map((topic) => (
        <Tag key={topic} color={topic === '*' ? 'purple' : undefined} className="num">
          {topic === '*' ? t('webhooks.allTopics') : topic}
        </Tag>
      ))}
    </span>
  );
}
