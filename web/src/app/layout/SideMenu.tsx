import { Menu, type MenuProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { findMenuEntry, menuGroups } from '../menu';
import { useVisibleMenu } from '../useVisibleMenu';

type MenuItem = Required<MenuProps>['items'][number];

/** The side navigation, built from the registry entries the user may open. */
export function SideMenu({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = useVisibleMenu();
  const current = findMenuEntry(pathname);

  const items = useMemo<MenuItem[]>(() => {
    const leaf = (e: (typeof entries)[number]): MenuItem => ({
      key: e.path,
      icon: e.icon,
      label: (
        <span data-testid={`nav-${e.key}`}>
          {t(e.labelKey)}
          {e.badge ? <e.badge /> : null}
        </span>
      ),
    });
    const top = entries.filter((e) => !e.group).map(leaf);
    const groups = menuGroups
      .map((g): MenuItem | null => {
        const children = entries.filter((e) => e.group === g.key).map(leaf);
        if (!children.length) return null;
        const label = <span data-testid={`nav-group-${g.key}`}>{t(g.labelKey)}</span>;
        return g.kind === 'section'
          ? { key: `group:${g.key}`, type: 'group', label, children }
          : { key: `group:${g.key}`, icon: g.icon, label, children };
      })
      .filter((g): g is MenuItem => g !== null);
    return [...top, ...groups];
  }, [entries, t]);

  const defaultOpen = menuGroups.filter((g) => g.kind === 'submenu').map((g) => `group:${g.key}`);

  return (
    <Menu
      theme="dark"
      mode="inline"
      inlineCollapsed={collapsed}
      selectedKeys={current ? [current.path] : []}
      defaultOpenKeys={defaultOpen}
      items={items}
      onClick={({ key }) => void navigate(key)}
      className="app-layout__menu"
      data-testid="side-menu"
    />
  );
}
