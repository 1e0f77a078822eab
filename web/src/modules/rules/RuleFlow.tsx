import { Background, Controls, ReactFlow, useReactFlow, type Edge, type NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect } from 'react';
import { ActionNode } from './ActionNode';
import { AddActionNode } from './AddActionNode';
import { ConditionNode } from './ConditionNode';
import type { RuleNode } from './ruleGraph';
import { TriggerNode } from './TriggerNode';

const nodeTypes: NodeTypes = { trigger: TriggerNode, condition: ConditionNode, action: ActionNode, add: AddActionNode };

type RuleFlowProps = {
  nodes: RuleNode[];
  edges: Edge[];
  /** A click on a node (none: read only). */
  onSelect?: (nodeId: string) => void;
  height?: number;
  testId?: string;
};

/** Fits the flow into view again when nodes come or go (an action added or removed). */
function FitOnChange({ count }: { count: number }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const timer = setTimeout(() => void fitView({ padding: 0.15, maxZoom: 1, duration: 200 }), 30);
    return () => clearTimeout(timer);
  }, [count, fitView]);
  return null;
}

/** A rule drawn as a flow (trigger → condition → actions); nodes cannot be dragged or wired by hand. */
export function RuleFlow({ nodes, edges, onSelect, height = 560, testId = 'rule-flow' }: RuleFlowProps) {
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
        fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
        minZoom={0.3}
        maxZoom={1.5}
        // The page keeps its wheel: the flow pans by dragging and zooms with the buttons.
        zoomOnScroll={false}
        preventScrolling={false}
      >
        <Background gap={18} color="#dfe4ec" />
        <Controls showInteractive={false} position="bottom-right" />
        <FitOnChange count={nodes.length} />
      </ReactFlow>
    </div>
  );
}
