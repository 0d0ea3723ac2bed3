import type { ReactNode } from 'react';

/** A loading or empty note inside a panel. */
export function StatusNote({
  children,
  busy = false,
}: {
  children: ReactNode;
  busy?: boolean;
}) {
  return (
    <p className="tks-status-note" aria-busy={busy}>
      {children}
    </p>
  );
}
