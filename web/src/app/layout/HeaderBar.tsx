import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Flex, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { NotificationBell } from '../../modules/notifications/NotificationBell';
import { LanguageSwitch } from '../LanguageSwitch';
import { findMenuEntry, findSubpage, menuGroups } from '../menu';
import { UserMenu } from './UserMenu';

type HeaderBarProps = { collapsed: boolean; onToggle: () => void };

/** Top bar: menu toggle and breadcrumb on the left; bell, language, user on the right. */
export function HeaderBar({ collapsed, onToggle }: HeaderBarProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entry = findMenuEntry(pathname);
  const group = entry?.group ? menuGroups.find((g) => g.key === entry.group) : undefined;

  // On a subpage (a record under a list) the list becomes a link back.
  const onSubpage = !!entry && entry.path !== '/' && pathname !== entry.path;
  const subpage = entry && onSubpage ? findSubpage(entry, pathname) : undefined;
  const crumbs = [
    { title: <Link to="/">{t('menu.home')}</Link> },
    ...(group && entry?.path !== '/' ? [{ title: t(group.labelKey) }] : []),
    ...(entry && entry.path !== '/'
      ? [
          {
            title: onSubpage ? (
              <Link to={entry.path}>{t(entry.labelKey)}</Link>
            ) : (
              <span data-testid="page-title">{t(entry.labelKey)}</span>
            ),
          },
        ]
      : []),
    ...(onSubpage ? [{ title: <span data-testid="page-title">{t(subpage?.labelKey ?? 'common.details')}</span> }] : []),
  ];

  return (
    <Layout.Header className="app-header">
      <Flex align="center" gap={8}>
        <Button
          type="text"
          icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggle}
          aria-label={t('layout.toggleMenu')}
        />
        <Breadcrumb items={crumbs} />
      </Flex>
      <Flex align="center" gap={4}>
        <NotificationBell />
        <LanguageSwitch />
        <UserMenu />
      </Flex>
    </Layout.Header>
  );
}
