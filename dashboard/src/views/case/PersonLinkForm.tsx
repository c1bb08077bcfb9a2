import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { patternOf } from '../../api/limits';
import { isCaseId } from '../../api/rules';
import type { PersonMatch, ReturneeView } from '../../api/types';
import { FormFooter, TextField, useForm, type FieldErrors } from '../../components/form';
import { MatchCandidates } from '../../components/MatchCandidates';
import { t } from '../../i18n';

const PERSON_ID = patternOf('PersonLinkRequest', 'personId');

/**
 * For the point's managers: links the case to the person of an earlier return — one the matcher offers (asked for when
 * the section is opened), or one given by its person id or a case id of this point — or undoes the link when the case
 * has other returns. Both are recorded and reversible.
 */
export function PersonLinkForm({ c, linked, onDone }: { c: ReturneeView; linked: boolean; onDone: () => void }) {
  const [target, setTarget] = useState('');
  const [candidates, setCandidates] = useState<PersonMatch[] | null>(null);
  const [hidden, setHidden] = useState<string[]>([]);
  const form = useForm();
  const unlinkForm = useForm();

  const findCandidates = (open: boolean) => {
    if (!open || candidates) return;
    api.matches(c.pointCode, {
      givenNames: c.givenNames, surnames: c.surnames, sex: c.sex, dateOfBirth: c.dateOfBirth, estimatedAge: c.estimatedAge, curp: c.curp,
      rejectedPersonIds: c.personId ? [c.personId] : undefined,
    }).then(setCandidates, () => setCandidates([]));
  };

  /** Links the case to the person `resolve` answers, once `validate` finds nothing wrong. */
  const link = (resolve: () => Promise<string>, validate: () => FieldErrors = () => ({})) => form.submit(validate, async () => {
    await api.linkPerson(c.caseId, await resolve());
    onDone();
    return t('person.linked');
  });

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const value = target.trim().toUpperCase();
    await link(
      async () => (PERSON_ID.test(value) ? value : (await api.returnee(value)).personId ?? ''),
      (): FieldErrors => (isCaseId(value) || PERSON_ID.test(value) ? {} : { personId: [t('person.linkTargetRule')] }),
    );
  };

  const unlink = () => unlinkForm.submit(() => ({}), async () => {
    await api.unlinkPerson(c.caseId);
    onDone();
    return t('person.unlinked');
  });

  const shown = (candidates ?? []).filter((m) => !hidden.includes(m.personId));
  return (
    <div class="person-link">
      {linked && (
        <form class="form" onSubmit={(e) => { e.preventDefault(); void unlink(); }} aria-label={t('person.unlink')} data-testid="unlink-form">
          <p class="hint">{t('person.unlinkHint')}</p>
          <FormFooter form={unlinkForm} submitLabel={t('person.unlink')} />
        </form>
      )}
      <details class="form-details" onToggle={(e) => findCandidates((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('person.link')}</summary>
        {candidates === null ? <p class="loading" role="status">{t('common.loading')}</p>
          : shown.length === 0 ? <p class="muted" data-testid="no-candidates">{t('person.noCandidates')}</p>
          : <MatchCandidates matches={shown} chosen={null} hint={t('person.candidatesHint')}
              onChoose={(m) => m && void link(async () => m.personId)} onReject={(m) => setHidden([...hidden, m.personId])} />}
        <form class="form" onSubmit={onSubmit} noValidate aria-label={t('person.link')} data-testid="link-form">
          <TextField id="link-target" name="personId" label={t('person.linkTarget')} value={target} onInput={setTarget} errors={form.errors}
            required hint={t('person.linkTargetHint')} maxLength={11} />
          <FormFooter form={form} submitLabel={t('person.link')} />
        </form>
      </details>
    </div>
  );
}
