import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { maxLength, minLength, patternOf } from '../../api/limits';
import { ROLES, type AccountView, type Role } from '../../api/types';
import { addIf, FormFooter, SelectField, TextField, useForm, type FieldErrors } from '../../components/form';
import { t, tEnum } from '../../i18n';

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Creates an account, or changes one (`account` given): role and scopes, and a new password when one is typed (the
 * server's password policy answers under the field). A point manager needs points, a provider programs.
 */
export function AccountForm({ account, onDone }: { account?: AccountView; onDone: () => void }) {
  const [username, setUsername] = useState(account?.userName ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role | ''>(account?.role === 'system' ? '' : account?.role ?? '');
  const [points, setPoints] = useState((account?.points ?? []).join(', '));
  const [programs, setPrograms] = useState((account?.programs ?? []).join(', '));
  const form = useForm();

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const ok = await form.submit(
      (): FieldErrors => {
        const errors: FieldErrors = {};
        if (!account) addIf(errors, !patternOf('CreateAccountRequest', 'username').test(username.trim()), 'username', t('accounts.usernameRule'));
        addIf(errors, !account && !password, 'password', t('rule.required'));
        addIf(errors, !role, 'role', t('rule.required'));
        return errors;
      },
      async () => {
        const scopes = { role: role || null, points: list(points).map((p) => p.toUpperCase()), programs: list(programs) };
        if (account) await api.updateAccount(account.userName, { ...scopes, password: password || null });
        else await api.createAccount({ ...scopes, username: username.trim(), password });
        setPassword('');
        onDone();
        return t(account ? 'admin.saved' : 'accounts.created', { username: account?.userName ?? username.trim() });
      },
    );
    if (ok && !account) setUsername('');
  };

  const field = (name: string) => `account-${account?.userName ?? 'new'}-${name}`;
  return (
    <form onSubmit={onSubmit} noValidate class="form" aria-label={account ? t('accounts.editTitle', { username: account.userName }) : t('accounts.new')}
      data-testid={account ? 'account-edit-form' : 'account-form'}>
      <div class="form-row">
        {!account && <TextField id={field('username')} name="username" label={t('signin.username')} value={username} onInput={setUsername} errors={form.errors} required
          maxLength={maxLength('CreateAccountRequest', 'username')} autoComplete="off" />}
        <TextField id={field('password')} name="password" type="password" label={t(account ? 'accounts.newPassword' : 'signin.password')} value={password} onInput={setPassword}
          errors={form.errors} required={!account} hint={t('accounts.passwordHint', { min: minLength('CreateAccountRequest', 'password') })} autoComplete="new-password" maxLength={maxLength('CreateAccountRequest', 'password')} />
        <SelectField id={field('role')} name="role" label={t('accounts.role')} value={role} onChange={setRole} errors={form.errors} required empty=""
          options={ROLES.map((r) => ({ value: r, label: tEnum('role', r) }))} />
      </div>
      <div class="form-row">
        <TextField id={field('points')} name="points" label={t('admin.points')} hint={t('admin.listHint')} value={points} onInput={setPoints} errors={form.errors} />
        <TextField id={field('programs')} name="programs" label={t('admin.programs')} hint={t('admin.listHint')} value={programs} onInput={setPrograms} errors={form.errors} />
      </div>
      <FormFooter form={form} submitLabel={t(account ? 'admin.save' : 'admin.create')} />
    </form>
  );
}
