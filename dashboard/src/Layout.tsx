import type { ComponentChildren } from 'preact';
import { setSession, type Session } from './api/session';
import { ConnectionBadge } from './components/ConnectionBadge';
import { LanguageSwitch } from './components/LanguageSwitch';
import { StaleNotice } from './components/StaleNotice';
import { TopbarMenu } from './components/TopbarMenu';
import { Link } from './components/Link';
import { maySearch } from './access';
import { useAbout } from './api/about';
import { t, tEnum } from './i18n';
import { live } from './live/connection';
import { navigate, paths, type Route } from './router';

/** The page frame: skip link, brand, live state, and the role's navigation, language and user (in a menu on a phone). */
export function Layout({ session, route, children }: { session: Session | null; route: Route; children: ComponentChildren }) {
  const about = useAbout();
  const signOut = () => {
    live.stop();
    setSession(null);
    navigate(paths.signin(), true);
  };
  return (
    <>
      <a class="skip-link" href="#main">{t('nav.skip')}</a>
      {about?.demo && <div class="demo-banner" role="note" data-testid="demo-banner">{t('demo.banner')}</div>}
      <header class="topbar">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true" translate={false}>R</span>
          <span class="brand-name">{t('app.name')}</span>
        </div>
        {session && <div class="topbar-live"><ConnectionBadge /></div>}
        {session ? (
          <TopbarMenu id="topbar-menu" closeOn={JSON.stringify(route)}>
            <nav aria-label={t('nav.label')}>
              <ul>
                {session.role === 'coordinator' && (
                  <li><Link href={paths.national()} current={route.name === 'national'}>{t('nav.national')}</Link></li>
                )}
                {session.role === 'pointManager' && session.points.map((code) => (
                  <li key={code}><Link href={paths.point(code)} current={route.name === 'point' && route.code === code}>{t('nav.point')} <span translate={false}>{code}</span></Link></li>
                ))}
                {session.role === 'provider' && session.programs.map((id) => (
                  <li key={id}><Link href={paths.program(id)} current={route.name === 'program' && route.id === id}>{t('nav.program')}</Link></li>
                ))}
                {session.role === 'administrator' && (
                  <li><Link href={paths.admin()} current={route.name === 'admin'}>{t('nav.admin')}</Link></li>
                )}
                {maySearch(session) && (
                  <li><Link href={paths.search()} current={route.name === 'search'}>{t('nav.search')}</Link></li>
                )}
                <li><Link href={paths.statistics()} current={route.name === 'statistics'}>{t('nav.statistics')}</Link></li>
              </ul>
            </nav>
            <div class="topbar-right topbar-account">
              <LanguageSwitch />
              <span class="user">
                <span class="visually-hidden">{t('nav.signedInAs')} </span>
                <span translate={false}>{session.userName}</span> · {tEnum('role', session.role)}
              </span>
              <button type="button" onClick={signOut} data-testid="sign-out">{t('nav.signOut')}</button>
            </div>
          </TopbarMenu>
        ) : (
          <div class="topbar-right"><LanguageSwitch /></div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {session && <StaleNotice />}
        {children}
      </main>
    </>
  );
}
