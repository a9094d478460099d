/** The `upload-path` figure as data → markup, shared by its poster and its live form. */
import type { ReactNode } from 'react';
import type { UploadResult } from '@/simulations/upload';
import { formatMs, formatUsd } from '@/components/simulator/format';
import { Readout } from '../parts';
import { Skinned, SkinnedSvgText, type Words } from '../Skinned';

const BOX = 'fill-[var(--page-bg)] stroke-[var(--pipe-stroke)]';

function Path({ hops, label }: { hops: { words: Words; dashed?: boolean }[]; label: string }) {
  const w = 300;
  const step = w / hops.length;
  return (
    <svg viewBox={`0 0 ${w} 44`} className="block h-11 w-full" role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
      {hops.map((h, i) => (
        <g key={i} transform={`translate(${i * step} 4)`}>
          <rect width={step - 16} height={30} rx={6} className={BOX} strokeWidth={1.5} strokeDasharray={h.dashed ? '4 3' : undefined} />
          <SkinnedSvgText words={h.words} x={(step - 16) / 2} y={19} textAnchor="middle" className="fill-[var(--page-fg)] text-[10px] font-semibold" />
          {i < hops.length - 1 && <path d={`M${step - 14} 15 h10`} className="stroke-[var(--pipe-edge)]" strokeWidth={1.5} markerEnd="" />}
        </g>
      ))}
    </svg>
  );
}

function Side({ title, path, result, prefix }: { title: Words; path: ReactNode; result: UploadResult | null; prefix: string }) {
  return (
    <section className="flex min-w-0 flex-col gap-1" aria-label={title.cloud}>
      <h3 className="text-sm font-semibold">
        <Skinned words={title} />
      </h3>
      {path}
      {result && !result.ok ? (
        <p role="status" className="rounded-md border border-red-600 p-2 text-xs text-red-800 dark:text-red-200" data-metric={`${prefix}Refused`} data-value={1}>
          {result.refusal}
        </p>
      ) : (
        <dl className="grid grid-cols-3 gap-1.5">
          <Readout metric={`${prefix}ClientMs`} label="Client waits" value={result?.clientMs ?? 0} text={result ? formatMs(result.clientMs) : '…'} />
          <Readout metric={`${prefix}FunctionMs`} label="Function billed" value={result?.functionBilledMs ?? 0} text={result ? formatMs(result.functionBilledMs) : '…'} tone="cold" />
          <Readout metric={`${prefix}UsdPerThousand`} label="Per 1,000" value={result?.usdPerThousand ?? 0} text={result ? formatUsd(result.usdPerThousand) : '…'} tone="money" />
        </dl>
      )}
    </section>
  );
}

export function UploadPathView({ through, presigned, controls }: { through: UploadResult | null; presigned: UploadResult | null; controls: ReactNode }) {
  return (
    <div className="flex h-full flex-col gap-3">
      <div className="shrink-0">{controls}</div>
      <div className="grid min-h-0 flex-1 grid-cols-1 gap-3 sm:grid-cols-2">
        <Side
          prefix="through"
          title={{ cloud: 'Through the API and a function', kitchen: 'Through the host and a cook' }}
          path={
            <Path
              label="Client to API Gateway to Lambda to S3: the file passes through the function."
              hops={[{ words: { cloud: 'Client', kitchen: 'Customer' } }, { words: { cloud: 'API', kitchen: 'Host' } }, { words: { cloud: 'Lambda', kitchen: 'Cook' } }, { words: { cloud: 'S3', kitchen: 'Store room' } }]}
            />
          }
          result={through}
        />
        <Side
          prefix="presigned"
          title={{ cloud: 'Straight to S3, presigned URL', kitchen: 'Straight to the store room, with a pass' }}
          path={
            <Path
              label="The client asks a function for a signed URL, then sends the file straight to S3."
              hops={[{ words: { cloud: 'Client', kitchen: 'Customer' } }, { words: { cloud: 'Lambda: sign', kitchen: 'Cook: a pass' }, dashed: true }, { words: { cloud: 'S3', kitchen: 'Store room' } }]}
            />
          }
          result={presigned}
        />
      </div>
    </div>
  );
}

/** Both paths in a sentence (the figure's summary for screen readers). */
export function uploadSummary(sizeMB: number, through: UploadResult, presigned: UploadResult): string {
  const a = through.ok ? `through the function the client waits ${formatMs(through.clientMs)} and the function is billed ${formatMs(through.functionBilledMs)}` : 'through the function it is refused';
  return `A ${sizeMB} MB file: ${a}; with a presigned URL the client waits ${formatMs(presigned.clientMs)} and the function is billed ${formatMs(presigned.functionBilledMs)}.`;
}
