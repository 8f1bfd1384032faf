import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { useSession } from './auth';
import { toast } from './toast';

const RECONNECT_MS = 1000;

/**
 * The live notification stream of the signed-in account: every event refreshes the server state
 * (TanStack Query) and shows a toast. A ticket is good for one connection, so on any error the
 * stream is reopened with a new ticket from the last event seen, and no event is missed.
 */
export function useNotificationStream(): void {
  const session = useSession();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const accountId = session?.id;

  useEffect(() => {
    if (!accountId) return;
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastEventId = '';
    let stopped = false;

    const reconnect = (): void => {
      source?.close();
      if (!stopped) timer = setTimeout(() => void open(), RECONNECT_MS);
    };
    const open = async (): Promise<void> => {
      const { data } = await api.POST('/api/notifications/ticket').catch(() => ({ data: undefined }));
      if (stopped) return;
      if (!data) return reconnect();
      const query = new URLSearchParams({ ticket: data.ticket });
      if (lastEventId) query.set('lastEventId', lastEventId);
      source = new EventSource(`/api/notifications/stream?${query.toString()}`);
      source.addEventListener('ready', () => void queryClient.invalidateQueries());
      source.onmessage = (event: MessageEvent<string>) => {
        lastEventId = event.lastEventId || lastEventId;
        const notification = JSON.parse(event.data) as Schemas['NotificationPageDto']['items'][number];
        void queryClient.invalidateQueries();
        const key = `notification.${notification.type}`;
        toast(String(t(key, { defaultValue: t('notification.other'), ...(notification.data as object) })));
      };
      source.onerror = reconnect;
    };
    void open();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [accountId, queryClient, t]);
}
