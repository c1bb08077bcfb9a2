import type { Priority, Vulnerability } from '../api/types';
import { t, tEnum } from '../i18n';

/** The priority and the vulnerability flags of a person, as text badges. */
export function PriorityBadges({ priority, flags }: { priority?: Priority; flags?: Vulnerability[] }) {
  return (
    <span class="badges">
      {priority && priority !== 'normal' && (
        <span class={`badge priority-${priority}`}>
          <span class="visually-hidden">{t('priority.title')}: </span>
          {tEnum('priority', priority)}
        </span>
      )}
      {(flags ?? []).map((flag) => (
        <span key={flag} class={`badge flag flag-${flag}`} data-flag={flag}>{tEnum('vulnerability', flag)}</span>
      ))}
    </span>
  );
}
