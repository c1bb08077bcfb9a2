import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProgramQueueItem } from '../../api/types';

/**
 * The urgent referrals that arrived since the view opened: the first snapshot is what the provider already sees; any
 * urgent referral that appears later is announced (shown, and a short tone when the browser allows sound).
 */
export function useUrgentCue(queue: ProgramQueueItem[] | undefined): { arrived: ProgramQueueItem[]; dismiss: () => void } {
  const known = useRef<Set<string> | null>(null);
  const [arrived, setArrived] = useState<ProgramQueueItem[]>([]);
  useEffect(() => {
    if (!queue) return;
    if (known.current === null) {
      known.current = new Set(queue.map((r) => r.referralId));
      return;
    }
    const fresh = queue.filter((r) => r.priority === 'urgent' && !known.current!.has(r.referralId));
    queue.forEach((r) => known.current!.add(r.referralId));
    if (fresh.length > 0) {
      setArrived((list) => [...fresh, ...list]);
      tone();
    }
  }, [queue]);
  return { arrived, dismiss: () => setArrived([]) };
}

// Two short beeps through Web Audio (no sound file to ship); browsers may keep it silent until the page was used,
// which is why the cue is always shown as well.
function tone(): void {
  try {
    const audio = new AudioContext();
    [0, 0.25].forEach((offset) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.value = 0.15;
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(audio.currentTime + offset);
      oscillator.stop(audio.currentTime + offset + 0.15);
    });
    setTimeout(() => void audio.close(), 1_000);
  } catch {
    // No audio in this browser: the visible cue remains.
  }
}
