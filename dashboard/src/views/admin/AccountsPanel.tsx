import { useCallback, useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client';
import { problemText } from '../../api/problem';
import type { AccountEvent, AccountView } from '../../api/types';
import { formatDateTime, t, tEnum, type MessageKey } from '../../i18n';
import { AccountForm } from './AccountForm';

/**
 * The built-in issuer's accounts (issue #16): who may sign in, with which role and scopes, whether disabled or locked
 * out; a form to create one, and per account a change form, disable / enable, and its history.
 */
export function AccountsPanel() {
  const [accounts, setAccounts] = useState<AccountView[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<{ userName: string; what: 'edit' | 'events' } | null>(null);

  const load = useCallback(async () => {
    try {
      setAccounts(await api.accounts());
    } catch (e) {
      setProblem(problemText(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const toggle = async (a: AccountView) => {
    setProblem(null);
    try {
      await api.updateAccount(a.userName, { disabled: !a.disabled });
    } catch (e) {
      setProblem(problemText(e));
    }
    await load();
  };
  const show = (userName: string, what: 'edit' | 'events') =>
    setOpen(open?.userName === userName && open.what === what ? null : { userName, what });

  return (
    <section aria-labelledby="admin-accounts">
      <h2 id="admin-accounts">{t('accounts.title')}</h2>
      {problem && <p class="form-error" role="alert" translate={false}>{problem}</p>}
      {!accounts ? <p>{t('common.loading')}</p> : (
        <table data-testid="admin-accounts">
          <thead><tr><th>{t('signin.username')}</th><th>{t('accounts.role')}</th><th>{t('accounts.scopes')}</th><th>{t('admin.status')}</th><th /></tr></thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.userName} data-username={a.userName}>
                <td translate={false}>{a.userName}</td>
                <td>{tEnum('role', a.role)}</td>
                <td translate={false}>{[...a.points, ...a.programs].join(', ') || '—'}</td>
                <td data-testid="status">{statusOf(a)}</td>
                <td>
                  <button type="button" aria-expanded={open?.userName === a.userName && open.what === 'edit'} onClick={() => show(a.userName, 'edit')}>{t('admin.edit')}</button>{' '}
                  <button type="button" data-testid="toggle" onClick={() => void toggle(a)}>{t(a.disabled ? 'accounts.enable' : 'accounts.disable')}</button>{' '}
                  <button type="button" aria-expanded={open?.userName === a.userName && open.what === 'events'} onClick={() => show(a.userName, 'events')}>{t('accounts.history')}</button>
                  {open?.userName === a.userName && open.what === 'edit' && <AccountForm account={a} onDone={() => void load()} />}
                  {open?.userName === a.userName && open.what === 'events' && <AccountHistory userName={a.userName} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details><summary>{t('accounts.new')}</summary><AccountForm onDone={() => void load()} /></details>
    </section>
  );
}

function statusOf(a: AccountView): string {
  if (a.disabled) return t('accounts.disabled');
  if (a.lockedUntil && new Date(a.lockedUntil) > new Date()) return t('accounts.lockedUntil', { at: formatDateTime(a.lockedUntil, null) });
  return t('admin.active');
}

/** An account's history, oldest first: what happened, who did it and when (the detail lists the codes that changed). */
function AccountHistory({ userName }: { userName: string }) {
  const [events, setEvents] = useState<AccountEvent[] | null>(null);
  useEffect(() => {
    void api.accountEvents(userName).then(setEvents, () => setEvents([]));
  }, [userName]);
  if (!events) return <p>{t('common.loading')}</p>;
  return (
    <ol class="account-history" data-testid="account-history">
      {events.map((e, i) => (
        <li key={i} data-kind={e.kind}>
          {formatDateTime(e.at, null)} · <span translate={false}>{e.by}</span> · {t(`accountEvent.${e.kind}` as MessageKey)}
          {e.detail && <span class="muted small" translate={false} lang="en"> ({e.detail})</span>}
        </li>
      ))}
    </ol>
  );
}
