'use client';

import { useState } from 'react';
import { ChoiceControl, RangeControl } from '../controls';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { Measured } from '../Measured';
import { ColdStartRuntimesView, RUNTIME_CHOICE_INITIAL, runtimeBars, RuntimeBars, type RuntimeChoice } from './ColdStartRuntimesView';

export function ColdStartRuntimesLive({ onReady }: LiveFigureProps) {
  useFigureReady(onReady, true);
  const [c, setC] = useState<RuntimeChoice>(RUNTIME_CHOICE_INITIAL);
  return (
    <div className="h-full">
      <ColdStartRuntimesView
        choice={c}
        controls={
          <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-[minmax(0,1fr)_auto_auto]">
            <RangeControl label="Package size" min={0} max={35} step={1} value={c.packageMB} text={c.packageMB === 0 ? 'hello world' : `${c.packageMB} MB`} onChange={(v) => setC({ ...c, packageMB: v })} />
            <ChoiceControl label="Packaging" value={c.image ? 'image' : 'zip'} options={[{ value: 'zip', text: 'ZIP' }, { value: 'image', text: 'Container' }]} onChange={(v) => setC({ ...c, image: v === 'image' })} />
            <ChoiceControl label="CPU" value={c.architecture} options={[{ value: 'x86_64', text: 'x86' }, { value: 'arm64', text: 'arm64' }]} onChange={(v) => setC({ ...c, architecture: v })} />
          </div>
        }
        chart={<Measured>{(w, h) => <RuntimeBars bars={runtimeBars(c)} width={w} height={h} />}</Measured>}
      />
    </div>
  );
}
