import type { PersonMatch } from '../api/types';
import { birthOrAge } from './birthOrAge';
import { formatDateTime, t, tEnum } from '../i18n';

/**
 * Earlier returns that may be the person at the desk, best first, each with the reasons in words: "same person" links
 * the arrival to that person (shown as chosen, with an undo), "not this person" hides the candidate and tells the API.
 */
export function MatchCandidates({ matches, chosen, hint, onChoose, onReject }: {
  matches: PersonMatch[];
  hint: string;
  chosen: PersonMatch | null;
  onChoose: (m: PersonMatch | null) => void;
  onReject: (m: PersonMatch) => void;
}) {
  const shown = chosen && !matches.some((m) => m.personId === chosen.personId) ? [chosen, ...matches] : matches;
  if (shown.length === 0) return null;
  return (
    <section class="match-candidates" aria-labelledby="matches-title" data-testid="match-candidates">
      <h3 id="matches-title">{t('matches.title')}</h3>
      <p class="hint">{hint}</p>
      <ul aria-live="polite">
        {shown.map((m) => {
          const isChosen = chosen?.personId === m.personId;
          return (
            <li key={m.personId} class={isChosen ? 'match chosen' : 'match'} data-person={m.personId} data-case={m.caseId} data-chosen={isChosen ? 'true' : 'false'}>
              <p>
                <strong translate={false}>{m.givenNames} {m.surnames}</strong>
                {m.likely && <span class="badge likely-badge" data-testid="match-likely"> {t('matches.likely')}</span>}
                {isChosen && <span class="badge chosen-badge" data-testid="match-chosen"> {t('matches.chosen')}</span>}
              </p>
              <p class="small">
                {t('search.birthOrAge')}: {birthOrAge(m)} · {t('matches.returned', { point: m.pointCode, date: formatDateTime(m.arrivedAt, m.timeZone ?? null) })}
              </p>
              <p class="small muted" data-testid="match-reasons">{m.reasons.map((r) => tEnum('matchReason', r)).join(' · ')}</p>
              <div class="row-actions">
                {isChosen
                  ? <button type="button" onClick={() => onChoose(null)} data-action="undo">{t('matches.undo')}</button>
                  : <button type="button" class="primary" onClick={() => onChoose(m)} data-action="same">{t('matches.same')}</button>}
                {!isChosen && <button type="button" onClick={() => onReject(m)} data-action="reject">{t('matches.reject')}</button>}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
