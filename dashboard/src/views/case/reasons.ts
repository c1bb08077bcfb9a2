import type { Recommendation, ReferralView } from '../../api/types';
import { formatList as list, t, tEnum } from '../../i18n';

/** Why a program is recommended, worded in the dashboard's language from the recommendation's parts. */
export function recommendationReason(r: Recommendation): string {
  if (!r.category) return r.reason;
  const why = r.missingDocuments?.length ? t('reason.missingDocuments', { documents: list(r.missingDocuments.map((d) => tEnum('document', d))) })
    : r.skills?.length ? t('reason.skills', { skills: list(r.skills) })
      : r.category === 'childProtection' ? t('reason.childProtection')
        : t('reason.need', { category: tEnum('category', r.category) });
  const where = r.availableAtPoint ? t('reason.atPoint') : t('reason.destination', { state: r.destinationState ?? '—' });
  return `${why}; ${where}.`;
}

/** The note of an automatic referral: the situation that caused it, in the dashboard's language. */
export function automaticReferralNote(situation: string): string {
  return t('reason.automatic', { situation: tEnum('vulnerability', situation) });
}

/** A referral's note; an automatic referral names the situation that caused it. */
export function referralNote(r: ReferralView): string | null | undefined {
  return r.automaticFor ? automaticReferralNote(r.automaticFor) : r.note;
}
