import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChainProblem } from './types';

/** The chain's own problems (`steps`: a case that would have no approver), above the flow. */
export function ChainErrorBar({ problems }: { problems: readonly ChainProblem[] }) {
  const { t } = useTranslation();
  if (!problems.length) return null;
  const many = problems.length > 1;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      title={many ? t('approvalChain.chainProblems') : problems[0].message}
      description={
        many ? (
          <ul className="chain-errors__list">
            {problems.map((p) => (
              <li key={`${p.field}:${p.message}`}>{p.message}</li>
            ))}
          </ul>
        ) : undefined
      }
      data-testid="chain-errors"
    />
  );
}
