import {
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BranchesOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  ContactsOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  LineChartOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  PartitionOutlined,
  PercentageOutlined,
  RiseOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  SettingOutlined,
  TagsOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { can } from '../modules/auth/can';
import type { Me } from '../modules/auth/types';
import { MessagesUnreadBadge } from '../modules/messages/MessagesUnreadBadge';
import { lazyPage } from './lazyPage';
import { pickSubpagePath } from './subpagePath';

export type MenuGroupKey = 'sales' | 'workflow' | 'admin';

type Requirement = { object: string; action: string };

/** A page below an entry (e.g. `:id` for a record). */
export type MenuSubpage = {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Breadcrumb label; default "details". */
  labelKey?: string;
  /** A permission needed on top of the entry's own (e.g. `create` for an import page). */
  requires?: Requirement;
};

export type MenuGroup = {
  key: MenuGroupKey;
  labelKey: string;
  icon: ReactNode;
  /** `section`: a labelled, always open block; `submenu`: a collapsible entry. */
  kind: 'section' | 'submenu';
  /** The group (and every page in it) is shown only with at least one of these permissions. */
  requiresAny?: Requirement[];
};

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
  requires?: Requirement;
  page: LazyExoticComponent<ComponentType>;
  /** Pages below this one (e.g. `:id` for a record), with the same permission and menu selection. */
  subpages?: MenuSubpage[];
  /** Reached another way (the user menu), so neither in the side menu nor among Home's links. */
  unlisted?: boolean;
  /** Shown after the label in the side menu (e.g. an unread count). */
  badge?: ComponentType;
};

export const menuGroups: MenuGroup[] = [
  { key: 'sales', labelKey: 'menu.sales', icon: <RiseOutlined />, kind: 'section' },
  { key: 'workflow', labelKey: 'menu.workflow', icon: <NodeIndexOutlined />, kind: 'section' },
  {
    key: 'admin',
    labelKey: 'menu.admin',
    icon: <SettingOutlined />,
    kind: 'submenu',
    // Administration is for people who run the system, not for everyone who may read
    // their own user record or the zone list.
    requiresAny: [
      { object: 'user', action: 'update' },
      { object: 'role', action: 'read' },
      { object: 'audit_log', action: 'read' },
    ],
  },
];

