import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Session } from '../../api/session';
import { LoadState } from '../../components/LoadState';

// The statistics view and its chart library load only when someone opens it (a chunk of their own), so the other
// views' first load does not carry ECharts.

type View = ComponentType<{ session: Session }>;

export function StatisticsRoute({ session }: { session: Session }) {
  const [view, setView] = useState<{ View: View } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    import('./StatisticsView').then((m) => setView({ View: m.StatisticsView }), (e: Error) => setError(e));
  }, []);
  return view ? <view.View session={session} /> : <LoadState error={error} />;
}
