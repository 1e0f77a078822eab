import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

type PageContainerProps = {
  title: ReactNode;
  subtitle?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
};

/** The frame of every page: a title row with actions, then the content. */
export function PageContainer({ title, subtitle, extra, children, testId }: PageContainerProps) {
  return (
    <div className="page-container" data-testid={testId}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap className="page-container__head">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle ? (
            <Typography.Text type="secondary" className="page-container__subtitle">
              {subtitle}
            </Typography.Text>
          ) : null}
        </div>
        {extra ? <Flex gap={8}>{extra}</Flex> : null}
      </Flex>
      {children}
    </div>
  );
}
