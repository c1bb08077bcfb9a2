import { formatNumber } from '../i18n';
import { onLinkClick } from '../router';

/** Where a number that stands for people leads: the address of those people and what the link says it opens. */
export interface StatLink {
  href: string;
  /** The link's accessible name, the number in it ("Ver las personas en espera (12)"). */
  label: string;
  /** Called after the in-app navigation, e.g. to move focus to the list opened. */
  onOpen?: () => void;
}

/** A labelled number; with `link`, the number is a link to the people it counts. */
export function Stat({ label, value, testId, tone, link }: { label: string; value: number | undefined; testId?: string; tone?: 'warn'; link?: StatLink }) {
  const shown = value === undefined ? '—' : formatNumber(value);
  return (
    <div class={`stat ${tone ? `stat-${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        {link && value !== undefined ? <StatAnchor link={link}>{shown}</StatAnchor> : shown}
      </dd>
    </div>
  );
}

/** The number as a real link: keyboard, middle click and "open in a new tab" work; a plain click stays in the app. */
export function StatAnchor({ link, children }: { link: StatLink; children: string }) {
  const onClick = (event: MouseEvent) => {
    onLinkClick(event);
    if (event.defaultPrevented) link.onOpen?.();
  };
  return <a class="stat-link" href={link.href} aria-label={link.label} onClick={onClick}>{children}</a>;
}
