'use client';

import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** The simulator could not draw: stop its engine with this message (Reset then starts a fresh one). */
  onError: (message: string) => void;
  /** Start again: a fresh engine and an empty frame, then the simulator is drawn again. */
  onReset: () => void;
}

/**
 * Around the simulator: a frame it cannot draw (malformed, or a bug in a panel) stops the
 * simulation with a message and a Reset button, instead of taking the page down with it.
 */
export class SimulatorErrorBoundary extends Component<Props, { message: string | null }> {
  state = { message: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  componentDidCatch(error: unknown) {
    this.props.onError(`it could not draw a frame (${error instanceof Error ? error.message : String(error)})`);
  }

  render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div role="alert" className="space-y-2 rounded-md border border-red-600 p-3 text-sm">
        <p>The simulator stopped: it could not draw its latest frame ({this.state.message}). The rest of the page is unaffected.</p>
        <button
          type="button"
          onClick={() => {
            this.props.onReset();
            this.setState({ message: null });
          }}
          className="rounded-md border border-[var(--border)] px-3 py-1 font-semibold hover:bg-[var(--surface)]"
        >
          Reset the simulator
        </button>
      </div>
    );
  }
}
