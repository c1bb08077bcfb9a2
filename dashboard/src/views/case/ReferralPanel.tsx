import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength } from '../../api/limits';
import { textTooLong } from '../../api/rules';
import type { Recommendation, ReferableProgram, ReferralView } from '../../api/types';
import { FormFooter, SelectField, TextField, useForm, addIf, type FieldErrors } from '../../components/form';
import { t, tEnum } from '../../i18n';
import { recommendationReason } from './reasons';

/**
 * The recommended programs (read with the case), each accepted as a referral in one click, and a form to refer to any
 * program the server says it accepts for this case now (those serving the point or the destination state, read with
 * the case, so a new destination brings its own). Without the person's consent to share, a referral outside the
 * mandatory categories needs a reason, asked here.
 */
export function ReferralPanel({ caseId, referrals, recommendations, referable, consentToShare, onDone }: {
  caseId: string; referrals: ReferralView[]; recommendations: Recommendation[]; referable: ReferableProgram[]; consentToShare: boolean; onDone: () => void;
}) {
  const [programId, setProgramId] = useState('');
  const [note, setNote] = useState('');
  const [override, setOverride] = useState('');
  const form = useForm();
  const active = new Set(referrals.filter((r) => r.status === 'pending' || r.status === 'accepted').map((r) => r.programId));

  const refer = (id: string, text?: string) =>
    form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        addIf(errors, !id, 'programId', t('rule.required'));
        const max = maxLength('ReferralRequest', 'note');
        addIf(errors, (text ?? '').trim().length > max, 'note', t('rule.maxLength', { max }));
        textTooLong(errors, 'consentOverride.reason', override, maxLength('ConsentOverrideRequest', 'reason'));
        return errors;
      },
      async () => {
        await api.refer(caseId, id, text?.trim(), consentToShare ? undefined : override.trim());
        setProgramId('');
        setNote('');
        setOverride('');
        onDone();
        return t('referral.done');
      },
    );

  const open = recommendations.filter((r) => !active.has(r.programId));
  return (
    <div class="referral-panel">
      {!consentToShare && (
        <div class="consent-override" data-testid="consent-override">
          <p class="hint">{t('referral.noConsent')}</p>
          <TextField id="ref-override" name="consentOverride.reason" label={t('referral.overrideReason')} value={override} onInput={setOverride} errors={form.errors}
            maxLength={maxLength('ConsentOverrideRequest', 'reason')} hint={t('referral.overrideHint')} />
        </div>
      )}
      <h3>{t('referral.recommended')}</h3>
      {open.length === 0 ? <p class="muted">{t('referral.noRecommendations')}</p> : (
        <ul class="recommendations">
          {open.map((r) => (
            <li key={r.programId} data-program={r.programId}>
              <div>
                <strong translate={false}>{r.programName ?? referable.find((p) => p.id === r.programId)?.name ?? r.programId}</strong>
                {r.category && <span class="muted small"> · {tEnum('category', r.category)}</span>}
                <p class="small">{recommendationReason(r)}</p>
              </div>
              <button type="button" class="primary" disabled={form.busy} onClick={() => refer(r.programId)} data-action="refer">{t('referral.accept')}</button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => { e.preventDefault(); void refer(programId, note); }} noValidate class="form" aria-label={t('referral.other')}>
        <h3>{t('referral.other')}</h3>
        <div class="form-row">
          <SelectField id="ref-program" name="programId" label={t('case.program')} value={programId} onChange={setProgramId} errors={form.errors} required empty={t('common.choose')}
            hint={referable.length === 0 ? t('referral.noneReferable') : undefined}
            options={referable.map((p) => ({ value: p.id, label: `${p.name} · ${tEnum('category', p.category)} · ${t(p.servesAt === 'point' ? 'referral.servesAtPoint' : 'referral.servesAtDestination')}` }))} />
          <TextField id="ref-note" name="note" label={t('referral.note')} value={note} onInput={setNote} errors={form.errors} maxLength={maxLength('ReferralRequest', 'note')} />
        </div>
        <FormFooter form={form} submitLabel={t('referral.submit')} />
      </form>
    </div>
  );
}
