import type { ComponentChildren } from 'preact';

/** A titled section of a page; the heading labels the region for screen readers. */
export function Panel({ id, title, children, actions, class: className }: { id: string; title: string; children: ComponentChildren; actions?: ComponentChildren; class?: string }) {
  return (
    <section class={`panel ${className ?? ''}`} aria-labelledby={`${id}-title`} id={id}>
      <div class="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
