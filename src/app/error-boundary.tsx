import { Component, type ReactNode, useEffect } from 'react';
import layout from '@/components/layout/page-layout.module.css';
import { buttonClass } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { documentTitle } from '@/lib/document-title';
import { retryFailedScreens } from '@/lib/lazy-screen';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** When it changes (another screen was opened), the error is forgotten and the children render again. */
  resetKey?: string;
}

interface ErrorBoundaryState {
  error: Error | undefined;
}

/**
 * Shows a way on instead of a blank page when a screen fails to render (or its code fails to load,
 * e.g. offline): Try again renders it once more, which loads its code anew.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidUpdate(previous: ErrorBoundaryProps) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.retry();
  }

  /** Renders the screen again, importing anew the code that failed to load. */
  private readonly retry = () => {
    retryFailedScreens();
    this.setState({ error: undefined });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    return <ScreenFailure error={this.state.error} onRetry={this.retry} />;
  }
}

function ScreenFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  // Not useDocumentTitle: the outermost boundary may be outside the router.
  useEffect(() => {
    document.title = documentTitle('Something went wrong');
  }, []);
  return (
    <main id="main-content" className={layout.alone} tabIndex={-1}>
      <div role="alert">
        <h1>Something went wrong</h1>
        <p>The screen could not be shown: {error.message}</p>
        <p>If the connection was lost, check it and try again.</p>
      </div>
      <p>
        <button type="button" className={buttonClass()} onClick={onRetry}>
          Try again
        </button>
      </p>
      <p>
        <a href={paths.customerUsers.list.href()}>Go to Customer User Management</a>
      </p>
    </main>
  );
}
