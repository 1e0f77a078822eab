import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpportunityStage } from './types';

/** The open stages, then the outcome: where the deal stands (lost shows as a red last step). */
export function OpportunityStageSteps({ stages, current }: { stages: OpportunityStage[]; current: string }) {
  const { i18n } = useTranslation();
  const label = (s: OpportunityStage) => (i18n.language.startsWith('zh') ? s.label_zh : s.label_en);
  const open = stages.filter((s) => s.outcome === 'open');
  const won = stages.find((s) => s.outcome === 'won');
  const here = stages.find((s) => s.key === current);
  const outcome = here && here.outcome !== 'open' ? here : won;
  const steps = [...open, ...(outcome ? [outcome] : [])];
  const index = Math.max(0, steps.findIndex((s) => s.key === current));
  return (
    <Steps
      data-testid="opportunity-steps"
      size="small"
      current={index}
      status={here?.outcome === 'lost' ? 'error' : here?.outcome === 'won' ? 'finish' : 'process'}
      items={steps.map((s) => ({ title: label(s), description: `${s.probability}%` }))}
    />
  );
}
