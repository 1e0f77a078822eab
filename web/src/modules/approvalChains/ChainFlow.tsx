import type { NodeTypes } from '@xyflow/react';
import { useMemo } from 'react';
import { RuleFlow } from '../rules/RuleFlow';
import type { DraftStep } from './chainDraft';
import { ChainEndpointNode } from './ChainEndpointNode';
import { buildChainGraph, chainGraphHeight, stepKeyOf, stepNodeId } from './chainGraph';
import { NO_CHAIN_PROBLEMS, type ChainProblems } from './chainProblems';
import { ChainStepNode } from './ChainStepNode';
import { useChainStartText } from './useChainStartText';
import { useChainWords } from './useChainWords';

const nodeTypes: NodeTypes = { chainEndpoint: ChainEndpointNode, chainStep: ChainStepNode };

type ChainFlowProps = {
  steps: readonly DraftStep[];
  problems?: ChainProblems;
  selectedKey?: string | null;
  /** A click on a step (none: read only). */
  onSelect?: (key: string) => void;
  testId?: string;
};

/** The chain drawn with the designer's flow: start → the steps by seq → approved; as tall as it needs. */
export function ChainFlow({ steps, problems = NO_CHAIN_PROBLEMS, selectedKey, onSelect, testId = 'chain-flow' }: ChainFlowProps) {
  const start = useChainStartText();
  const words = useChainWords();
  const { nodes, edges } = useMemo(
    () =>
      buildChainGraph(steps, problems, {
        texts: { start: start.title, startDetail: start.detail, approved: start.approved, when: words.when },
        selectedId: selectedKey ? stepNodeId(selectedKey) : null,
        editable: !!onSelect,
      }),
    [steps, problems, start, words, selectedKey, onSelect],
  );
  // Fitted again when steps come, go, change column or grow a line, and when the panel beside
  // opens or closes (the flow's width changes), not on every keystroke.
  const graphHeight = chainGraphHeight(nodes);
  const fitKey = `${steps.map((s) => `${s.key}@${s.seq}`).join(' ')} ${graphHeight} ${selectedKey ? 'panel' : ''}`;
  const height = Math.min(640, Math.max(280, graphHeight + 90));
  const select = onSelect
    ? (nodeId: string) => {
        const key = stepKeyOf(nodeId);
        if (key) onSelect(key);
      }
    : undefined;
  return <RuleFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} fitKey={fitKey} fitPadding={0.06} onSelect={select} height={height} testId={testId} />;
}
