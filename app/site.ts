/** Where the export is deployed; set SITE_URL at build time for absolute sitemap and Open Graph URLs. */
export const SITE_URL = (process.env.SITE_URL ?? 'https://serverless-explained.example').replace(/\/$/, '');
export const SITE_NAME = 'Serverless, Explained';
