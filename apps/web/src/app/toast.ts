import { notifications } from '@mantine/notifications';
import i18n from '../i18n';

/** A sound-free toast whose close button has a name (screen readers, axe-core). */
export function toast(message: string, color?: string): void {
  notifications.show({ message, color, autoClose: 5000, closeButtonProps: { 'aria-label': i18n.t('app.close') } });
}
