/**
 * Words for the two views of the site, cloud and kitchen, written once and switched by CSS (the
 * page's `data-skin`), so a server-rendered poster and a live figure both follow the reader's view
 * without re-rendering. Hidden text is `display: none`, so assistive tech reads only one.
 */
export interface Words {
  cloud: string;
  kitchen: string;
}

/** Inline text in both views. */
export function Skinned({ words }: { words: Words }) {
  if (words.cloud === words.kitchen) return <>{words.cloud}</>;
  return (
    <>
      <span data-skin-text="cloud">{words.cloud}</span>
      <span data-skin-text="kitchen">{words.kitchen}</span>
    </>
  );
}

/** SVG text in both views (same position, one shown). */
export function SkinnedSvgText({ words, ...props }: { words: Words } & React.SVGProps<SVGTextElement>) {
  if (words.cloud === words.kitchen) return <text {...props}>{words.cloud}</text>;
  return (
    <>
      <text {...props} data-skin-text="cloud">
        {words.cloud}
      </text>
      <text {...props} data-skin-text="kitchen">
        {words.kitchen}
      </text>
    </>
  );
}
