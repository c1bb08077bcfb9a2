import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * The top bar's menu on a phone: a button that shows and hides `children` below the bar. On wider screens the
 * stylesheet hides the button and shows `children` in the bar itself, so the same controls exist once. Escape and a
 * tap outside close it; Escape puts focus back on the button; a new `closeOn` (the page) closes it.
 */
export function TopbarMenu({ id, closeOn, children }: { id: string; closeOn: string; children: ComponentChildren }) {
  // Open on the page it was opened on: navigating elsewhere closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === closeOn;
  const setOpen = (next: boolean) => setOpenOn(next ? closeOn : null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // A layout effect: the listeners are in place before the open menu is painted, so an Escape pressed as soon as it
  // shows closes it (with a plain effect, a key pressed between the paint and the effect was lost).
  useLayoutEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!button.current?.contains(target) && !panel.current?.contains(target)) setOpenOn(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <>
      <button ref={button} type="button" class="menu-button" data-testid="menu-button"
        aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span class="menu-icon" aria-hidden="true" />
        {t('nav.menu')}
      </button>
      <div ref={panel} id={id} class="topbar-menu" data-open={open ? 'true' : 'false'}>
        {children}
      </div>
    </>
  );
}
