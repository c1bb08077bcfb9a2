import type { CustodyEntry } from '../../api/custody';
import { formatDateTime, t, tEnum, type TimeZoneId } from '../../i18n';
import { TableScroll } from '../../components/TableScroll';

const party = (name?: string | null, institution?: string | null) => (name ? (institution ? `${name} (${institution})` : name) : institution ?? '—');

/** The chain of custody: every handover with its time, giver → receiver (with institutions), document and note. */
export function CustodyChain({ chain, zone }: { chain: readonly CustodyEntry[]; zone: TimeZoneId | null }) {
  if (chain.length === 0) return <p class="muted" data-testid="custody-empty">{t('custody.noSteps')}</p>;
  return (
    <TableScroll label={t('custody.chain')}>
      <table class="custody-chain" data-testid="custody-chain">
        <caption class="visually-hidden">{t('custody.chain')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('custody.step')}</th>
            <th scope="col">{t('custody.at')}</th>
            <th scope="col">{t('custody.fromTo')}</th>
            <th scope="col">{t('custody.document')}</th>
            <th scope="col">{t('custody.note')}</th>
          </tr>
        </thead>
        <tbody>
          {chain.map((e, i) => (
            <tr key={e.sequence ?? i} data-step={e.step}>
              <th scope="row">{tEnum('custodyStep', e.step)}</th>
              <td>{formatDateTime(e.at, zone)}{e.recordedBy && <span class="muted small" translate={false}> · {e.recordedBy}</span>}</td>
              <td>
                <span translate={false}>{party(e.fromName, e.fromInstitution)}</span>
                <span aria-hidden="true"> → </span><span class="visually-hidden"> {t('custody.to')} </span>
                <span translate={false}>{party(e.toName, e.toInstitution)}</span>
                {e.relativeName && (
                  <p class="small">
                    {t('custody.relative')}: <span translate={false}>{e.relativeName}</span>
                    {e.relationship && <> · {tEnum('relationship', e.relationship)}</>}
                    {e.identityDocument && <> · {t('custody.identityDocument')}: <span translate={false}>{e.identityDocument}</span></>}
                  </p>
                )}
              </td>
              <td translate={false}>{e.document || '—'}</td>
              <td translate={false}>{e.note || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
