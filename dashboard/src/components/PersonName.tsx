import { t } from '../i18n';

/** A person's names, or "no identificada" with the desk's description when the person gave no name. */
export function PersonName({ p }: { p: { givenNames: string; surnames: string; unidentified?: boolean; description?: string | null } }) {
  if (p.unidentified) {
    return (
      <span data-testid="person-name" data-unidentified="true">
        <em>{t('person.unidentified')}</em>
        {p.description && <span translate={false}> · {p.description}</span>}
      </span>
    );
  }
  return <span data-testid="person-name" translate={false}>{p.givenNames} {p.surnames}</span>;
}
