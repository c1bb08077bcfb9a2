import { useEffect, useState } from 'preact/hooks';
import { live, type LiveState } from './connection';

export function useLiveState(): LiveState {
  const [state, setState] = useState(live.state);
  useEffect(() => live.onState(() => setState(live.state)), []);
  return state;
}