const ALERT_READ: Requirement = { object: 'alert', action: 'read' };
// One component for the list and for the list with an alert open, so switching keeps the page.
const forecastAlertsPage = lazyPage(() => import('../pages/ForecastAlertsPage'), 'ForecastAlertsPage');
// Likewise for approvals and tasks with a request or task open in the drawer.
const approvalsPage = lazyPage(() => import('../pages/ApprovalsPage'), 'ApprovalsPage');
const tasksPage = lazyPage(() => import('../pages/TasksPage'), 'TasksPage');
// A new rule and a saved one are the same designer.
const rulePage = lazyPage(() => import('../pages/RulePage'), 'RulePage');

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
    group: 'sales',
    page: lazyPage(() => import('../pages/HomePage'), 'HomePage'),
  },
  {
    key: 'customers',
    path: '/customers',
    labelKey: 'menu.customers',
    descriptionKey: 'home.links.customers',
    icon: <ContactsOutlined />,
    group: 'sales',
    requires: { object: 'customer', action: 'read' },
    page: lazyPage(() => import('../pages/CustomersPage'), 'CustomersPage'),
    subpages: [{ path: ':id', page: lazyPage(() => import('../pages/CustomerPage'), 'CustomerPage') }],
  },
  {
    key: 'opportunities',
    path: '/opportunities',
    labelKey: 'menu.opportunities',
    descriptionKey: 'home.links.opportunities',
    icon: <FundProjectionScreenOutlined />,
    group: 'sales',
    requires: { object: 'opportunity', action: 'read' },
    page: lazyPage(() => import('../pages/OpportunitiesPage'), 'OpportunitiesPage'),
    subpages: [{ path: ':id', page: lazyPage(() => import('../pages/OpportunityPage'), 'OpportunityPage') }],
  },
  {
    key: 'visits',
    path: '/visits',
    labelKey: 'menu.visits',
    descriptionKey: 'home.links.visits',
    icon: <CalendarOutlined />,
    group: 'sales',
    requires: { object: 'visit', action: 'read' },
    page: lazyPage(() => import('../pages/VisitsPage'), 'VisitsPage'),
  },
  {
    key: 'quotes',
    path: '/quotes',
    labelKey: 'menu.quotes',
    descriptionKey: 'home.links.quotes',
    icon: <FileDoneOutlined />,
    group: 'sales',
    requires: { object: 'quote', action: 'read' },
    page: lazyPage(() => import('../pages/QuotesPage'), 'QuotesPage'),
    subpages: [
      { path: 'new', page: lazyPage(() => import('../pages/QuotePage'), 'QuotePage') },
      { path: ':id', page: lazyPage(() => import('../pages/QuotePage'), 'QuotePage') },
    ],
  },
  {
    key: 'orders',
    path: '/orders',
    labelKey: 'menu.orders',
    descriptionKey: 'home.links.orders',
    icon: <FileTextOutlined />,
    group: 'sales',
    requires: { object: 'order', action: 'read' },
    page: lazyPage(() => import('../pages/OrdersPage'), 'OrdersPage'),
    subpages: [
      {
        path: 'import',
        labelKey: 'imports.pageTitle',
        requires: { object: 'order', action: 'create' },
        page: lazyPage(() => import('../pages/OrderImportPage'), 'OrderImportPage'),
      },
      { path: ':id', page: lazyPage(() => import('../pages/OrderPage'), 'OrderPage') },
    ],
  },
  {
    key: 'products',
    path: '/products',
    labelKey: 'menu.products',
    descriptionKey: 'home.links.products',
    icon: <AppstoreOutlined />,
    group: 'sales',
    requires: { object: 'product', action: 'read' },
    page: lazyPage(() => import('../pages/ProductsPage'), 'ProductsPage'),
  },
  {
    key: 'priceLists',
    path: '/products/price-lists',
    labelKey: 'menu.priceLists',
    descriptionKey: 'home.links.priceLists',
    icon: <TagsOutlined />,
    group: 'sales',
    requires: { object: 'price_list', action: 'read' },
    page: lazyPage(() => import('../pages/PriceListsPage'), 'PriceListsPage'),
  },
  {
    key: 'forecasts',
    path: '/forecasts',
    labelKey: 'menu.forecasts',
    descriptionKey: 'home.links.forecasts',
    icon: <LineChartOutlined />,
    group: 'sales',
    requires: { object: 'forecast', action: 'read' },
    page: lazyPage(() => import('../pages/ForecastsPage'), 'ForecastsPage'),
    // The section's tabs (ForecastTabs): alerts (with the alert a notification links to),
    // accuracy, the alert thresholds and the external indicators.
    subpages: [
      { path: 'alerts', labelKey: 'forecasts.nav.alerts', requires: ALERT_READ, page: forecastAlertsPage },
      { path: 'alerts/:id', labelKey: 'forecasts.nav.alerts', requires: ALERT_READ, page: forecastAlertsPage },
      {
        path: 'accuracy',
        labelKey: 'forecasts.nav.accuracy',
        page: lazyPage(() => import('../pages/ForecastAccuracyPage'), 'ForecastAccuracyPage'),
      },
      {
        path: 'settings',
        labelKey: 'forecasts.nav.settings',
        requires: ALERT_READ,
        page: lazyPage(() => import('../pages/ForecastSettingsPage'), 'ForecastSettingsPage'),
      },
      {
        path: 'indicators',
        labelKey: 'forecasts.nav.indicators',
        page: lazyPage(() => import('../pages/ForecastIndicatorsPage'), 'ForecastIndicatorsPage'),
      },
    ],
  },
  {
    key: 'approvals',
    path: '/approvals',
    labelKey: 'menu.approvals',
    descriptionKey: 'home.links.approvals',
    icon: <SafetyOutlined />,
    group: 'workflow',
    requires: { object: 'approval', action: 'read' },
    page: approvalsPage,
    // The request a notification links to, open in the drawer.
    subpages: [{ path: ':id', page: approvalsPage }],
  },
  {
    key: 'tasks',
    path: '/tasks',
    labelKey: 'menu.tasks',
    descriptionKey: 'home.links.tasks',
    icon: <CarryOutOutlined />,
    group: 'workflow',
    requires: { object: 'task', action: 'read' },
    page: tasksPage,
    subpages: [
      {
        path: 'metrics',
        labelKey: 'tasks.nav.metrics',
        page: lazyPage(() => import('../pages/TaskMetricsPage'), 'TaskMetricsPage'),
      },
      { path: ':id', page: tasksPage },
    ],
  },
  {
    key: 'messages',
    path: '/messages',
    labelKey: 'menu.messages',
    descriptionKey: 'home.links.messages',
    icon: <MessageOutlined />,
    group: 'workflow',
    page: lazyPage(() => import('../pages/MessagesPage'), 'MessagesPage'),
    badge: MessagesUnreadBadge,
  },
  {
    key: 'authorityLimits',
    path: '/settings/authority-limits',
    labelKey: 'menu.authorityLimits',
    descriptionKey: 'home.links.authorityLimits',
    icon: <PercentageOutlined />,
    group: 'workflow',
    requires: { object: 'authority_limit', action: 'read' },
    page: lazyPage(() => import('../pages/AuthorityLimitsPage'), 'AuthorityLimitsPage'),
  },
  {
    key: 'approvalChain',
    path: '/settings/approval-chain',
    labelKey: 'menu.approvalChain',
    descriptionKey: 'home.links.approvalChain',
    icon: <PartitionOutlined />,
    group: 'workflow',
    requires: { object: 'authority_limit', action: 'read' },
    page: lazyPage(() => import('../pages/ApprovalChainPage'), 'ApprovalChainPage'),
  },
  {
    key: 'rules',
    path: '/settings/rules',
    labelKey: 'menu.rules',
    descriptionKey: 'home.links.rules',
    icon: <BranchesOutlined />,
    group: 'workflow',
    requires: { object: 'rule', action: 'read' },
    page: lazyPage(() => import('../pages/RulesPage'), 'RulesPage'),
    subpages: [
      { path: 'new', labelKey: 'rules.newTitle', requires: { object: 'rule', action: 'create' }, page: rulePage },
      { path: ':id', labelKey: 'rules.designer.crumb', page: rulePage },
    ],
  },
  {
    key: 'webhooks',
    path: '/settings/webhooks',
    labelKey: 'menu.webhooks',
    descriptionKey: 'home.links.webhooks',
    icon: <ApiOutlined />,
    group: 'workflow',
    requires: { object: 'rule', action: 'read' },
    page: lazyPage(() => import('../pages/WebhooksPage'), 'WebhooksPage'),
  },
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
  {
    key: 'profile',
    path: '/me',
    labelKey: 'menu.profile',
    icon: <UserOutlined />,
    unlisted: true,
    page: lazyPage(() => import('../pages/MySettingsPage'), 'MySettingsPage'),
  },
];

