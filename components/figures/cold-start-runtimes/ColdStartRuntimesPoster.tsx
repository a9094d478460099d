/** The `cold-start-runtimes` figure before it is live: the facts table at its defaults. */
import { ControlRow, StaticSetting } from '../parts';
import { PosterSized } from '../PosterSized';
import { ColdStartRuntimesView, RUNTIME_CHOICE_INITIAL, runtimeBars, RuntimeBars } from './ColdStartRuntimesView';

export const RUNTIME_CHART_PX = 160;

export function ColdStartRuntimesPoster() {
  const c = RUNTIME_CHOICE_INITIAL;
  return (
    <ColdStartRuntimesView
      choice={c}
      controls={
        <ControlRow>
          <StaticSetting label="Package" value="Hello world, ZIP" />
          <StaticSetting label="CPU" value="x86_64 (at 1,024 MB)" />
        </ControlRow>
      }
      chart={<PosterSized height={RUNTIME_CHART_PX}>{(w, h) => <RuntimeBars bars={runtimeBars(c)} width={w} height={h} />}</PosterSized>}
    />
  );
}
