import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A reference table's own scrolling box (`.table-wrap`): on a phone a wide table scrolls inside it, never the page.
 * While it overflows it is a named keyboard stop, so the hidden columns can be scrolled into view without a mouse;
 * when the table fits it is no stop at all.
 */
export function TableScroll({ label, class: className, children }: { label: string; class?: string; children: ComponentChildren }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setOverflows(element.scrollWidth > element.clientWidth));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} class={className ? `table-wrap ${className}` : 'table-wrap'}
      tabIndex={overflows ? 0 : undefined} role={overflows ? 'region' : undefined} aria-label={overflows ? label : undefined}>
      {children}
    </div>
  );
}
