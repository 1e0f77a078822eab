import { HistoryOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Flex, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VersionList } from '../rules/VersionList';
import { draftFromSteps } from './chainDraft';
import { ChainFlow } from './ChainFlow';
import type { ApprovalChain, ChainStep } from './types';

type ChainVersionsProps = { chain: ApprovalChain; editable: boolean; onRestore: (steps: ChainStep[], version: number) => void };

/** The saved versions, newest first; the one picked is drawn read only and may be restored into the editor. */
export function ChainVersions({ chain, editable, onRestore }: ChainVersionsProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState(chain.versions[0]?.version);
  const current = chain.versions.find((v) => v.version === picked);
  const steps = useMemo(() => draftFromSteps(current?.steps ?? []), [current]);

  if (!chain.versions.length) return <Empty description={t('rules.versions.empty')} />;
  return (
    <Row gutter={16} data-testid="chain-versions">
      <Col xs={24} md={6}>
        <VersionList versions={chain.versions} current={chain.version} picked={picked} onPick={setPicked} testIdPrefix="chain-version" />
      </Col>
      <Col xs={24} md={18}>
        {current ? (
          <div data-testid="chain-version-view">
            <Flex justify="space-between" align="center" gap={12} style={{ marginBottom: 12 }}>
              <Typography.Text strong>{t('approvalChain.versions.viewing', { version: current.version })}</Typography.Text>
              {editable && current.version !== chain.version ? (
                <Button icon={<HistoryOutlined />} onClick={() => onRestore(current.steps, current.version)} data-testid="chain-version-restore">
                  {t('approvalChain.versions.restore')}
                </Button>
              ) : null}
            </Flex>
            <ChainFlow key={current.version} steps={steps} testId="chain-version-flow" />
          </div>
        ) : null}
      </Col>
    </Row>
  );
}
