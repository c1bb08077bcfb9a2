import { t } from '../../i18n';
import type { ReferralEnd } from './useReferralEnds';

/**
 * Above the queue, where a moving or vanishing row cannot take it along: the confirmation of the provider's last
 * decision (a polite live region, present before it speaks), and the rows that others ended, each with its reason
 * and whatever the provider had typed.
 */
export function QueueAnnouncements({ confirmation, ends, onDismiss }: { confirmation: string; ends: ReferralEnd[]; onDismiss: (referralId: string) => void }) {
  return (
    <div class="queue-announcements">
      <p class="form-done queue-confirmation" role="status" aria-live="polite" data-testid="program-confirmation">{confirmation}</p>
      <div role="status" aria-live="polite">
        {ends.length > 0 && (
          <ul class="referral-ends">
            {ends.map((end) => (
              <li key={end.referralId} class="referral-end" data-testid="referral-end" data-referral={end.referralId}>
                <p>{end.message}</p>
                {end.draft && (
                  <div class="referral-end-draft">
                    <p class="small">{t('program.typedText')}</p>
                    <blockquote translate={false} data-testid="referral-end-draft">{end.draft}</blockquote>
                  </div>
                )}
                <button type="button" onClick={() => onDismiss(end.referralId)}>{t('program.endSeen')}</button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
