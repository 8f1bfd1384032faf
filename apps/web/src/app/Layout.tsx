import { ActionIcon, AppShell, Burger, Button, Group, Indicator, Menu, NavLink, SegmentedControl, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { api, must } from '../api/client';
import { homeOf, signOut, useSessionState } from './auth';
import { useNotificationStream } from './stream';

const NAV = {
  student: [
    ['/student', 'nav.search'],
    ['/student/requests', 'nav.requests'],
    ['/student/favorites', 'nav.favorites'],
    ['/student/profile', 'nav.profile'],
  ],
  mentor: [['/mentor', 'nav.dashboard']],
  admin: [['/admin', 'nav.console']],
} as const;

function Bell(): ReactNode {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inbox = useQuery({ queryKey: ['notifications'], queryFn: () => must(api.GET('/api/notifications', { params: { query: { limit: 10 } } })) });
  const readAll = useMutation({
    mutationFn: () => must(api.POST('/api/notifications/read-all')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const unread = inbox.data?.unread ?? 0;
  return (
    <Menu width={320} position="bottom-end">
      <Indicator label={unread} size={18} disabled={unread === 0} data-testid="unread">
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label={`${t('app.notifications')}: ${unread}`}>
            <svg aria-hidden width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0" />
            </svg>
          </ActionIcon>
        </Menu.Target>
      </Indicator>
      <Menu.Dropdown>
        {(inbox.data?.items ?? []).length === 0 && <Menu.Label>{t('app.noNotifications')}</Menu.Label>}
        {(inbox.data?.items ?? []).map((item) => (
          <Menu.Item key={item.id} fw={item.readAt ? 400 : 700}>
            {t(`notification.${item.type}`, { defaultValue: t('notification.other'), ...(item.data as object) })}
          </Menu.Item>
        ))}
        {unread > 0 && <Menu.Item onClick={() => readAll.mutate()}>{t('app.readAll')}</Menu.Item>}
      </Menu.Dropdown>
    </Menu>
  );
}

function LiveUpdates(): null {
  useNotificationStream();
  return null;
}

export function Layout(): ReactNode {
  const { t, i18n } = useTranslation();
  const { session, reason } = useSessionState();
  const navigate = useNavigate();
  const location = useLocation();
  // Signed out by the app itself (suspended, session gone): once, to the sign-in page, which says why.
  useEffect(() => {
    if (reason) void navigate('/signin');
  }, [reason, navigate]);
  const [opened, { toggle, close }] = useDisclosure();
  const links = NAV[session?.role ?? 'student'];
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="menu" />
            <Title order={1} fz={{ base: 'lg', sm: 'xl' }} style={{ whiteSpace: 'nowrap' }}>
              <Link to={homeOf(session?.role)} style={{ color: 'inherit', textDecoration: 'none' }}>
                {t('app.title')}
              </Link>
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={t('app.language')}
              value={i18n.language}
              onChange={(language) => void i18n.changeLanguage(language)}
              data={[
                { value: 'ru', label: 'RU' },
                { value: 'en', label: 'EN' },
              ]}
            />
            {session && <Bell />}
            {session ? (
              <Button
                variant="subtle"
                size="xs"
                onClick={() => void signOut().then(() => navigate('/signin'))}
              >
                {t('app.signOut')}
              </Button>
            ) : (
              <Button component={Link} to="/signin" size="xs">
                {t('app.signIn')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="navigation">
        {links.map(([to, label]) => (
          <NavLink key={to} component={Link} to={to} label={t(label)} active={location.pathname === to} variant="filled" onClick={close} />
        ))}
        {session && (
          <Text size="xs" c="dimmed" mt="md" px="sm">
            {session.name}
          </Text>
        )}
      </AppShell.Navbar>
      <AppShell.Main>
        {session && <LiveUpdates key={session.id} />}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
