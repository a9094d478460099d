import type { ReactNode } from 'react';

/**
 * A poster's picture at two sizes, phone and wide, picked by CSS (the server cannot measure the
 * box): `children(width, height)` is drawn at 330 px and at `wide` px, both `height` tall.
 */
export function PosterSized({ height, wide = 620, children }: { height: number; wide?: number; children: (width: number, height: number) => ReactNode }) {
  return (
    <>
      <div className="sm:hidden">{children(330, height)}</div>
      <div className="hidden sm:block">{children(wide, height)}</div>
    </>
  );
}