/**
 * Whether the signed-in user gets this page: its own permission and its group's. The
 * built-in admin role sees every page (it holds every permission on the server too).
 */
export function isMenuEntryVisible(entry: MenuEntry, me: Me | undefined): boolean {
  if (!me) return false;
  if (me.user.role === 'admin') return true;
  const group = menuGroups.find((g) => g.key === entry.group);
  if (group?.requiresAny && !group.requiresAny.some((r) => can(me, r.object, r.action))) return false;
  return !entry.requires || can(me, entry.requires.object, entry.requires.action);
}

/** Whether the user may open a subpage: its entry's permission and its own. */
export function isSubpageVisible(entry: MenuEntry, subpage: MenuSubpage | undefined, me: Me | undefined): boolean {
  if (!isMenuEntryVisible(entry, me)) return false;
  if (!subpage?.requires || me?.user.role === 'admin') return true;
  return can(me, subpage.requires.object, subpage.requires.action);
}

/** The subpage of `entry` that `pathname` shows (a literal path before a `:param` one). */
export function findSubpage(entry: MenuEntry, pathname: string): MenuSubpage | undefined {
  if (!pathname.startsWith(`${entry.path}/`)) return undefined;
  const subpages = entry.subpages ?? [];
  const path = pickSubpagePath(
    subpages.map((s) => s.path),
    pathname.slice(entry.path.length + 1),
  );
  return subpages.find((s) => s.path === path);
}

/** The entry whose path matches `pathname` best (longest prefix). */
export function findMenuEntry(pathname: string): MenuEntry | undefined {
  return menuEntries
    .filter((e) => (e.path === '/' ? pathname === '/' : pathname === e.path || pathname.startsWith(`${e.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
