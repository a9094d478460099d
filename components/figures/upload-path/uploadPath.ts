/** The `upload-path` figure's settings; the model itself is simulations/upload.ts. */
export const UPLOAD_SIZES_MB = [0.1, 0.25, 0.5, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20] as const;
export const UPLINKS_MBPS = [5, 10, 50] as const;
export const UPLOAD_PATH = { initialSizeMB: 2, initialUplink: 10 } as const;
