import { Tag } from 'antd';
import { stageColor } from './stageColor';
import { useOpportunityStages } from './useOpportunityStages';
import { useStageLabel } from './useStageLabel';

/** A pipeline stage by its label in the UI language, coloured by how far along it is. */
export function OpportunityStageTag({ stage }: { stage: string }) {
  const { data: stages } = useOpportunityStages();
  const label = useStageLabel();
  return (
    <Tag color={stageColor(stages?.find((s) => s.key === stage))} bordered={false} data-testid="opportunity-stage">
      {label(stage)}
    </Tag>
  );
}
