import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityStage } from './types';
import { useOpportunityStages } from './useOpportunityStages';

/** A stage key → its label in the UI language (the key itself while stages load or when unknown). */
export function useStageLabel(): (key: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const { data: stages } = useOpportunityStages();
  return useCallback(
    (key) => {
      if (!key) return '';
      const stage = stages?.find((s) => s.key === key);
      return stage ? stageLabel(stage, i18n.language) : key;
    },
    [stages, i18n.language],
  );
}

function stageLabel(stage: OpportunityStage, language: string): string {
  return language.startsWith('zh') ? stage.label_zh : stage.label_en;
}
