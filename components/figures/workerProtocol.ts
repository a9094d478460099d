/** Messages between the live figures and their shared worker. Plain data only. */
import type { Command, WorkerMessage } from '@/components/simulator/protocol';

export type FigureRequest = { kind: 'sim'; sim: number; cmd: Command } | { kind: 'close'; sim: number };

export type FigureResponse = { kind: 'sim'; sim: number; msg: WorkerMessage };
