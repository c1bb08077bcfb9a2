import { useEffect, useState } from 'preact/hooks';
import { api } from './client';
import type { About } from './types';

// Whether the host runs the demo, read once per page load (anonymous: the sign-in page needs it).

let about: Promise<About | null> | null = null;

export function useAbout(): About | null {
  const [value, setValue] = useState<About | null>(null);
  useEffect(() => {
    about ??= api.about().catch(() => {
      about = null;
      return null;
    });
    let live = true;
    void about.then((a) => live && setValue(a));
    return () => {
      live = false;
    };
  }, []);
  return value;
}
