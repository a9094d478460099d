/** The `lifecycle` figure before it is live: the whole record, with the cursor on the first INIT. */
import { PosterSized } from '../PosterSized';
import { StaticSetting } from '../parts';
import type { LifecycleRecord } from './lifecycle';
import { LifecycleTimeline, LifecycleView } from './LifecycleView';

export const LIFECYCLE_TIMELINE_PX = 110;

export function LifecyclePoster({ record }: { record: LifecycleRecord }) {
  const at = record.segments.find((s) => s.kind === 'init')?.startMs ?? 0;
  return (
    <LifecycleView
      record={record}
      at={at}
      controls={<StaticSetting label="Scrub through time" value="Four requests over 16 minutes; idle timeout 10 minutes" />}
      timeline={<PosterSized height={LIFECYCLE_TIMELINE_PX}>{(w, h) => <LifecycleTimeline record={record} at={at} width={w} height={h} />}</PosterSized>}
    />
  );
}
