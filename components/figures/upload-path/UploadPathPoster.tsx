/** The `upload-path` figure before it is live: both paths run at build time for a 2 MB file. */
import { presignedResult, throughFunctionResult, uploadPresignedScenario, uploadThroughFunctionScenario } from '@/simulations/upload';
import { ControlRow, StaticSetting } from '../parts';
import { runNow } from '../runNow';
import { UPLOAD_PATH } from './uploadPath';
import { UploadPathView } from './UploadPathView';

export function UploadPathPoster() {
  const size = UPLOAD_PATH.initialSizeMB;
  const up = UPLOAD_PATH.initialUplink;
  const [a, b] = runNow([uploadThroughFunctionScenario(size), uploadPresignedScenario()]);
  return (
    <UploadPathView
      through={throughFunctionResult(size, up, a)}
      presigned={presignedResult(size, up, b)}
      controls={
        <ControlRow>
          <StaticSetting label="File size" value={`${size} MB`} />
          <StaticSetting label="Client’s upload speed" value={`${up} Mbit/s`} />
        </ControlRow>
      }
    />
  );
}
