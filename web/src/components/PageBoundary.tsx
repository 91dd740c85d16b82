import { Component, type ReactNode } from "react";
import { LoadError } from "./LoadState.tsx";

/**
 * Catches a page whose code could not be downloaded (a lazy chunk on a dropped connection) or
 * that failed while rendering, and offers to try again instead of leaving an empty page.
 */
export class PageBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <LoadError onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}
