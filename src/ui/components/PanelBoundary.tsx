import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';

import { reportError } from '../app/report-error';
import { strings } from '../strings';

interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** Keeps one panel's crash inside that panel; the rest of the page keeps working. */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    reportError(error, info.componentStack ?? undefined);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) {
      return this.props.children;
    }
    return (
      <div className="tks-panel-error" role="alert">
        <p>{strings.panel.failed}</p>
        <p className="tks-panel-error-detail">{error.message}</p>
        <button
          type="button"
          className="tks-button"
          onClick={() => this.setState({ error: null })}
        >
          {strings.panel.retry}
        </button>
      </div>
    );
  }
}
