import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

type QuickLinkCardProps = { icon: ReactNode; title: string; description?: string; onOpen: () => void; testId?: string };

/** A clickable tile leading to one page. */
export function QuickLinkCard({ icon, title, description, onOpen, testId }: QuickLinkCardProps) {
  return (
    <Card hoverable className="quick-link" onClick={onOpen} data-testid={testId} styles={{ body: { padding: 18 } }}>
      <div className="quick-link__icon">{icon}</div>
      <Typography.Text strong className="quick-link__title">
        {title}
      </Typography.Text>
      {description ? (
        <Typography.Text type="secondary" className="quick-link__text">
          {description}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
