import { CheckCircleFilled, SendOutlined } from '@ant-design/icons';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { END_SIZE, START_SIZE, type ChainEndpointData } from './chainGraph';

/** Where the chain starts (a quote submitted beyond authority, with the power list's figures) and ends (approved). */
export function ChainEndpointNode({ data }: NodeProps<Node<ChainEndpointData>>) {
  const start = data.kind === 'start';
  return (
    <div className={`chain-node chain-node--${data.kind}`} style={start ? START_SIZE : END_SIZE} data-testid={`chain-node-${data.kind}`}>
      {start ? null : <Handle type="target" position={Position.Left} isConnectable={false} />}
      <div className="chain-node__title">
        {start ? <SendOutlined /> : <CheckCircleFilled />}
        <span>{data.title}</span>
      </div>
      {data.detail ? <div className="chain-node__detail">{data.detail}</div> : null}
      {start ? <Handle type="source" position={Position.Right} isConnectable={false} /> : null}
    </div>
  );
}
