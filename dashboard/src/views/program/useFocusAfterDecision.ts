import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReferralStatus } from '../../api/types';

interface Pending {
  referralId: string;
  section: ReferralStatus;
  index: number;
}

/**
 * After the provider decides on a card, focus goes to the card now in its place in the same section (its first
 * action), or to the section's heading when the section is empty; never to the page body. It waits for the snapshot
 * in which the decided card has left the section.
 */
export function useFocusAfterDecision(version: unknown) {
  const root = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  useEffect(() => {
    const section = pending && root.current?.querySelector<HTMLElement>(`[data-status-section="${pending.section}"]`);
    if (!pending || !section) return;
    if (section.querySelector(`li[data-referral="${CSS.escape(pending.referralId)}"]`)) return;
    const cards = section.querySelectorAll<HTMLElement>('li.referral-card');
    const card = cards.length > 0 ? cards[Math.min(pending.index, cards.length - 1)] : null;
    const target = card?.querySelector<HTMLElement>('.row-actions button') ?? card?.querySelector<HTMLElement>('a') ?? section.querySelector<HTMLElement>('h3');
    target?.focus();
    setPending(null);
  }, [version, pending]);

  return { root, decided: (referralId: string, section: ReferralStatus, index: number) => setPending({ referralId, section, index }) };
}
