import type { Metadata } from 'next';
import { PlaygroundSimulator } from '@/components/simulator/PlaygroundSimulator';
import { SOCIAL_IMAGE } from '@/app/site';

export const metadata: Metadata = {
  title: 'Playground',
  description:
    'The serverless simulator, full width: drag the traffic from zero to 10,000 requests a second and watch cold starts, scaling, throttling and cost against an always-on fleet.',
  alternates: { canonical: '/playground' },
  openGraph: { title: 'Playground', type: 'website', url: '/playground', images: [SOCIAL_IMAGE] },
};

export default function PlaygroundPage() {
  return (
    <div className="mx-auto max-w-[90rem] px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">Playground</h1>
      <p className="mt-2 max-w-[70ch] text-[var(--muted-fg)]">
        Every knob of the simulator in one place. The address bar keeps everything you set (traffic and its pattern, speed, seed, scene, view, every Settings choice, and whether it is paused), so a link opens the same simulation.
        Figures come from AWS&apos;s price lists and published measurements: the Sources tab lists each with its date.
        &ldquo;Compare two setups&rdquo; runs a second copy beside the first, fed exactly the same requests, with one thing changed, and says what the change did.
      </p>
      <div className="mt-6">
        <PlaygroundSimulator />
      </div>
    </div>
  );
}
