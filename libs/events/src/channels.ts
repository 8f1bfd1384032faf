/**
 * Channel naming for live notifications: one channel per recipient account, `notify:<accountId>`.
 *
 * Why not one shared `notifications` channel that every replica filters locally? With a shared
 * channel Redis sends every notification to every replica, so each replica's inbound traffic and
 * JSON parsing grow with the whole platform's notification rate times the replica count, however
 * few of the recipients it holds. With a channel per account, PUBLISH reaches only the replicas
 * that hold a live connection of that recipient (usually one, often none), so per-replica work is
 * proportional to its own clients. The costs are small: one SUBSCRIBE when an account's first
 * SSE stream opens on a replica and one UNSUBSCRIBE when its last one closes (several tabs of one
 * account share one Redis subscription, see EventBus.subscribe), and a bulk re-SUBSCRIBE of a few
 * thousand channels after a reconnect. Redis keeps channels in a hash table, so PUBLISH stays
 * O(subscribers of that channel). Pattern subscriptions (`PSUBSCRIBE notify:*`) are avoided: they
 * behave like the shared channel (every replica gets everything) and add a pattern match per
 * PUBLISH. Per-account channels also map directly onto sharded pub/sub (SSUBSCRIBE) if Redis
 * Cluster is ever used.
 */
export const NOTIFICATION_CHANNEL_PREFIX = 'notify:';

export function notificationChannel(accountId: string): string {
  return `${NOTIFICATION_CHANNEL_PREFIX}${accountId}`;
}
