'use client';

import { OPEN_SIMULATOR_EVENT } from './sceneEvent';

/**
 * On phones and tablets, where the simulator is not beside the article, a button in the article's
 * header opens it as a sheet. It sits in the flow of the page, so it never covers the text.
 */
export function OpenSimulatorButton() {
  return (
    <button
      type="button"
      onClick={() => window.dispatchEvent(new Event(OPEN_SIMULATOR_EVENT))}
      className="mt-4 inline-flex print:hidden items-center gap-2 rounded-full bg-brand-600 px-4 py-2 text-sm font-semibold text-white lg:hidden"
    >
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" fill="currentColor">
        <path d="M3 1.5v13l11-6.5z" />
      </svg>
      Open the live simulator
    </button>
  );
}
