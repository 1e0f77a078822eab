import { Layout } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { useRealtimeSocket } from '../../modules/realtime/useRealtimeSocket';
import { BrandMark } from '../../ui/BrandMark';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';

const COLLAPSED_KEY = 'salient.sider.collapsed';

/** The signed-in frame: side menu, header, and the current page. */
export function AppLayout() {
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === '1');
  useRealtimeSocket(true);

  const toggle = () => {
    setCollapsed((c) => {
      localStorage.setItem(COLLAPSED_KEY, c ? '0' : '1');
      return !c;
    });
  };

  return (
    <Layout className="app-layout" data-testid="app-layout">
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        trigger={null}
        width={224}
        collapsedWidth={64}
        className="app-layout__sider"
      >
        <div className="app-layout__brand">
          <BrandMark size={28} />
          {collapsed ? null : <span className="app-layout__brand-name">Salient</span>}
        </div>
        <SideMenu collapsed={collapsed} />
      </Layout.Sider>
      <Layout>
        <HeaderBar collapsed={collapsed} onToggle={toggle} />
        <Layout.Content className="app-layout__content">
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
