import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../auth/can';
import { useMe } from '../auth/useMe';
import { isApiError } from '../http/ApiError';
import { useApiErrorHandler } from '../http/useApiErrorHandler';
import { definitionFromDraft, draftFromDefinition, newDraft, sameDefinition, type RuleDraft } from './ruleDraft';
import { CONDITION_NODE, firstProblemNodeId } from './ruleGraph';
import { RuleEditor } from './RuleEditor';
import { countProblems, problemsByNode } from './ruleProblems';
import { RuleRunLog } from './RuleRunLog';
import { RuleTestRun } from './RuleTestRun';
import { RuleValidationBar } from './RuleValidationBar';
import { RuleVersions } from './RuleVersions';
import type { Rule, RuleDefinition } from './types';
import { ruleQueryKey } from './useRule';
import { useLeaveGuard } from './useLeaveGuard';
import { useRuleLabels } from './useRuleLabels';
import { useRuleTopics } from './useRuleTopics';
import { useRuleValidation } from './useRuleValidation';
import { useSaveRule } from './useSaveRule';
import { useTabParam } from '../../ui/useTabParam';

const TABS = ['design', 'versions', 'runs', 'test'] as const;
type DesignerTab = (typeof TABS)[number];

/**
 * The designer of one rule (or a new one): the header with save, and the tabs. The rule
 * as edited is checked by the server as you type and once more before saving; problems
 * show on their nodes. A stale save (409) reloads the rule.
 */
export function RuleDesignerBody({ rule }: { rule?: Rule }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const labels = useRuleLabels();
  const { data: me } = useMe();
  const editable = me?.user.role === 'admin' || can(me, 'rule', rule ? 'update' : 'create');
  const [requestedTab, setTab] = useTabParam('design');
  const requested = requestedTab as DesignerTab | null;
  const tab: DesignerTab = rule && requested && TABS.includes(requested) ? requested : 'design';
  const [pristine] = useState<RuleDraft>(() => (rule ? draftFromDefinition(rule) : newDraft()));
  const [draft, setDraft] = useState<RuleDraft>(pristine);
  const [selectedId, setSelectedId] = useState<string | null>(CONDITION_NODE);
  const [nameMissing, setNameMissing] = useState(false);
  const topics = useRuleTopics();
  const validation = useRuleValidation(draft, editable);
  const save = useSaveRule();
  const definition = definitionFromDraft(draft);
  const dirty = !rule || !sameDefinition(definition, rule);
  const guard = useLeaveGuard(editable && dirty && (!!rule || !sameDefinition(definition, definitionFromDraft(pristine))));

  const handleSave = async () => {
    if (!definition.name) {
      setNameMissing(true);
      message.error(t('rules.designer.nameRequired'));
      return;
    }
    let checked;
    try {
      checked = await validation.validateNow();
    } catch (error) {
      handleError(error);
      return;
    }
    if (!checked.ok) {
      const placed = problemsByNode(checked.errors, checked.keys);
      setSelectedId(firstProblemNodeId(draft, placed) ?? selectedId);
      message.error(t('rules.designer.fixFirst', { count: countProblems(placed) }));
      return;
    }
    save.mutate(
      { id: rule?.id, version: rule?.version, definition },
      {
        onSuccess: (saved) => {
          message.success(t('rules.designer.saved', { version: saved.version }));
          if (!rule) {
            guard.allowNext();
            void navigate(`/settings/rules/${saved.id}`, { replace: true });
          }
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409 && rule) {
            message.warning(t('rules.designer.conflict'));
            void queryClient.invalidateQueries({ queryKey: ruleQueryKey(rule.id) });
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

  const loadVersion = (version: RuleDefinition) => {
    setDraft(draftFromDefinition(version));
    setSelectedId(CONDITION_NODE);
    setTab('design');
    message.info(t('rules.versions.loaded'));
  };

  const problemCount = countProblems(validation.problems);
  const tabItems = [
    {
      key: 'design',
      label: <span data-testid="rule-tab-design">{t('rules.tabs.design')}</span>,
      children: (
        <RuleEditor
          draft={draft}
          onDraft={(update) => setDraft((d) => update(d))}
          problems={validation.problems}
          topics={topics.data}
          editable={editable}
          selectedId={selectedId}
          onSelect={setSelectedId}
          nameMissing={nameMissing}
        />
      ),
    },
    ...(rule
      ? [
          {
            key: 'versions',
            label: <span data-testid="rule-tab-versions">{t('rules.tabs.versions', { count: rule.versions?.length ?? 0 })}</span>,
            children: <RuleVersions rule={rule} editable={editable} onLoad={loadVersion} />,
          },
          { key: 'runs', label: <span data-testid="rule-tab-runs">{t('rules.tabs.runs')}</span>, children: <RuleRunLog ruleId={rule.id} active={tab === 'runs'} /> },
          {
            key: 'test',
            label: <span data-testid="rule-tab-test">{t('rules.tabs.test')}</span>,
            children: <RuleTestRun rule={rule} topics={topics.data} dirty={dirty} editable={editable} onRunNow={() => setTab('runs')} />,
          },
        ]
      : []),
  ];

  return (
    <div className="page-container" data-testid="rule-designer">
      <Flex justify="space-between" align="flex-start" gap={16} wrap className="page-container__head">
        <div style={{ minWidth: 0 }}>
          <Flex align="center" gap={10} wrap>
            <Link to="/settings/rules" aria-label={t('rules.backToList')} className="detail-header__back" data-testid="rule-back">
              <ArrowLeftOutlined />
            </Link>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="rule-title">
              {rule ? rule.name : t('rules.newTitle')}
            </Typography.Title>
            {rule ? <Tag data-testid="rule-version">v{rule.version}</Tag> : null}
            {rule?.builtin_key ? <Tag color="geekblue">{t('rules.builtin')}</Tag> : null}
          </Flex>
          <Typography.Text type="secondary" className="detail-header__sub">
            {labels.topic(draft.trigger_topic)} · <code>{draft.trigger_topic}</code>
          </Typography.Text>
        </div>
        {editable && tab === 'design' ? (
          <Flex align="center" gap={12} wrap>
            <RuleValidationBar checking={validation.checking} known={validation.upToDate || problemCount > 0} problemCount={problemCount} />
            {dirty && rule ? (
              <Tag color="warning" data-testid="rule-dirty">
                {t('rules.designer.unsaved')}
              </Tag>
            ) : null}
            <Button type="primary" icon={<SaveOutlined />} onClick={() => void handleSave()} loading={save.isPending} disabled={!dirty} data-testid="rule-save">
              {t('common.save')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs activeKey={tab} onChange={setTab} items={tabItems} destroyOnHidden={false} />
      </Card>
    </div>
  );
}
