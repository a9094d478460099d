import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { themeScript } from '@/components/site/themeScript';
import { SITE_NAME, SITE_URL, SOCIAL_IMAGE } from './site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: 'An interactive explainer of serverless architecture, with a live simulation of cold starts, scaling and cost.',
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en_US', images: [SOCIAL_IMAGE] },
  twitter: { card: 'summary_large_image', images: [SOCIAL_IMAGE.url] },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0e1117' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
