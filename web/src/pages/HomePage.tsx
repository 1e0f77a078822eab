import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useVisibleMenu } from '../app/useVisibleMenu';
import { can } from '../modules/auth/can';
import { useMe } from '../modules/auth/useMe';
import { useRoleLabel } from '../modules/roles/useRoleLabel';
import { SalesDashboard } from '../modules/sales/SalesDashboard';
import { PageContainer } from '../ui/PageContainer';
import { QuickLinkCard } from '../ui/QuickLinkCard';
import { WelcomeCard } from '../ui/WelcomeCard';

function greetingKey(hour: number): string {
  if (hour < 12) return 'home.greetingMorning';
  if (hour < 18) return 'home.greetingAfternoon';
  return 'home.greetingEvening';
}

/** Home: the sales dashboard for whoever may read orders, else a welcome with quick links. */
export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const roleLabel = useRoleLabel();
  const links = useVisibleMenu().filter((e) => e.path !== '/');
  if (!me) return null;
  const { user } = me;
  const name = user.display_name || user.username;
  const hello = t('home.hello', { greeting: t(greetingKey(new Date().getHours())), name });

  if (user.role === 'admin' || can(me, 'order', 'read')) {
    return (
      <PageContainer
        title={<span data-testid="home-greeting">{hello}</span>}
        subtitle={[roleLabel(user.role), user.zone_name || t('home.allZones')].join(' · ')}
        testId="home-page"
      >
        <SalesDashboard />
      </PageContainer>
    );
  }

  return (
    <PageContainer title={t('menu.home')} testId="home-page">
      <WelcomeCard
        title={hello}
        name={name}
        note={t('home.welcomeNote')}
        details={[
          { label: t('home.role'), value: roleLabel(user.role) },
          { label: t('home.zone'), value: user.zone_name || t('home.noZone') },
          { label: t('home.username'), value: user.username },
        ]}
      />
      <Card title={t('home.quickLinks')} style={{ marginTop: 16 }}>
        {links.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noLinks')} />
        ) : (
          <Row gutter={[16, 16]}>
            {links.map((entry) => (
              <Col key={entry.key} xs={24} sm={12} lg={6}>
                <QuickLinkCard
                  icon={entry.icon}
                  title={t(entry.labelKey)}
                  description={entry.descriptionKey ? t(entry.descriptionKey) : undefined}
                  onOpen={() => void navigate(entry.path)}
                  testId={`quick-${entry.key}`}
                />
              </Col>
            ))}
          </Row>
        )}
      </Card>
    </PageContainer>
  );
}
