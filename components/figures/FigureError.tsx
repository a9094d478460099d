/** A live figure's engine failed: say so over the figure, without moving anything. */
export function FigureError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="absolute inset-x-0 top-0 z-10 rounded-md border border-red-600 bg-[var(--page-bg)] p-2 text-sm">
      This figure’s simulation stopped: {error}. Reload the page to start it again.
    </p>
  );
}
