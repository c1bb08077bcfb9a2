import type { ReferralView, ReturneeView } from '../../api/types';
import { t } from '../../i18n';

/**
 * Why a referral left the provider's queue (or moved in it) by someone else's hand, worded from the case as the
 * provider reads it: its referral's status and who changed it, and for a cancellation the case's exit.
 */
export function referralEndMessage(name: string, referralId: string, view: ReturneeView | null): string {
  const referral: ReferralView | undefined = view?.referrals.find((r) => r.referralId === referralId);
  const user = referral?.statusChangedBy ?? '—';
  switch (referral?.status) {
    case 'cancelled':
      if (view?.stage === 'departed') return t('program.goneDeparted', { name });
      if (view?.stage === 'transferred') return t('program.goneTransferred', { name });
      return t('program.goneCancelled', { name });
    case 'declined':
      return t('program.goneDeclined', { name, user });
    case 'completed':
      return t('program.goneCompleted', { name, user });
    case 'accepted':
      return t('program.movedAccepted', { name, user });
    default:
      return t('program.goneUnknown', { name });
  }
}
