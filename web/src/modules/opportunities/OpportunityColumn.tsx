import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../ui/useFormatMoney';
import type { StageColumn } from './groupByStage';
import { OpportunityCard } from './OpportunityCard';
import { stageColor } from './stageColor';
import type { Opportunity } from './types';
import { useStageLabel } from './useStageLabel';

type OpportunityColumnProps = {
  column: StageColumn;
  /** Cards of this stage are not shown (the "open only" filter hides closed stages' cards). */
  hidden?: boolean;
  /** Cards may be dragged (the user may update opportunities). */
  draggable: boolean;
  onOpen: (opportunity: Opportunity) => void;
};

/** One stage of the kanban: a drop target with its count and total, and its cards. */
export function OpportunityColumn({ column, hidden = false, draggable, onOpen }: OpportunityColumnProps) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const label = useStageLabel();
  const { stage, items } = column;
  const { setNodeRef, isOver, active } = useDroppable({ id: `stage:${stage.key}`, data: { stage } });
  const currency = items[0]?.currency ?? 'CNY';
  const isSource = active?.data.current?.stage === stage.key;
  const classes = [
    'kanban-column',
    `kanban-column--${stage.outcome}`,
    isOver && !isSource ? 'kanban-column--over' : '',
    active && !isSource ? 'kanban-column--target' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <section ref={setNodeRef} className={classes} data-testid={`kanban-column-${stage.key}`} aria-label={label(stage.key)}>
      <header className={`kanban-column__head kanban-column__head--${stageColor(stage)}`}>
        <div className="kanban-column__title">
          <span>{label(stage.key)}</span>
          <span className="kanban-column__count num" data-testid="kanban-count">
            {hidden ? '—' : column.count}
          </span>
        </div>
        <div className="kanban-column__total num" title={t('opportunities.columnTotal')}>
          {hidden ? <Typography.Text type="secondary">{t('opportunities.closedHidden')}</Typography.Text> : formatMoney(column.amount, currency)}
        </div>
        {!hidden && stage.outcome === 'open' ? (
          <div className="kanban-column__weighted num">
            {t('opportunities.weightedShort', { amount: formatMoney(column.weighted, currency) })}
          </div>
        ) : null}
      </header>
      <div className="kanban-column__body">
        {items.map((o) => (
          <DraggableCard key={o.id} opportunity={o} open={stage.outcome === 'open'} draggable={draggable} onOpen={onOpen} />
        ))}
        {items.length === 0 ? (
          <Empty
            className="kanban-column__empty"
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={hidden ? t('opportunities.dropToClose') : t('opportunities.columnEmpty')}
          />
        ) : null}
      </div>
    </section>
  );
}

type DraggableCardProps = {
  opportunity: Opportunity;
  open: boolean;
  draggable: boolean;
  onOpen: (opportunity: Opportunity) => void;
};

function DraggableCard({ opportunity, open, draggable, onOpen }: DraggableCardProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: opportunity.id,
    data: { opportunity, stage: opportunity.stage },
    disabled: !draggable,
  });
  return (
    <OpportunityCard
      ref={setNodeRef}
      opportunity={opportunity}
      open={open}
      placeholder={isDragging}
      {...attributes}
      {...listeners}
      onClick={() => onOpen(opportunity)}
      onKeyDown={(event) => {
        listeners?.onKeyDown?.(event);
        if (event.key === 'Enter' && !event.defaultPrevented) onOpen(opportunity);
      }}
    />
  );
}
