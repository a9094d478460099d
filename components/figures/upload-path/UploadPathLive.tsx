'use client';

import { useState } from 'react';
import { presignedResult, throughFunctionResult, uploadPresignedScenario, uploadThroughFunctionScenario } from '@/simulations/upload';
import { ChoiceControl, RangeControl } from '../controls';
import { FigureError } from '../FigureError';
import { FigureSummary } from '../FigureSummary';
import { useFigureReady, type LiveFigureProps } from '../figureReady';
import { ControlRow } from '../parts';
import { useHeadlessRuns } from '../useHeadlessRuns';
import { UPLINKS_MBPS, UPLOAD_PATH, UPLOAD_SIZES_MB } from './uploadPath';
import { uploadSummary, UploadPathView } from './UploadPathView';

export function UploadPathLive({ onReady }: LiveFigureProps) {
  const [size, setSize] = useState<number>(UPLOAD_PATH.initialSizeMB);
  const [uplink, setUplink] = useState<number>(UPLOAD_PATH.initialUplink);
  const { runs, error, retry } = useHeadlessRuns(`upload:${size}`, () => [uploadThroughFunctionScenario(size), uploadPresignedScenario()]);
  useFigureReady(onReady, runs !== null || error !== null);
  return (
    <div className="h-full" data-busy={runs === null ? 'true' : 'false'}>
      <UploadPathView
        through={runs ? throughFunctionResult(size, uplink, runs[0]) : null}
        presigned={runs ? presignedResult(size, uplink, runs[1]) : null}
        controls={
          <ControlRow>
            <RangeControl
              label="File size"
              min={0}
              max={UPLOAD_SIZES_MB.length - 1}
              step={1}
              value={UPLOAD_SIZES_MB.indexOf(size as (typeof UPLOAD_SIZES_MB)[number])}
              text={`${size} MB`}
              onChange={(i) => setSize(UPLOAD_SIZES_MB[i])}
            />
            <ChoiceControl label="Client’s upload speed" value={uplink} options={UPLINKS_MBPS.map((m) => ({ value: m, text: `${m} Mbit/s` }))} onChange={setUplink} />
          </ControlRow>
        }
      />
      <FigureSummary text={runs ? uploadSummary(size, throughFunctionResult(size, uplink, runs[0]), presignedResult(size, uplink, runs[1])) : 'Running the engine…'} />
      <FigureError error={error} onRestart={retry} />
    </div>
  );
}
