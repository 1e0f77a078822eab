import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import type { StageColumn } from './groupByStage';
import { LostReasonModal } from './LostReasonModal';
import { OpportunityCard } from './OpportunityCard';
import { OpportunityColumn } from './OpportunityColumn';
import type { Opportunity, OpportunityFilters, OpportunityStage } from './types';
import { useMoveOpportunity } from './useMoveOpportunity';
import { useStageLabel } from './useStageLabel';

type OpportunityKanbanProps = {
  columns: StageColumn[];
  /** The filters of the board's list query (the optimistic update edits that cache entry). */
  filters: OpportunityFilters;
  /** Closed stages whose cards the "open only" filter hides (still drop targets). */
  hiddenStages: Set<string>;
  draggable: boolean;
  onOpen: (opportunity: Opportunity) => void;
};

/** Pipeline columns; dragging a card to another column moves the deal to that stage. */
export function OpportunityKanban({ columns, filters, hiddenStages, draggable, onOpen }: OpportunityKanbanProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const label = useStageLabel();
  const move = useMoveOpportunity(filters);
  const [dragged, setDragged] = useState<Opportunity | null>(null);
  const [losing, setLosing] = useState<{ opportunity: Opportunity; stage: OpportunityStage } | null>(null);
  const sensors = useSensors(
    // A small movement before a drag starts, so a click still opens the card.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] } }),
  );

  const commit = (opportunity: Opportunity, stage: OpportunityStage, lostReason?: string) =>
    move.mutate(
      { opportunity, stage, lostReason },
      {
        onSuccess: () => message.success(t('opportunities.moved', { name: opportunity.name, stage: label(stage.key) })),
        // The card is back in its column; a 409 means someone else changed the deal first.
        onError: (error) => handleError(error, { conflictMessage: t('errors.conflict') }),
      },
    );

  const handleDragStart = (event: DragStartEvent) => {
    const opportunity = event.active.data.current?.opportunity as Opportunity | undefined;
    setDragged(opportunity ?? null);
  };

  const handleDragEnd = (event: DragEndEvent) => {
    setDragged(null);
    const opportunity = event.active.data.current?.opportunity as Opportunity | undefined;
    const stage = event.over?.data.current?.stage as OpportunityStage | undefined;
    if (!opportunity || !stage || stage.key === opportunity.stage) return;
    if (stage.outcome === 'lost') setLosing({ opportunity, stage });
    else commit(opportunity, stage);
  };

  return (
    <DndContext sensors={sensors} onDragStart={handleDragStart} onDragEnd={handleDragEnd} onDragCancel={() => setDragged(null)}>
      <div className="kanban" data-testid="opportunity-kanban">
        {columns.map((column) => (
          <OpportunityColumn
            key={column.stage.key}
            column={column}
            hidden={hiddenStages.has(column.stage.key)}
            draggable={draggable}
            onOpen={onOpen}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged ? <OpportunityCard opportunity={dragged} open overlay /> : null}
      </DragOverlay>
      <LostReasonModal
        name={losing?.opportunity.name ?? null}
        onCancel={() => setLosing(null)}
        onConfirm={(reason) => {
          if (losing) commit(losing.opportunity, losing.stage, reason);
          setLosing(null);
        }}
      />
    </DndContext>
  );
}
