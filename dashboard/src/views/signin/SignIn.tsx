import { useState } from 'preact/hooks';
import { signIn } from '../../api/client';
import { maxLength } from '../../api/limits';
import { addIf, FormFooter, TextField, useForm, type FieldErrors } from '../../components/form';
import { t } from '../../i18n';
import { useAbout } from '../../api/about';

/** Sign-in with the API's own token endpoint (embedded mode). */
export function SignIn() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const form = useForm();
  const about = useAbout();

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    await form.submit(
      () => {
        const errors: FieldErrors = {};
        addIf(errors, !username.trim(), 'username', t('rule.required'));
        addIf(errors, !password, 'password', t('rule.required'));
        return errors;
      },
      async () => {
        // The app goes on to the page that was asked for (access.ts, afterSignIn) once the session is set.
        await signIn(username.trim(), password);
        return null;
      },
    );
  };

  return (
    <div class="signin">
      <h1>{t('signin.title')}</h1>
      <p class="muted">{t('signin.intro')}</p>
      <form onSubmit={onSubmit} noValidate aria-labelledby="signin-form-title">
        <h2 id="signin-form-title" class="visually-hidden">{t('signin.title')}</h2>
        <TextField id="username" name="username" label={t('signin.username')} value={username} onInput={setUsername}
          errors={form.errors} required autoComplete="username" maxLength={maxLength('TokenRequest', 'username')} />
        <TextField id="password" name="password" type="password" label={t('signin.password')} value={password}
          onInput={setPassword} errors={form.errors} required autoComplete="current-password" maxLength={maxLength('TokenRequest', 'password')} />
        <FormFooter form={form} submitLabel={t('signin.submit')} />
      </form>
      {about?.demo && <details class="demo-accounts" data-testid="demo-accounts">
        <summary>{t('signin.demoTitle')}</summary>
        <p>{t('signin.demoText')}</p>
        <ul>
          <li><code translate={false}>coordinator</code> — {t('role.coordinator')}</li>
          <li><code translate={false}>manager-TIJ</code> — {t('role.pointManager')}</li>
          <li><code translate={false}>provider-…</code> — {t('role.provider')}</li>
          <li><code translate={false}>administrator</code> — {t('role.administrator')}</li>
        </ul>
      </details>}
    </div>
  );
}
