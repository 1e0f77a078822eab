import { Card, Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useVisibleMenu } from '../app/useVisibleMenu';
import { useMe } from '../modules/auth/useMe';
import { useRoleLabel } from '../modules/roles/useRoleLabel';
import { PageContainer } from '../ui/PageContainer';
import { QuickLinkCard } from '../ui/QuickLinkCard';
import { WelcomeCard } from '../ui/WelcomeCard';

function greetingKey(hour: number): string {
  if (hour < 12) return 'home.greetingMorning';
  if (hour < 18) return 'home.greetingAfternoon';
  return 'home.greetingEvening';
}

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const roleLabel = useRoleLabel();
  const links = useVisibleMenu().filter((e) => e.path !== '/');
  if (!me) return null;
  const { user } = me;

  return (
    <PageContainer title={t('menu.home')} testId="home-page">
      <WelcomeCard
        title={t('home.hello', { greeting: t(greetingKey(new Date().getHours())), name: user.display_name || user.username })}
        name={user.display_name || user.username}
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
