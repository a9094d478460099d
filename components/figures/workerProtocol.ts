/** Messages between the inline figures and their shared worker. Plain data only. */
import type { Command, WorkerMessage } from '@/components/simulator/protocol';
import type { JobInput, JobName, JobResult } from './jobs';

export type FigureRequest =
  | { kind: 'sim'; sim: number; cmd: Command }
  | { kind: 'close'; sim: number }
  | { kind: 'job'; job: number; name: JobName; input: JobInput<JobName> };

export type FigureResponse =
  | { kind: 'sim'; sim: number; msg: WorkerMessage }
  | { kind: 'job'; job: number; ok: true; result: JobResult<JobName> }
  | { kind: 'job'; job: number; ok: false; error: string };
