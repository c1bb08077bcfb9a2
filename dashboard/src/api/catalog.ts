import { useEffect, useState } from 'preact/hooks';
import { api } from './client';
import type { ProgramSummary } from './types';

// Program names for referral lists, read once per page load.

let programs: Promise<ProgramSummary[]> | null = null;

export function usePrograms(): ProgramSummary[] {
  const [list, setList] = useState<ProgramSummary[]>([]);
  useEffect(() => {
    programs ??= api.programs().catch(() => {
      programs = null;
      return [];
    });
    let live = true;
    void programs.then((p) => live && setList(p));
    return () => {
      live = false;
    };
  }, []);
  return list;
}
