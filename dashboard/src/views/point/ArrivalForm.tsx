import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength } from '../../api/limits';
import { AGE, curpProblem, isCaseId, isFamilyGroupId, nameProblem, textTooLong, wholeNumberIn } from '../../api/rules';
import { MEXICAN_STATES, SEXES, TRANSPORT_MODES, VULNERABILITIES, type ArrivalReceipt, type ArrivalRequest, type Notice, type PersonMatch, type Sex, type TransportMode, type Vulnerability } from '../../api/types';
import { RELATIONSHIPS, type Relationship } from '../../api/custody';
import { addIf, Checkbox, CheckboxGroup, FormFooter, SelectField, TextArea, TextField, useForm, type FieldErrors } from '../../components/form';
import { Link } from '../../components/Link';
import { ageOn, parseDayFirst } from '../../components/dayFirstDate';
import { formatDateInWords, formatDateTime, t, tEnum, type TimeZoneId } from '../../i18n';
import { MatchCandidates } from '../../components/MatchCandidates';
import { RecentReturnBadge } from '../../components/RecentReturnBadge';
import { paths } from '../../router';
import { useMatches } from './useMatches';

const empty = { givenNames: '', surnames: '', sex: '' as Sex | '', dateOfBirth: '', estimatedAge: '', curp: '', accompanyingCaseId: '', relationship: '' as Relationship | '', familyGroupId: '', noticeId: '', transport: '' as TransportMode | '', originState: '', vulnerabilities: [] as Vulnerability[], unidentified: false, description: '', privacyNoticeGiven: false };

/**
 * Brings the person's row of the queue into view and focus (the queue may be long; the desk just registered them).
 * The row comes with the point's next live message, so a click right after registering waits for it a little.
 */
function showInQueue(caseId: string, attempts = 20) {
  const row = document.getElementById(`queue-row-${caseId}`);
  if (!row) {
    if (attempts > 0) setTimeout(() => showInQueue(caseId, attempts - 1), 100);
    return;
  }
  row.scrollIntoView({ block: 'center' });
  row.focus();
}

