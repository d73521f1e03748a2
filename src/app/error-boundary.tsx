import { Component, type ReactNode, useEffect } from 'react';
import layout from '@/components/layout/page-layout.module.css';
import { buttonClass } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { appBasePath } from '@/config/runtime-config';
import { m } from '@/i18n';
import { documentTitle } from '@/lib/document-title';
import { retryFailedScreens } from '@/lib/lazy-screen';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** When it changes (another screen was opened), the error is forgotten and the children render again. */
  resetKey?: string;
  /** What shows instead of the failure screen, for a part of the page rather than a whole screen. */
  fallback?: (retry: () => void) => ReactNode;
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
    if (this.props.fallback) return this.props.fallback(this.retry);
    return <ScreenFailure error={this.state.error} onRetry={this.retry} />;
  }
}

function ScreenFailure({ error, onRetry }: { error: Error; onRetry: () => void }) {
  // Not useDocumentTitle: the outermost boundary may be outside the router.
  const title = documentTitle(m.app_error_title());
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main id="main-content" className={layout.alone} tabIndex={-1}>
      <div role="alert">
        <h1>{m.app_error_title()}</h1>
        <p>{m.app_error_cause({ message: error.message })}</p>
        <p>{m.app_error_advice()}</p>
      </div>
      <p>
        <button type="button" className={buttonClass()} onClick={onRetry}>
          {m.ui_try_again()}
        </button>
      </p>
      <p>
        {/* A plain link, as this boundary may be outside the router: under the path the app is served at. */}
        <a href={`${appBasePath()}${paths.customerUsers.list.href()}`}>{m.app_go_to_customer_user_management()}</a>
      </p>
    </main>
  );
}
