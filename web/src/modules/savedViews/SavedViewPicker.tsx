import {
  CheckOutlined,
  ClearOutlined,
  DownOutlined,
  FilterOutlined,
  SaveOutlined,
  SettingOutlined,
  StarFilled,
} from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SavedViewManageModal } from './SavedViewManageModal';
import { SavedViewSaveModal } from './SavedViewSaveModal';
import type { SavedViewObject, ViewQuery } from './types';
import { useSavedViews } from './useSavedViews';
import { viewQuery } from './viewQuery';

type SavedViewPickerProps = {
  object: SavedViewObject;
  /** The list's filters and sort right now. */
  current: ViewQuery;
  /** Apply a view's query, or null to clear every filter. */
  onApply: (query: ViewQuery | null) => void;
};

/**
 * The views dropdown of a list: pick a saved view, save the current filters as one,
 * rename, delete, choose the default (applied when the page opens; see useDefaultView).
 */
export function SavedViewPicker({ object, current, onApply }: SavedViewPickerProps) {
  const { t } = useTranslation();
  const views = useSavedViews(object);
  const [saving, setSaving] = useState(false);
  const [managing, setManaging] = useState(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const list = views.data ?? [];
  // The view showing now is one whose query is exactly the list's current one: the one
  // last picked or saved here if it still matches, else the first that does.
  const matches = (v: (typeof list)[number]) => viewQuery.same(viewQuery.parse(v.query), current);
  const chosen = list.find((v) => v.id === chosenId);
  const active = chosen && matches(chosen) ? chosen : list.find(matches);

  const items: MenuProps['items'] = [
    {
      key: 'views',
      type: 'group',
      label: t('savedViews.myViews'),
      children: list.length
        ? list.map((v) => ({
            key: `view:${v.id}`,
            icon: v.id === active?.id ? <CheckOutlined /> : <span className="saved-view-menu__spacer" />,
            label: (
              <span className="saved-view-menu__item" data-testid="saved-view-option">
                <span className="saved-view-menu__name">{v.name}</span>
                {v.is_default ? <StarFilled className="saved-view-menu__star" aria-label={t('savedViews.default')} /> : null}
              </span>
            ),
          }))
        : [{ key: 'none', disabled: true, label: t('savedViews.none') }],
    },
    { type: 'divider' },
    { key: 'save', icon: <SaveOutlined />, label: <span data-testid="saved-view-save">{t('savedViews.saveAs')}</span> },
    {
      key: 'manage',
      icon: <SettingOutlined />,
      disabled: !list.length,
      label: <span data-testid="saved-view-manage">{t('savedViews.manage')}</span>,
    },
    { key: 'reset', icon: <ClearOutlined />, label: <span data-testid="saved-view-reset">{t('savedViews.clear')}</span> },
  ];

  const handleClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'save') setSaving(true);
    else if (key === 'manage') setManaging(true);
    else if (key === 'reset') onApply(null);
    else if (key.startsWith('view:')) {
      const view = list.find((v) => `view:${v.id}` === key);
      if (view) {
        setChosenId(view.id);
        onApply(viewQuery.parse(view.query));
      }
    }
  };

  return (
    <>
      <Dropdown trigger={['click']} menu={{ items, onClick: handleClick, selectable: false }} popupRender={(menu) => <div data-testid="saved-view-menu">{menu}</div>}>
        <Button icon={<FilterOutlined />} loading={views.isPending} className="saved-view-button" data-testid="saved-view-button">
          <span className="saved-view-button__label">{active ? active.name : t('savedViews.views')}</span>
          <DownOutlined className="button-caret" />
        </Button>
      </Dropdown>
      <SavedViewSaveModal open={saving} object={object} query={current} onSaved={(view) => setChosenId(view.id)} onClose={() => setSaving(false)} />
      <SavedViewManageModal open={managing} object={object} current={current} onClose={() => setManaging(false)} />
    </>
  );
}
