import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { importProgress } from './importProgress';
import type { ImportJob } from './types';

/** The job's progress bar: waiting, reading/checking rows, writing orders, done. */
export function ImportJobProgress({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const progress = importProgress(job);
  const number = new Intl.NumberFormat(i18n.language);
  const running = progress.stage !== 'done' && progress.stage !== 'failed';
  const counts =
    progress.total > 0 ? t('imports.progressCount', { done: number.format(progress.done), total: number.format(progress.total) }) : '';
  return (
    <div className="import-progress" data-testid="import-progress" data-stage={progress.stage}>
      <Flex justify="space-between" align="baseline" gap={12}>
        <Typography.Text strong>{t(`imports.stages.${progress.stage}`)}</Typography.Text>
        <Typography.Text type="secondary" className="num">
          {counts}
        </Typography.Text>
      </Flex>
      <Progress
        percent={progress.percent}
        status={progress.stage === 'failed' ? 'exception' : running ? 'active' : 'success'}
        strokeColor={running ? { from: '#4f7cff', to: '#1e4fd8' } : undefined}
      />
      {!job.dry_run ? (
        <Flex gap={16} className="import-progress__phases">
          {(['read', 'write'] as const).map((phase) => (
            <Typography.Text key={phase} type={progress.stage === phase ? undefined : 'secondary'} strong={progress.stage === phase}>
              {t(`imports.phases.${phase}`)}
            </Typography.Text>
          ))}
        </Flex>
      ) : null}
    </div>
  );
}
