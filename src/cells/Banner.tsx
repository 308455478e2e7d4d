/** A notice above the cells: a message and the actions that resolve it. */
import type { ReactNode } from 'react';

interface Props {
  readonly tone: 'info' | 'warning' | 'error';
  readonly label: string;
  readonly children: ReactNode;
  readonly actions?: ReactNode;
}

export function Banner({ tone, label, children, actions }: Props) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'info' ? 'status' : 'alert'} aria-label={label}>
      <p className="banner-text">{children}</p>
      {actions && <div className="banner-actions">{actions}</div>}
    </div>
  );
}
