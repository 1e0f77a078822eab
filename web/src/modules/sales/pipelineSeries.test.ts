import { describe, expect, it } from 'vitest';
import { pipelineSeries } from './pipelineSeries';
import type { PipelineStage } from './types';

const stage = (key: string, zh: string, en: string, count: number, amount: number, weighted: number): PipelineStage => ({
  stage: key,
  label_zh: zh,
  label_en: en,
  count,
  amount,
  weighted_amount: weighted,
});

const pipeline = [stage('lead', '线索', 'Lead', 3, 300000, 30000), stage('proposal', '方案', '', 2, 500000, 250000)];

describe('pipelineSeries', () => {
  it('keeps the pipeline order and names stages in Chinese for zh', () => {
    expect(pipelineSeries(pipeline, 'zh-CN')).toEqual({
      labels: ['线索', '方案'],
      amounts: [300000, 500000],
      weighted: [30000, 250000],
      counts: [3, 2],
    });
  });

  it('uses English labels otherwise, falling back to the stage key', () => {
    expect(pipelineSeries(pipeline, 'en-US').labels).toEqual(['Lead', 'proposal']);
  });

  it('is empty for no stages', () => {
    expect(pipelineSeries([], 'en-US')).toEqual({ labels: [], amounts: [], weighted: [], counts: [] });
  });
});
