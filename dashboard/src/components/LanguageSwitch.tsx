import { getLang, setLang, t } from '../i18n';

/** One click to the other language; the button names the language it switches to, in that language. */
export function LanguageSwitch() {
  const next = getLang() === 'es' ? 'en' : 'es';
  return (
    <button type="button" class="lang-switch" data-testid="lang-switch" onClick={() => setLang(next)}
      lang={next} aria-label={t('lang.switchTo')}>
      {t('lang.other')}
    </button>
  );
}
