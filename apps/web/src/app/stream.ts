import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';
import i18n from '../i18n';
import { useSession } from './auth';
import { LiveStream, type StreamState } from './live-stream';
import { toast } from './toast';

type Notification = Schemas['NotificationPageDto']['items'][number];

/**
 * The signed-in account's live notifications: every event refreshes the server state (TanStack
 * Query: lists, statuses, the conversation, the bell) and shows a sound-free toast.
 */
export function useNotificationStream(): StreamState {
  const accountId = useSession()?.id;
  const queryClient = useQueryClient();
  const [state, setState] = useState<StreamState>('connecting');

  useEffect(() => {
    if (!accountId) return;
    const stream = new LiveStream({
      issueCookie: async () => (await api.POST('/api/notifications/stream-cookie')).response.ok,
      connect: (url) => new EventSource(url, { withCredentials: true }),
      onReady: () => void queryClient.invalidateQueries(),
      onNotification: (data) => {
        const notification = data as Notification;
        void queryClient.invalidateQueries();
        toast(i18n.t(`notification.${notification.type}`, { defaultValue: i18n.t('notification.other'), ...(notification.data as object) }));
      },
      onState: setState,
    });
    stream.start();
    return () => stream.stop();
  }, [accountId, queryClient]);
  return state;
}
