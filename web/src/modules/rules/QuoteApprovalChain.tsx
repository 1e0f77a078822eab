import { EditOutlined } from '@ant-design/icons';
import { Background, ReactFlow, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Alert, Button, Card, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPct } from '../../ui/formatPct';
import { useFormatMoney } from '../../ui/useFormatMoney';
import { useAuthorityLimits } from '../authorityLimits/useAuthorityLimits';
import { buildApprovalChain, chainLimits } from './approvalChain';
import { ChainNode } from './ChainNode';

const nodeTypes: NodeTypes = { chain: ChainNode };

/**
 * The quote approval chain as the server computes it from the power list (read only):
 * within the rep's authority → approved; else the zone manager, and beyond the manager's
 * authority or above the total threshold the sales director too. Edited as authority limits.
 */
export function QuoteApprovalChain() {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const limits = useAuthorityLimits();
  const figures = useMemo(() => chainLimits(limits.data?.items ?? []), [limits.data]);
  const graph = useMemo(() => {
    const pct = (v: number | null) => (v === null ? '—' : formatPct(v, i18n.language));
    const above = figures.directorAbove === null ? t('rules.chain.never') : formatMoney(figures.directorAbove, 'CNY', { whole: true });
    return buildApprovalChain({
      submitted: t('rules.chain.submitted'),
      withinRep: t('rules.chain.withinRep'),
      withinRepDetail: t('rules.chain.withinRepDetail', { pct: pct(figures.repMaxPct), amount: above }),
      manager: t('roles.zone_manager'),
      beyondManager: t('rules.chain.beyondManager'),
      beyondManagerDetail: t('rules.chain.beyondManagerDetail', { pct: pct(figures.managerMaxPct), amount: above }),
      director: t('roles.sales_director'),
      approved: t('rules.chain.approved'),
      yes: t('rules.chain.yes'),
      no: t('rules.chain.no'),
    });
  }, [figures, t, i18n.language, formatMoney]);

  return (
    <Card
      title={t('rules.chain.title')}
      extra={
        <Link to="/settings/authority-limits" data-testid="chain-edit-limits">
          <Button size="small" icon={<EditOutlined />}>
            {t('rules.chain.edit')}
          </Button>
        </Link>
      }
      data-testid="quote-approval-chain"
    >
      {limits.isLoading ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <>
          <div className="chain-flow" data-testid="chain-flow">
            <ReactFlow
              nodes={graph.nodes}
              edges={graph.edges}
              nodeTypes={nodeTypes}
              nodesDraggable={false}
              nodesConnectable={false}
              elementsSelectable={false}
              nodesFocusable={false}
              edgesFocusable={false}
              panOnDrag={false}
              zoomOnScroll={false}
              zoomOnPinch={false}
              zoomOnDoubleClick={false}
              preventScrolling={false}
              fitView
              fitViewOptions={{ padding: 0.08, maxZoom: 1 }}
            >
              <Background gap={18} color="#eef1f6" />
            </ReactFlow>
          </div>
          <Typography.Paragraph type="secondary" className="chain-notes">
            {t('rules.chain.notes')}
            {figures.overrides > 0 ? ` ${t('rules.chain.overrides', { count: figures.overrides })}` : ''}
          </Typography.Paragraph>
          {limits.error ? <Alert type="warning" showIcon title={t('rules.chain.noLimits')} /> : null}
        </>
      )}
    </Card>
  );
}
