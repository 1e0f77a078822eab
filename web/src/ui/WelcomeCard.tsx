import { Avatar, Card, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';

type WelcomeCardProps = {
  title: string;
  name: string;
  details: { label: string; value: ReactNode }[];
  note?: string;
};

/** The greeting banner at the top of Home. */
export function WelcomeCard({ title, name, details, note }: WelcomeCardProps) {
  return (
    <Card className="welcome-card" data-testid="welcome-card">
      <Flex align="center" gap={20} wrap>
        <Avatar size={64} className="welcome-card__avatar">
          {name.slice(0, 1).toUpperCase()}
        </Avatar>
        <div style={{ flex: 1, minWidth: 240 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {note ? (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {note}
            </Typography.Text>
          ) : null}
          <Space size={[8, 8]} wrap style={{ marginTop: 12 }}>
            {details.map((d) => (
              <Tag key={d.label} className="welcome-card__tag">
                <span className="welcome-card__tag-label">{d.label}</span> {d.value}
              </Tag>
            ))}
          </Space>
        </div>
      </Flex>
    </Card>
  );
}
