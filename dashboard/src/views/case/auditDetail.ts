import type { AuditEntry } from '../../api/types';
import { formatList as list, t, tEnum } from '../../i18n';
import { automaticReferralNote } from './reasons';

/** The action's name for the dictionary: a referral's "referral accepted" is "accepted". */
export const auditAction = (e: AuditEntry): string => e.action.replace(/^referral /, '');

/**
 * An audit entry's detail in the dashboard's language, from the facts the server records beside its English
 * sentence (older entries have only the sentence, which is shown as it is).
 */
export function auditDetail(e: AuditEntry): string | null | undefined {
  const f = e.facts;
  if (!f) return e.detail;
  const action = auditAction(e);
  switch (action) {
    case 'registered': {
      const base = t('auditDetail.registered', { point: f.point ?? '', certificate: f.certificate ?? '', priority: tEnum('priority', f.priority ?? '') });
      return f.privacyNotice ? `${base}; ${tEnum('privacyNotice', f.privacyNotice)}` : base;
    }
    case 'referred': {
      const base = t('auditDetail.referred', { referral: f.referral ?? '', program: f.program ?? '' });
      const why = [f.automaticFor && automaticReferralNote(f.automaticFor), f.basis && tEnum('referralBasis', f.basis), f.overrideReason]
        .filter(Boolean).join('; ');
      return why ? `${base} (${why})` : base;
    }
    case 'referralAwaitingConsent':
      return t('auditDetail.awaitingConsent', { program: f.program ?? '—', reason: f.automaticFor ? automaticReferralNote(f.automaticFor) : '—' });
    case 'consentGiven':
    case 'consentWithdrawn':
    case 'consentRefused':
      return [tEnum('consentPurpose', f.purpose ?? ''), f.note].filter(Boolean).join(': ');
    case 'assessed':
    case 'reassessed':
      return t('auditDetail.assessed', {
        needs: f.needs ? list(f.needs.split(',').map((c) => tEnum('category', c))) : '—',
        destination: f.destination ?? '—',
        consent: f.consent === 'true' ? t('common.yes') : t('common.no'),
      });
    case 'viewed':
      if (f.what === 'recommendations') return t('auditDetail.recommendations');
      if (f.what === 'timeline') return t('auditDetail.timeline');
      return f.what === 'audit' ? t('auditDetail.audit') : e.detail;
    case 'departed':
    case 'transferred': {
      const base = action === 'departed'
        ? t('auditDetail.departed', { destination: f.destination ?? '—' })
        : t('auditDetail.transferred', { institution: f.institution ?? '—' });
      return f.cancelled ? `${base}; ${t('auditDetail.cancelled', { referrals: f.cancelled.split(',').join(', ') })}` : base;
    }
    case 'custody': {
      const base = t('auditDetail.custody', { step: tEnum('custodyStep', f.step ?? ''), from: f.from ?? '—', to: f.to ?? '—' });
      return f.relationship ? `${base} · ${tEnum('relationship', f.relationship)}` : base;
    }
    case 'separated':
      return t('auditDetail.separated', { companion: f.companion ?? '—' });
    case 'personLinked': {
      const base = t('auditDetail.personLinked', { from: f.from ?? '—', to: f.to ?? '—' });
      return f.linkedBy === 'curp' ? `${base} (${t('auditDetail.byCurp')})` : base;
    }
    case 'personUnlinked':
      return t('auditDetail.personUnlinked', { from: f.from ?? '—', to: f.to ?? '—' });
    case 'linkRejected':
      return t('auditDetail.linkRejected', { person: f.person ?? '—' });
    case 'registrationCorrected':
      return [...correctedFields(f), t('auditDetail.reason', { reason: f.reason ?? '—' })].join(' · ');
    case 'accepted':
    case 'declined':
    case 'completed':
      return f.text ? `${f.referral}: ${f.text}` : f.referral;
    default:
      return e.detail;
  }
}

/** A registration correction's changes, "Nombre(s): Jose → José", from its `field.from` / `field.to` facts. */
function correctedFields(f: Record<string, string | null | undefined>): string[] {
  const fields = Object.keys(f).filter((k) => k.endsWith('.to')).map((k) => k.slice(0, -'.to'.length));
  return fields.map((field) => `${tEnum('correctionField', field)}: ${f[`${field}.from`] || '—'} → ${f[`${field}.to`] || '—'}`);
}
