import type { Priority, Vulnerability } from '../api/types';
import { t, tEnum } from '../i18n';

/**
 * The priority and the vulnerability flags of a person, as text badges. Queues leave "normal" out to keep
 * the urgent rows visible; a case record shows it (showNormal) so an empty cell is never mistaken for missing data.
 */
export function PriorityBadges({ priority, flags, showNormal = false }: { priority?: Priority; flags?: Vulnerability[]; showNormal?: boolean }) {
  return (
    <span class="badges">
      {priority && (priority !== 'normal' || showNormal) && (
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
