import { CheckCircleFilled, QuestionCircleFilled, SendOutlined, UserOutlined } from '@ant-design/icons';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { ChainNodeData } from './approvalChain';

const ICONS = {
  start: <SendOutlined />,
  decision: <QuestionCircleFilled />,
  step: <UserOutlined />,
  end: <CheckCircleFilled />,
};

const SIDES = [
  { id: 'l', position: Position.Left },
  { id: 'r', position: Position.Right },
  { id: 't', position: Position.Top },
  { id: 'b', position: Position.Bottom },
];

/** A box of the approval chain diagram: start, a question, an approver or the end. */
export function ChainNode({ data }: NodeProps<Node<ChainNodeData>>) {
  return (
    <div className={`chain-node chain-node--${data.kind}`} data-testid={`chain-node-${data.kind}`}>
      {SIDES.map((s) => (
        <Handle key={`t-${s.id}`} id={s.id} type="target" position={s.position} isConnectable={false} />
      ))}
      {SIDES.map((s) => (
        <Handle key={`s-${s.id}`} id={s.id} type="source" position={s.position} isConnectable={false} />
      ))}
      <div className="chain-node__title">
        {ICONS[data.kind]}
        <span>{data.title}</span>
      </div>
      {data.detail ? <div className="chain-node__detail">{data.detail}</div> : null}
    </div>
  );
}
