import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { figurePoster } from '@/components/figures/Figure';
import { FIGURE_IDS } from '@/components/figures/figureIds';
import { toStaticMarkup } from '@/components/figures/staticMarkup';
import { pipelineDiagramPictures } from '@/components/mdx/PipelineDiagram';

describe('a poster as one HTML string', () => {
  // The page gets each poster from toStaticMarkup; a reader with or without JavaScript must see
  // exactly what React would have drawn from the same elements.
  for (const id of FIGURE_IDS) {
    it(`${id}: the same HTML as react-dom/server`, () => {
      const poster = figurePoster(id);
      const html = toStaticMarkup(poster);
      expect(html).toContain('<svg');
      expect(html).toBe(renderToStaticMarkup(<>{poster}</>));
    });
  }

  it('the article’s pipeline diagram: the same HTML as react-dom/server', () => {
    const pictures = pipelineDiagramPictures();
    expect(toStaticMarkup(pictures)).toBe(renderToStaticMarkup(pictures));
  });

  it('escapes text and attributes, hyphenates SVG presentation attributes and writes void elements', () => {
    const tree = (
      <svg viewBox="0 0 10 10" aria-hidden focusable="false">
        <text textAnchor="end" strokeWidth={2} className="a&b">
          {'<5 "quoted" & \'single\''}
          {3}
        </text>
        {false}
        {null}
        <foreignObject>
          <br />
          <input type="checkbox" disabled required={false} />
        </foreignObject>
      </svg>
    );
    expect(toStaticMarkup(tree)).toBe(renderToStaticMarkup(tree));
  });

  it('refuses what a poster must not have', () => {
    expect(() => toStaticMarkup(<rect onClick={() => {}} />)).toThrow(/event handlers/);
    expect(() => toStaticMarkup(<rect style={{ fill: 'red' }} />)).toThrow(/inline styles/);
    expect(() => toStaticMarkup(<div draggable={false} />)).toThrow(/boolean draggable/);
  });
});
