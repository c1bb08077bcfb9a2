import { useEffect, useState } from 'preact/hooks';
import { getSession, onSessionChange } from './api/session';
import { afterSignIn, homePath, mayOpen, signInPath } from './access';
import { Layout } from './Layout';
import { live } from './live/connection';
import { onLangChange, t } from './i18n';
import { Link } from './components/Link';
import { navigate, parse, useRoute } from './router';
import { CaseView } from './views/case/CaseView';
import { ConstanciaView } from './views/case/ConstanciaView';
import { PersonExportView } from './views/case/PersonExportView';
import { NationalView } from './views/national/NationalView';
import { PointView } from './views/point/PointView';
import { WaitingRoomDisplay } from './views/display/WaitingRoomDisplay';
import { ProgramView } from './views/program/ProgramView';
import { SearchView } from './views/search/SearchView';
import { AdminView } from './views/admin/AdminView';
import { SignIn } from './views/signin/SignIn';
import { StatisticsRoute } from './views/statistics';
import { VerifyView } from './views/verify/VerifyView';

/** Routes to the view the role may open; everything else to sign-in or "no access". */
export function App() {
  const route = useRoute();
  const [session, setSession] = useState(getSession());
  const [, setLangTick] = useState(0);
  useEffect(() => onSessionChange(() => setSession(getSession())), []);
  useEffect(() => onLangChange(() => setLangTick((n) => n + 1)), []);

  useEffect(() => {
    // The route as the address bar says now: an effect may run after another navigation of the same turn.
    const now = parse(location.pathname).name;
    if (!session && now !== 'signin' && now !== 'verify') navigate(signInPath(), true);
    else if (session && (now === 'home' || now === 'signin')) navigate(afterSignIn(session), true);
  }, [session, route]);

  useEffect(() => {
    if (session) live.ensureStarted();
  }, [session]);

  useEffect(() => {
    document.title = `${t('app.name')}`;
  });

  let content;
  // The verification page is public: the person or anyone shown a constancia opens it from its QR code.
  if (route.name === 'verify') content = <VerifyView folio={route.folio} />;
  else if (!session || route.name === 'signin' || route.name === 'home') content = session ? null : <SignIn />;
  else if (!mayOpen(session, route)) content = <Forbidden home={homePath(session)} />;
  else if (route.name === 'national') content = <NationalView />;
  else if (route.name === 'point') content = <PointView key={route.code} code={route.code} session={session} />;
  else if (route.name === 'pointDisplay') content = <WaitingRoomDisplay key={route.code} code={route.code} />;
  else if (route.name === 'program') content = <ProgramView key={route.id} id={route.id} session={session} />;
  else if (route.name === 'case') content = <CaseView key={route.caseId} caseId={route.caseId} session={session} />;
  else if (route.name === 'statistics') content = <StatisticsRoute session={session} />;
  else if (route.name === 'search') content = <SearchView />;
  else if (route.name === 'admin') content = <AdminView />;
  else if (route.name === 'constancia') content = <ConstanciaView key={route.caseId} caseId={route.caseId} />;
  else if (route.name === 'personExport') content = <PersonExportView key={route.personId} personId={route.personId} />;
  else content = <NotFound home={homePath(session)} />;

  return <Layout session={session} route={route}>{content}</Layout>;
}

function Forbidden({ home }: { home: string }) {
  return (
    <div class="view" data-view="forbidden">
      <h1>{t('error.forbiddenTitle')}</h1>
      <p>{t('error.forbiddenView')}</p>
      <p><Link href={home}>{t('nav.home')}</Link></p>
    </div>
  );
}

function NotFound({ home }: { home: string }) {
  return (
    <div class="view" data-view="not-found">
      <h1>{t('error.notFoundTitle')}</h1>
      <p><Link href={home}>{t('nav.home')}</Link></p>
    </div>
  );
}
