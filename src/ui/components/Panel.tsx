import type { ReactNode } from 'react';
import { useId } from 'react';

import { PanelBoundary } from './PanelBoundary';

interface Props {
  readonly title: string;
  readonly className?: string;
  /** Controls shown beside the heading. */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

/** A titled region of a view with its own error boundary. */
export function Panel({ title, className, actions, children }: Props) {
  const headingId = useId();
  return (
    <section className={className ?? 'tks-panel'} aria-labelledby={headingId}>
      <header className="tks-panel-header">
        <h2 id={headingId} className="tks-panel-title">
          {title}
        </h2>
        {actions}
      </header>
      <PanelBoundary>{children}</PanelBoundary>
    </section>
  );
}
