import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { can } from '../modules/auth/can';
import type { Me } from '../modules/auth/types';
import { lazyPage } from './lazyPage';

export type MenuGroupKey = 'admin';

export type MenuGroup = { key: MenuGroupKey; labelKey: string; icon: ReactNode };

export type MenuEntry = {
  key: string;
  /** Absolute route path; also the menu's selection key. */
  path: string;
  labelKey: string;
  /** i18n key of a one-line description (Home quick links). */
  descriptionKey?: string;
  icon: ReactNode;
  group?: MenuGroupKey;
  /** Shown only when `permissions[object].actions` includes `action`. */
  requires?: { object: string; action: string };
  page: LazyExoticComponent<ComponentType>;
};

export const menuGroups: MenuGroup[] = [{ key: 'admin', labelKey: 'menu.admin', icon: <SettingOutlined /> }];

/**
 * The navigation registry: one entry per page, in menu order. Routes, the side menu,
 * breadcrumbs and Home's quick links are all derived from it. A new module (customers,
 * orders, forecasts…) adds its entry here, with the permission that unlocks it, and
 * nothing else in the shell changes.
 */
export const menuEntries: MenuEntry[] = [
  {
    key: 'home',
    path: '/',
    labelKey: 'menu.home',
    icon: <DashboardOutlined />,
    page: lazyPage(() => import('../pages/HomePage'), 'HomePage'),
  },
  // Sales modules (customers, opportunities, orders, forecasts…) go here.
  {
    key: 'users',
    path: '/admin/users',
    labelKey: 'menu.users',
    descriptionKey: 'home.links.users',
    icon: <TeamOutlined />,
    group: 'admin',
    requires: { object: 'user', action: 'read' },
    page: lazyPage(() => import('../pages/admin/UsersPage'), 'UsersPage'),
  },
  {
    key: 'org',
    path: '/admin/org',
    labelKey: 'menu.org',
    descriptionKey: 'home.links.org',
    icon: <ApartmentOutlined />,
    group: 'admin',
    requires: { object: 'zone', action: 'read' },
    page: lazyPage(() => import('../pages/admin/OrgPage'), 'OrgPage'),
  },
  {
    key: 'roles',
    path: '/admin/roles',
    labelKey: 'menu.roles',
    descriptionKey: 'home.links.roles',
    icon: <SafetyCertificateOutlined />,
    group: 'admin',
    requires: { object: 'role', action: 'read' },
    page: lazyPage(() => import('../pages/admin/RolesPage'), 'RolesPage'),
  },
  {
    key: 'audit',
    path: '/admin/audit',
    labelKey: 'menu.audit',
    descriptionKey: 'home.links.audit',
    icon: <AuditOutlined />,
    group: 'admin',
    requires: { object: 'audit_log', action: 'read' },
    page: lazyPage(() => import('../pages/admin/AuditPage'), 'AuditPage'),
  },
];

/**
 * Whether the signed-in user gets this page. The built-in admin role sees every page
 * (it holds every permission on the server too).
 */
export function isMenuEntryVisible(entry: MenuEntry, me: Me | undefined): boolean {
  if (!me) return false;
  if (!entry.requires) return true;
  return me.user.role === 'admin' || can(me, entry.requires.object, entry.requires.action);
}

/** The entry whose path matches `pathname` best (longest prefix). */
export function findMenuEntry(pathname: string): MenuEntry | undefined {
  return menuEntries
    .filter((e) => (e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
