import type { PipelineStage } from './types';

export type PipelineSeries = {
  labels: string[];
  amounts: number[];
  weighted: number[];
  counts: number[];
};

/** The pipeline stages as parallel chart columns, each stage named in the UI language. */
export function pipelineSeries(pipeline: readonly PipelineStage[], language: string): PipelineSeries {
  const zh = language.startsWith('zh');
  return {
    labels: pipeline.map((s) => (zh ? s.label_zh : s.label_en) || s.stage),
    amounts: pipeline.map((s) => s.amount),
    weighted: pipeline.map((s) => s.weighted_amount),
    counts: pipeline.map((s) => s.count),
  };
}
