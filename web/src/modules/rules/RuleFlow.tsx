import { Background, Controls, ReactFlow, useReactFlow, type Edge, type Node, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect } from 'react';
import { ActionNode } from './ActionNode';
import { AddActionNode } from './AddActionNode';
import { ConditionNode } from './ConditionNode';
import type { RuleNode } from './ruleGraph';
import { TriggerNode } from './TriggerNode';

const ruleNodeTypes: NodeTypes = { trigger: TriggerNode, condition: ConditionNode, action: ActionNode, add: AddActionNode };

type RuleFlowProps = {
  nodes: RuleNode[] | Node[];
  edges: Edge[];
  /** The kinds of node drawn (default: a rule's). */
  nodeTypes?: NodeTypes;
  /** The view is fitted again when this changes (default: the number of nodes). */
  fitKey?: string | number;
  /** Room around the fitted flow, as a share of its size. */
  fitPadding?: number;
  /** A click on a node (none: read only). */
  onSelect?: (nodeId: string) => void;
  height?: number;
  testId?: string;
};

/** Fits the flow into view again when nodes come or go (an action added or removed). */
function FitOnChange({ fitKey, padding }: { fitKey: string | number; padding: number }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const timer = setTimeout(() => void fitView({ padding, maxZoom: 1, duration: 200 }), 30);
    return () => clearTimeout(timer);
  }, [fitKey, fitView, padding]);
  return null;
}

/**
 * A rule drawn as a flow (trigger → condition → actions), or another diagram of the designer
 * (the approval chain) with its own node types; nodes cannot be dragged or wired by hand.
 */
export function RuleFlow({ nodes, edges, nodeTypes = ruleNodeTypes, fitKey, fitPadding = 0.15, onSelect, height = 560, testId = 'rule-flow' }: RuleFlowProps) {
  return (
    <div className="rule-flow" style={{ height }} data-testid={testId}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={onSelect ? (_, node) => onSelect(node.id) : undefined}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={!!onSelect}
        edgesFocusable={false}
        fitView
        fitViewOptions={{ padding: fitPadding, maxZoom: 1 }}
        minZoom={0.3}
        maxZoom={1.5}
        // The page keeps its wheel: the flow pans by dragging and zooms with the buttons.
        zoomOnScroll={false}
        preventScrolling={false}
      >
        <Background gap={18} color="#dfe4ec" />
        <Controls showInteractive={false} position="bottom-right" />
        <FitOnChange fitKey={fitKey ?? nodes.length} padding={fitPadding} />
      </ReactFlow>
    </div>
  );
}
