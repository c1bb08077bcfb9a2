import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { patternOf } from '../../api/limits';
import { isCaseId } from '../../api/rules';
import { FormFooter, TextField, useForm, type FieldErrors } from '../../components/form';
import { t } from '../../i18n';

const PERSON_ID = patternOf('PersonLinkRequest', 'personId');

/**
 * For the point's managers: links the case to the person of an earlier return (given by that return's case id or
 * the person id), or undoes the link when the case has other returns. Both are recorded and reversible.
 */
export function PersonLinkForm({ caseId, linked, onDone }: { caseId: string; linked: boolean; onDone: () => void }) {
  const [target, setTarget] = useState('');
  const form = useForm();
  const unlinkForm = useForm();

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const value = target.trim().toUpperCase();
    await form.submit(
      (): FieldErrors => (isCaseId(value) || PERSON_ID.test(value) ? {} : { personId: [t('person.linkTargetRule')] }),
      async () => {
        const personId = PERSON_ID.test(value) ? value : (await api.returnee(value)).personId ?? '';
        await api.linkPerson(caseId, personId);
        setTarget('');
        onDone();
        return t('person.linked');
      },
    );
  };

  const unlink = () => unlinkForm.submit(() => ({}), async () => {
    await api.unlinkPerson(caseId);
    onDone();
    return t('person.unlinked');
  });

  return (
    <div class="person-link">
      {linked && (
        <form class="form" onSubmit={(e) => { e.preventDefault(); void unlink(); }} aria-label={t('person.unlink')} data-testid="unlink-form">
          <p class="hint">{t('person.unlinkHint')}</p>
          <FormFooter form={unlinkForm} submitLabel={t('person.unlink')} />
        </form>
      )}
      <details class="form-details">
        <summary>{t('person.link')}</summary>
        <form class="form" onSubmit={onSubmit} noValidate aria-label={t('person.link')} data-testid="link-form">
          <TextField id="link-target" name="personId" label={t('person.linkTarget')} value={target} onInput={setTarget} errors={form.errors}
            required hint={t('person.linkTargetHint')} maxLength={11} />
          <FormFooter form={form} submitLabel={t('person.link')} />
        </form>
      </details>
    </div>
  );
}