/** Registers a person arriving at the point (the intake desk's main form). */
export function ArrivalForm({ code, zone, notices, onDone }: { code: string; zone: TimeZoneId | null; notices: Notice[]; onDone?: (receipt: ArrivalReceipt) => void }) {
  const [v, setV] = useState(empty);
  const [receipt, setReceipt] = useState<ArrivalReceipt | null>(null);
  // The earlier person the desk confirmed ("same person") and those it ruled out ("not this person").
  const [chosen, setChosen] = useState<PersonMatch | null>(null);
  const [rejected, setRejected] = useState<string[]>([]);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const form = useForm();
  const set = (patch: Partial<typeof empty>) => setV({ ...v, ...patch });
  const dob = parseDayFirst(v.dateOfBirth);
  const age = /^\d{1,3}$/.test(v.estimatedAge.trim()) ? Number(v.estimatedAge) : undefined;
  const curp = v.curp.trim().toUpperCase();
  const enough = !v.unidentified && !!v.givenNames.trim() && !!v.surnames.trim() && ((!!dob && dob !== 'invalid') || age !== undefined);
  const matches = useMatches(code, enough ? {
    givenNames: v.givenNames.trim(),
    surnames: v.surnames.trim(),
    sex: v.sex || 'unspecified',
    dateOfBirth: dob && dob !== 'invalid' ? dob.iso : undefined,
    estimatedAge: age,
    curp: curp.length === maxLength('ArrivalRequest', 'curp') ? curp : undefined,
    rejectedPersonIds: rejected.length ? rejected : undefined,
  } : null).filter((m) => !rejected.includes(m.personId));

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (v.unidentified) {
      textTooLong(errors, 'description', v.description, maxLength('ArrivalRequest', 'description'), true);
    } else {
      const given = nameProblem(v.givenNames);
      if (given) errors.givenNames = [given];
      const surnames = nameProblem(v.surnames);
      if (surnames) errors.surnames = [surnames];
    }
    addIf(errors, !v.sex, 'sex', t('rule.required'));
    if (dob === 'invalid') {
      errors.dateOfBirth = [t('rule.dobFormat')];
    } else if (dob) {
      const at = Date.parse(dob.iso);
      addIf(errors, at > Date.now(), 'dateOfBirth', t('rule.dobFuture'));
      addIf(errors, at < Date.now() - AGE.max * 365.25 * 86_400_000, 'dateOfBirth', t('rule.dobTooOld', { max: AGE.max }));
    }
    if (v.estimatedAge) wholeNumberIn(errors, 'estimatedAge', v.estimatedAge, AGE);
    // A child's protection depends on the age: the API requires one of the two, and so does the desk.
    if (!v.dateOfBirth.trim() && !v.estimatedAge.trim()) {
      errors.dateOfBirth = [t('rule.dobOrAge')];
      errors.estimatedAge = [t('rule.dobOrAge')];
    }
    if (v.curp.trim()) {
      const problem = curpProblem(v.curp);
      if (problem) errors.curp = [problem];
    }
    addIf(errors, !!v.accompanyingCaseId.trim() && !isCaseId(v.accompanyingCaseId), 'accompanyingCaseId', t('rule.caseId'));
    addIf(errors, !!v.accompanyingCaseId.trim() && !v.relationship, 'relationship', t('rule.relationship'));
    // The API records the notice either way; the desk must give it before registering.
    addIf(errors, !v.privacyNoticeGiven, 'privacyNoticeGiven', t('rule.privacyNotice'));
    addIf(errors, !!v.familyGroupId.trim() && !isFamilyGroupId(v.familyGroupId), 'familyGroupId', t('rule.familyGroupId', { max: maxLength('ArrivalRequest', 'familyGroupId') }));
    return errors;
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    await form.submit(validate, async () => {
      const body: ArrivalRequest = {
        givenNames: v.unidentified ? '' : v.givenNames.trim(),
        surnames: v.unidentified ? '' : v.surnames.trim(),
        unidentified: v.unidentified || undefined,
        description: v.unidentified ? v.description.trim() : undefined,
        personId: v.unidentified ? undefined : chosen?.personId,
        rejectedPersonIds: !v.unidentified && rejected.length ? rejected : undefined,
        sex: v.sex || null,
        dateOfBirth: dob && dob !== 'invalid' ? dob.iso : undefined,
        estimatedAge: v.estimatedAge ? Number(v.estimatedAge) : undefined,
        curp: curp || undefined,
        accompanyingCaseId: v.accompanyingCaseId.trim().toUpperCase() || undefined,
        relationship: (v.accompanyingCaseId.trim() && v.relationship) || undefined,
        familyGroupId: v.familyGroupId.trim() || undefined,
        vulnerabilities: v.vulnerabilities.length ? v.vulnerabilities : undefined,
        noticeId: v.noticeId || undefined,
        transport: v.transport || undefined,
        originState: v.originState || undefined,
        privacyNoticeGiven: v.privacyNoticeGiven,
      };
      const answer = await api.registerArrival(code, body, key);
      const name = v.unidentified ? t('person.unidentified') : `${body.givenNames} ${body.surnames}`;
      setReceipt(answer);
      setV(empty);
      setChosen(null);
      setRejected([]);
      setKey(crypto.randomUUID());
      onDone?.(answer);
      return t('arrival.doneNamed', { name, caseId: answer.caseId, certificate: answer.certificateNumber });
    });
  };

  const upcoming = notices.filter((n) => Date.parse(n.expectedAt) > Date.now() - 12 * 3_600_000);
  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={t('arrival.title')} data-testid="arrival-form">
      <Checkbox id="arr-unidentified" label={t('arrival.unidentified')} checked={v.unidentified} onChange={(x) => set({ unidentified: x })} />
      {v.unidentified ? (
        <TextArea id="arr-description" name="description" label={t('arrival.description')} value={v.description} onInput={(x) => set({ description: x })} errors={form.errors}
          required hint={t('arrival.descriptionHint')} maxLength={maxLength('ArrivalRequest', 'description')} />
      ) : (
        <div class="form-row">
          <TextField id="arr-given" name="givenNames" label={t('arrival.givenNames')} value={v.givenNames} onInput={(x) => set({ givenNames: x })} errors={form.errors} required maxLength={maxLength('ArrivalRequest', 'givenNames')} />
          <TextField id="arr-surnames" name="surnames" label={t('arrival.surnames')} value={v.surnames} onInput={(x) => set({ surnames: x })} errors={form.errors} required maxLength={maxLength('ArrivalRequest', 'surnames')} />
        </div>
      )}
      <div class="form-row">
        <SelectField id="arr-sex" name="sex" label={t('arrival.sex')} value={v.sex} onChange={(x) => set({ sex: x as Sex })} errors={form.errors} required empty={t('common.choose')}
          options={SEXES.map((s) => ({ value: s, label: tEnum('sex', s) }))} />
        <div>
          <TextField id="arr-dob" name="dateOfBirth" label={t('arrival.dateOfBirth')} value={v.dateOfBirth} onInput={(x) => set({ dateOfBirth: x })} errors={form.errors}
            inputMode="numeric" placeholder={t('arrival.dateOfBirthFormat')} hint={`${t('arrival.dateOfBirthHint')} · ${t('arrival.dobOrAgeHint')}`} maxLength={10} />
          {dob && dob !== 'invalid' && (
            <p class="hint dob-echo" aria-live="polite" data-testid="dob-echo">
              {t('arrival.dateOfBirthEcho', { date: formatDateInWords(dob.iso), age: ageOn(dob) })}
            </p>
          )}
        </div>
        <TextField id="arr-age" name="estimatedAge" type="number" min={AGE.min} max={AGE.max} label={t('arrival.estimatedAge')} value={v.estimatedAge} onInput={(x) => set({ estimatedAge: x })} errors={form.errors} hint={`${t('arrival.estimatedAgeHint')} · ${t('arrival.dobOrAgeHint')}`} />
      </div>
      <div class="form-row">
        <TextField id="arr-curp" name="curp" label={t('arrival.curp')} value={v.curp} onInput={(x) => set({ curp: x })} errors={form.errors} maxLength={maxLength('ArrivalRequest', 'curp')} />
        <TextField id="arr-companion" name="accompanyingCaseId" label={t('arrival.accompanyingCaseId')} value={v.accompanyingCaseId} onInput={(x) => set({ accompanyingCaseId: x })} errors={form.errors} hint={t('arrival.accompanyingHint')} maxLength={maxLength('ArrivalRequest', 'accompanyingCaseId')} />
        {v.accompanyingCaseId.trim() && (
          <SelectField id="arr-relationship" name="relationship" label={t('arrival.relationship')} value={v.relationship} onChange={(x) => set({ relationship: x })} errors={form.errors} required empty={t('common.choose')}
            hint={t('arrival.relationshipHint')} options={RELATIONSHIPS.map((r) => ({ value: r, label: tEnum('relationship', r) }))} />
        )}
        <TextField id="arr-family" name="familyGroupId" label={t('arrival.familyGroupId')} value={v.familyGroupId} onInput={(x) => set({ familyGroupId: x })} errors={form.errors} hint={t('arrival.familyGroupHint')} maxLength={maxLength('ArrivalRequest', 'familyGroupId')} />
      </div>
      <div class="form-row">
        <SelectField id="arr-notice" name="noticeId" label={t('arrival.notice')} value={v.noticeId} onChange={(x) => set({ noticeId: x })} errors={form.errors} empty={t('arrival.noNotice')}
          options={upcoming.map((n) => ({ value: n.id, label: `${n.id} · ${formatDateTime(n.expectedAt, zone)} · ${tEnum('transport', n.transport)}` }))} />
        <SelectField id="arr-transport" name="transport" label={t('arrival.transport')} value={v.transport} onChange={(x) => set({ transport: x })} errors={form.errors} empty={t('common.notStated')}
          options={TRANSPORT_MODES.map((m) => ({ value: m, label: tEnum('transport', m) }))} />
        <SelectField id="arr-origin" name="originState" label={t('arrival.originState')} value={v.originState} onChange={(x) => set({ originState: x })} errors={form.errors} empty={t('common.notStated')}
          options={MEXICAN_STATES.map((s) => ({ value: s, label: s }))} />
      </div>
      {!v.unidentified && (
        <MatchCandidates matches={matches} chosen={chosen} hint={t('matches.hint')} onChoose={setChosen}
          onReject={(m) => { setRejected([...rejected, m.personId]); if (chosen?.personId === m.personId) setChosen(null); }} />
      )}
      <CheckboxGroup id="arr-vuln" name="vulnerabilities" label={t('arrival.vulnerabilities')} values={v.vulnerabilities} onChange={(x) => set({ vulnerabilities: x })} errors={form.errors}
        hint={t('arrival.minorHint')} options={VULNERABILITIES.map((f) => ({ value: f, label: tEnum('vulnerability', f) }))} />
      <CheckboxGroup id="arr-privacy" name="privacyNoticeGiven" label={t('arrival.privacyNoticeTitle')} values={v.privacyNoticeGiven ? ['given'] : []}
        onChange={(x) => set({ privacyNoticeGiven: x.length > 0 })} errors={form.errors} options={[{ value: 'given', label: t('arrival.privacyNotice') }]} />
      {receipt?.recentReturn && form.done && <p><RecentReturnBadge recent={receipt.recentReturn} /></p>}
      <FormFooter form={form} submitLabel={t('arrival.submit')}>
        {receipt && <Link href={paths.case(receipt.caseId)} class="button">{t('arrival.openCase')}</Link>}
        {receipt && form.done && <button type="button" onClick={() => showInQueue(receipt.caseId)} data-testid="show-in-queue">{t('arrival.showInQueue')}</button>}
      </FormFooter>
    </form>
  );
}
