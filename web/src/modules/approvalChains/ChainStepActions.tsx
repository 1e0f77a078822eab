import { ArrowLeftOutlined, ArrowRightOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tooltip, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { canAddParallel, moveTarget, type DraftStep, type MoveTarget } from './chainDraft';

type ChainStepActionsProps = {
  steps: readonly DraftStep[];
  stepKey: string;
  onParallel: () => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

const removeOk: ButtonProps & { 'data-testid': string } = { danger: true, 'data-testid': 'chain-remove-confirm' };

/** What may be done to the selected step: add one in parallel, move it earlier or later, delete it. */
export function ChainStepActions({ steps, stepKey, onParallel, onMove, onRemove }: ChainStepActionsProps) {
  const { t } = useTranslation();
  const step = steps.find((s) => s.key === stepKey);
  const parallel = steps.some((s) => s.key !== stepKey && s.seq === step?.seq);
  const describe = (target: MoveTarget | null, delta: -1 | 1) => {
    if (!target && parallel) return t('approvalChain.move.full');
    if (!target) return t(delta < 0 ? 'approvalChain.move.first' : 'approvalChain.move.last');
    if (target.kind === 'join') return t('approvalChain.move.join', { seq: target.seq });
    return t(target.before ? 'approvalChain.move.aloneBefore' : 'approvalChain.move.aloneAfter');
  };
  const earlier = moveTarget(steps, stepKey, -1);
  const later = moveTarget(steps, stepKey, 1);
  return (
    <Flex gap={6} align="center" className="chain-step-actions">
      <Button size="small" icon={<PlusOutlined />} disabled={!canAddParallel(steps)} onClick={onParallel} data-testid="chain-add-parallel">
        {t('approvalChain.actions.parallel')}
      </Button>
      <Tooltip title={describe(earlier, -1)}>
        <Button size="small" icon={<ArrowLeftOutlined />} disabled={!earlier} onClick={() => onMove(-1)} data-testid="chain-move-earlier">
          {t('approvalChain.actions.earlier')}
        </Button>
      </Tooltip>
      <Tooltip title={describe(later, 1)}>
        <Button size="small" icon={<ArrowRightOutlined />} disabled={!later} onClick={() => onMove(1)} data-testid="chain-move-later">
          {t('approvalChain.actions.later')}
        </Button>
      </Tooltip>
      <span className="chain-step-actions__remove">
        <Popconfirm
          title={t('approvalChain.actions.removeConfirm')}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={removeOk}
          onConfirm={onRemove}
        >
          <Tooltip title={t('approvalChain.actions.remove')}>
            <Button size="small" danger icon={<DeleteOutlined />} disabled={steps.length <= 1} aria-label={t('approvalChain.actions.remove')} data-testid="chain-remove" />
          </Tooltip>
        </Popconfirm>
      </span>
    </Flex>
  );
}
