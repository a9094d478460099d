/** Where the export is deployed; set SITE_URL at build time for absolute sitemap and Open Graph URLs. */
export const SITE_URL = (process.env.SITE_URL ?? 'https://serverless-explained.example').replace(/\/$/, '');
export const SITE_NAME = 'Serverless, Explained';
/** The picture a shared link shows (public/social-preview.png, drawn by npm run social-image). */
export const SOCIAL_IMAGE = { url: '/social-preview.png', width: 1200, height: 630, alt: 'Serverless, Explained: the client, API Gateway, Lambda and DynamoDB pipeline' };
