import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageContainer } from '../../ui/PageContainer';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { useLeaveGuard } from '../rules/useLeaveGuard';
import { draftFromSteps, sameSteps, stepsFromDraft, type DraftStep } from './chainDraft';
import { ChainConflictAlert } from './ChainConflictAlert';
import { ChainEditor } from './ChainEditor';
import { countChainProblems, firstProblemStep, problemsByStep } from './chainProblems';
import { ChainSaveBar } from './ChainSaveBar';
import { ChainVersions } from './ChainVersions';
import type { ApprovalChain, ChainStep } from './types';
import { useChainValidation } from './useChainValidation';
import { quoteChainQueryKey } from './useQuoteApprovalChain';
import { useSaveQuoteApprovalChain } from './useSaveQuoteApprovalChain';
import { useTabParam } from '../../ui/useTabParam';

type Tab = 'design' | 'versions';

/**
 * The quote approval chain designer: the chain as a flow to edit (`authority_limit:update`;
 * read only for everyone else), checked by the server as you type and once more before
 * saving, and its versions to view and restore. Someone else's save first (409) offers a reload.
 */
export function ApprovalChainDesignerBody({ chain }: { chain: ApprovalChain }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const { data: me } = useMe();
  const editable = me?.user.role === 'admin' || can(me, 'authority_limit', 'update');
  const [requestedTab, setTab] = useTabParam('design');
  const tab: Tab = requestedTab === 'versions' ? 'versions' : 'design';
  const [steps, setSteps] = useState<DraftStep[]>(() => draftFromSteps(chain.steps));
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const validation = useChainValidation(steps, editable);
  const save = useSaveQuoteApprovalChain();
  const edited = stepsFromDraft(steps);
  const dirty = !sameSteps(edited, chain.steps);
  useLeaveGuard(editable && dirty, t('approvalChain.leave'));
  const problemCount = countChainProblems(validation.problems);

  const handleSave = async () => {
    let checked;
    try {
      checked = await validation.validateNow();
    } catch (error) {
      handleError(error);
      return;
    }
    if (!checked.ok) {
      const placed = problemsByStep(checked.errors, checked.keys);
      setSelectedKey(firstProblemStep(steps, placed) ?? selectedKey);
      message.error(t('approvalChain.fixFirst', { count: countChainProblems(placed) }));
      return;
    }
    save.mutate(
      { version: chain.version, steps: edited },
      {
        onSuccess: (saved) => message.success(t('approvalChain.saved', { version: saved.version })),
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            setConflict(true);
            return;
          }
          if (isApiError(error) && error.status === 422 && error.errors.length) {
            validation.showProblems(error.errors);
            return;
          }
          handleError(error);
        },
      },
    );
  };

  const restore = (restored: ChainStep[], version: number) => {
    setSteps(draftFromSteps(restored));
    setSelectedKey(null);
    setTab('design');
    message.info(t('approvalChain.versions.restored', { version }));
  };

  const header = (
    <ChainSaveBar
      version={chain.version}
      editable={editable}
      designing={tab === 'design'}
      checking={validation.checking}
      known={validation.upToDate || problemCount > 0}
      problemCount={problemCount}
      dirty={dirty}
      saving={save.isPending}
      canSave={dirty && problemCount === 0 && !conflict}
      onSave={() => void handleSave()}
    />
  );

  return (
    <PageContainer title={t('approvalChain.title')} subtitle={t('approvalChain.subtitle')} extra={header} testId="approval-chain-page">
      {conflict ? <ChainConflictAlert onReload={() => void queryClient.invalidateQueries({ queryKey: quoteChainQueryKey })} /> : null}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          tabBarExtraContent={
            <Link to="/settings/authority-limits" data-testid="chain-edit-limits">
              <Button size="small" icon={editable ? <EditOutlined /> : <EyeOutlined />}>
                {editable ? t('approvalChain.editLimits') : t('approvalChain.viewLimits')}
              </Button>
            </Link>
          }
          items={[
            {
              key: 'design',
              label: <span data-testid="chain-tab-design">{t('rules.tabs.design')}</span>,
              children: (
                <ChainEditor
                  steps={steps}
                  onSteps={(update) => setSteps((s) => update(s))}
                  problems={validation.problems}
                  editable={editable}
                  selectedKey={selectedKey}
                  onSelect={setSelectedKey}
                />
              ),
            },
            {
              key: 'versions',
              label: <span data-testid="chain-tab-versions">{t('rules.tabs.versions', { count: chain.versions.length })}</span>,
              children: <ChainVersions chain={chain} editable={editable} onRestore={restore} />,
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
