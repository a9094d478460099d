import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';

/** The shared look of a diagram node, with invisible handles on all four sides. */
export function NodeFrame({
  title,
  subtitle,
  children,
  dim = false,
  accent = false,
  testId,
}: {
  title: string;
  subtitle?: string;
  children?: ReactNode;
  dim?: boolean;
  accent?: boolean;
  testId?: string;
}) {
  return (
    <div
      data-testid={testId}
      className={`h-full w-full rounded-xl border-2 px-2.5 py-1.5 shadow-sm ${
        accent ? 'border-[var(--pipe-stroke)]' : 'border-dashed border-[var(--muted-fg)]'
      } ${dim ? 'bg-[var(--surface)] text-[var(--muted-fg)]' : 'bg-[var(--pipe-node)] text-[var(--page-fg)]'}`}
    >
      {(['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => (
        <span key={side}>
          <Handle type="source" id={`s-${side}`} position={Position[side]} className="!h-1 !min-h-0 !w-1 !min-w-0 !border-0 !bg-transparent" isConnectable={false} />
          <Handle type="target" id={`t-${side}`} position={Position[side]} className="!h-1 !min-h-0 !w-1 !min-w-0 !border-0 !bg-transparent" isConnectable={false} />
        </span>
      ))}
      <div className="text-[13px] leading-tight font-semibold">{title}</div>
      {subtitle && <div className="text-[11px] leading-tight text-[var(--muted-fg)]">{subtitle}</div>}
      {children}
    </div>
  );
}
