import { Component, type ReactNode } from 'react';
import layout from '@/components/layout/page-layout.module.css';
import { paths } from '@/config/paths';

interface ErrorBoundaryState {
  error: Error | undefined;
}

/** Shows a way on instead of a blank page when a screen fails to render (or its code fails to load). */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main id="main-content" className={layout.alone}>
        <h1>Something went wrong</h1>
        <p>The screen could not be shown: {this.state.error.message}</p>
        <p>
          <a href={paths.customerUsers.list.href()}>Go to Customer User Management</a> or reload the page to try again.
        </p>
      </main>
    );
  }
}
