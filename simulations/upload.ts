/**
 * Uploading a file: through the API and a function (the function receives the bytes in its event
 * and writes them to S3), or straight to S3 with a presigned URL (the function only signs the
 * URL; the client sends the bytes to S3 itself). Each is an engine scenario; this module adds what
 * the engine does not model: the client's own transfer time, the payload limits the through-
 * function path hits, and HTTP API metering by 512 KB of request data. Leaves out multipart
 * uploads, retries, data transfer charges (uploads into AWS are free) and S3's storage per GB.
 */
import { LIMITS, PRICES, UPLOADS } from './facts';
import type { ScenarioInput } from './schema';
import type { RunSummary } from './types';

/** The largest file a function can receive in a synchronous invocation: the event carries it base64-encoded. */
export function largestUploadThroughFunctionMB(): number {
  return Math.min(UPLOADS.lambdaSyncPayloadMB.value, UPLOADS.httpApiPayloadMB.value) / UPLOADS.base64Growth.value;
}

/** The client's own time to send `sizeMB` at `uplinkMbps` (8 bits a byte). */
export function clientTransferMs(sizeMB: number, uplinkMbps: number): number {
  return ((sizeMB * 8) / uplinkMbps) * 1000;
}

/** HTTP API requests billed for one request carrying `sizeMB` (512 KB each, at least one). */
export function httpApiBilledRequests(sizeMB: number): number {
  return Math.max(1, Math.ceil((sizeMB * 1024) / UPLOADS.httpApiMeteringKB.value));
}

const s3Base = () => LIMITS.s3LatencyMs.value;

/** The function's memory in both paths (a small function: it moves bytes or signs a URL). */
export const UPLOAD_FUNCTION_MEMORY_MB = 1024;

/** Through the function: the handler decodes the event, then writes the object to S3, whose time grows with the file. */
export function uploadThroughFunctionScenario(sizeMB: number): ScenarioInput {
  return {
    durationSeconds: 300,
    traffic: { pattern: 'steady', requestsPerSecond: 1 },
    function: { memoryMB: UPLOAD_FUNCTION_MEMORY_MB, durationMs: { distribution: 'constant', mean: UPLOADS.handlerMs.value } },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    s3: { readsPerRequest: 0, writesPerRequest: 1, latencyMs: s3Base() + (sizeMB / UPLOADS.lambdaToS3MBps.value) * 1000 },
    server: { enabled: false },
  };
}

/**
 * With a presigned URL the handler only signs. The client's PUT to S3 is billed to the bucket's
 * owner like any other, so the scenario keeps one S3 write per request, with no time inside the
 * function: the client, not the function, waits for it.
 */
export function uploadPresignedScenario(): ScenarioInput {
  return {
    durationSeconds: 300,
    traffic: { pattern: 'steady', requestsPerSecond: 1 },
    function: { memoryMB: UPLOAD_FUNCTION_MEMORY_MB, durationMs: { distribution: 'constant', mean: UPLOADS.handlerMs.value } },
    database: { readsPerRequest: 0, writesPerRequest: 0 },
    s3: { readsPerRequest: 0, writesPerRequest: 1, latencyMs: 0 },
    server: { enabled: false },
  };
}

/** One upload, as the client and the bill see it. */
export interface UploadResult {
  /** False when the file cannot go this way at all. */
  ok: boolean;
  /** Why not, in a sentence. */
  refusal?: string;
  /** From the client's first byte to its answer. */
  clientMs: number;
  /** Function time billed per upload. */
  functionBilledMs: number;
  /** Everything per thousand uploads: gateway (by 512 KB), Lambda, S3. */
  usdPerThousand: number;
}

function perUpload(s: RunSummary) {
  const n = s.requests;
  return {
    latencyMs: s.latencyMs.mean,
    functionBilledMs: s.usage.functionRequests > 0 ? s.usage.onDemandMbMs / s.usage.functionRequests / UPLOAD_FUNCTION_MEMORY_MB : 0,
    usd: n > 0 ? s.costUsd.total / n : 0,
  };
}

/** The HTTP API's extra billed requests for a request of `sizeMB` (the run billed each as one), in dollars. */
function extraGatewayUsd(sizeMB: number): number {
  return (httpApiBilledRequests(sizeMB) - 1) * PRICES.httpApiRequest.tiers[0].priceUsd;
}

/** Through the function: refused above the payload limit; otherwise the client sends the file to the API and waits for the function's write. */
export function throughFunctionResult(sizeMB: number, uplinkMbps: number, run: RunSummary): UploadResult {
  const limit = largestUploadThroughFunctionMB();
  const r = perUpload(run);
  if (sizeMB > limit) {
    return {
      ok: false,
      refusal: `Over ${limit.toFixed(1)} MB: base64-encoded in the event, the file passes Lambda’s ${UPLOADS.lambdaSyncPayloadMB.value} MB limit for a synchronous request (413 from the API).`,
      clientMs: clientTransferMs(sizeMB, uplinkMbps),
      functionBilledMs: 0,
      usdPerThousand: 0,
    };
  }
  return { ok: true, clientMs: clientTransferMs(sizeMB, uplinkMbps) + r.latencyMs, functionBilledMs: r.functionBilledMs, usdPerThousand: (r.usd + extraGatewayUsd(sizeMB)) * 1000 };
}

/** With a presigned URL: a small request for the URL, then the client's own PUT to S3 (S3 takes up to 5 GB in one PUT). */
export function presignedResult(sizeMB: number, uplinkMbps: number, run: RunSummary): UploadResult {
  const r = perUpload(run);
  return { ok: true, clientMs: r.latencyMs + clientTransferMs(sizeMB, uplinkMbps) + s3Base(), functionBilledMs: r.functionBilledMs, usdPerThousand: r.usd * 1000 };
}
