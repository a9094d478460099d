/**
 * An inline figure, as MDX writes it: `<Figure id="concurrency" />`. Server-rendered: a poster of
 * the figure's starting point, drawn from an engine run at build time, and its caption; the live
 * form replaces the poster in the same box once the figure nears the viewport (LiveSlot).
 */
import type { ReactNode } from 'react';
import { BreakEvenPoster } from './break-even/BreakEvenPoster';
import { ColdStartSharePoster } from './cold-start-share/ColdStartSharePoster';
import { ConcurrencyPoster } from './concurrency/ConcurrencyPoster';
import { PayPerUsePoster } from './pay-per-use/PayPerUsePoster';
import { ScaleOutPoster } from './scale-out/ScaleOutPoster';
import { StatelessnessPoster } from './statelessness/StatelessnessPoster';
import { ColdStartRuntimesPoster } from './cold-start-runtimes/ColdStartRuntimesPoster';
import { DbCapacityPoster } from './db-capacity/DbCapacityPoster';
import { UploadPathPoster } from './upload-path/UploadPathPoster';
import { InvocationModesPoster } from './invocation-modes/InvocationModesPoster';
import { MemoryCpuPoster } from './memory-cpu/MemoryCpuPoster';
import { ComputeModelsPoster } from './compute-models/ComputeModelsPoster';
import { ProvisionedPoster } from './provisioned/ProvisionedPoster';
import { LifecyclePoster } from './lifecycle/LifecyclePoster';
import { ScaleToZeroPoster } from './scale-to-zero/ScaleToZeroPoster';
import { recordLifecycle } from './lifecycle/lifecycleRecord';
import type { LifecycleRecord } from './lifecycle/lifecycle';
import type { FigureId } from './figureIds';
import { LiveSlot, type LiveData } from './LiveSlot';
import { Skinned, type Words } from './Skinned';
import { toStaticMarkup } from './staticMarkup';

interface FigureDef {
  /** The figure's box: fixed heights per breakpoint, shared by poster and live form. */
  box: string;
  title: Words;
  caption: Words;
  poster: (data?: LiveData) => ReactNode;
  /** Data the live form needs from build time (computed once, shared with the poster). */
  data?: () => LiveData;
}

const FIGURES: Record<FigureId, FigureDef> = {
  concurrency: {
    box: 'h-[27rem] sm:h-[21rem]',
    title: { cloud: 'Little’s law, live.', kitchen: 'Little’s law in the kitchen.' },
    caption: {
      cloud: 'Move the traffic and the duration: the requests in progress settle at rate × duration, and Lambda keeps one environment per request in progress (plus idle ones, kept warm for a while).',
      kitchen: 'Move the orders and the cooking time: the orders being cooked settle at rate × cooking time, and the service keeps one station per order being cooked (plus set-up ones waiting for a while).',
    },
    poster: () => <ConcurrencyPoster />,
  },
  'pay-per-use': {
    box: 'h-[24rem] sm:h-[20rem]',
    title: { cloud: 'The bill stops with the traffic.', kitchen: 'No orders, no bill.' },
    caption: {
      cloud: 'Twenty requests a second to a 512 MB function, beside one always-on server; ten simulated minutes pass each second. While requests flow the two cost about the same. Switch the traffic off: the function’s bill stops growing, the server’s rent does not.',
      kitchen: 'Twenty orders a second for the pop-up, beside a rented restaurant; ten minutes pass each second. While orders come in the two cost about the same. Stop the orders: the pop-up’s bill stops growing, the rent does not.',
    },
    poster: () => <PayPerUsePoster />,
  },
  statelessness: {
    box: 'h-[26rem] sm:h-[22rem]',
    title: { cloud: 'Memory is per environment.', kitchen: 'Every station keeps its own notepad.' },
    caption: {
      cloud: 'Every visit adds one to a counter twice: in the memory of the environment that served it, and in DynamoDB. The in-memory counts disagree, and an environment reclaimed after 15 idle seconds takes its count with it; the database’s count is the only one that is right.',
      kitchen: 'Every order is tallied twice: on the notepad of the station that cooked it, and in the pantry. The notepads disagree, and a station packed away after 15 quiet seconds takes its notepad with it; the pantry’s tally is the only one that is right.',
    },
    poster: () => <StatelessnessPoster />,
  },
  'scale-out': {
    box: 'h-[27rem] sm:h-[22rem]',
    title: { cloud: 'Scaling out, and its two limits.', kitchen: 'Opening stations, and the two limits.' },
    caption: {
      cloud: 'Traffic jumps from 10 to thousands of requests a second, each taking half a second. Lambda adds up to 1,000 environments every 10 seconds, and never more than the account’s concurrency limit; what needs more is refused. Raise the limit to see the scaling rate bite instead.',
      kitchen: 'Customers jump from 10 to thousands a second, each order taking half a second. The service opens up to 1,000 stations every 10 seconds, never more than the account’s limit; the rest are turned away. Raise the limit to see the opening rate bite instead.',
    },
    poster: () => <ScaleOutPoster />,
  },
  'cold-start-share': {
    box: 'h-[27rem] sm:h-[22rem]',
    title: { cloud: 'How often a request starts cold.', kitchen: 'How often an order waits for a set-up.' },
    caption: {
      cloud: 'Each point on the solid curve is an engine run of steady traffic: the share of requests that found no warm environment. Traffic rarer than the idle timeout cold-starts most of the time; busy functions almost never do. The dashed line is the one-environment theory; where requests overlap, extra environments add a small floor.',
      kitchen: 'Each point on the solid curve is an engine run of steady orders: the share that found no station set up. Orders rarer than the packing-away time mostly wait for a set-up; a busy kitchen almost never does. The dashed line is the one-station theory; where orders overlap, extra stations add a small floor.',
    },
    poster: () => <ColdStartSharePoster />,
  },
  'break-even': {
    box: 'h-[30rem] sm:h-[26rem]',
    title: { cloud: 'Where a server gets cheaper.', kitchen: 'Where renting the restaurant gets cheaper.' },
    caption: {
      cloud: 'The article’s example, priced by the engine for a 730-hour month: a 100 ms, 512 MB function behind an HTTP API against m7g.large servers behind a load balancer, no database on either side. The chart also counts the load balancer’s usage charge, so its crossings sit a little above the article’s 14 and 25 requests per second.',
      kitchen: 'The article’s example, priced by the engine for a 730-hour month: a 100 ms, 512 MB recipe with a host at the door, against rented kitchens with a maître d’. The chart also counts the maître d’s usage charge, so its crossings sit a little above the article’s 14 and 25 orders per second.',
    },
    poster: () => <BreakEvenPoster />,
  },
  lifecycle: {
    box: 'h-[26rem] sm:h-[21rem]',
    title: { cloud: 'One function’s environments, phase by phase.', kitchen: 'A station’s day, step by step.' },
    caption: {
      cloud: 'An engine run of four requests: the first cold-starts (INIT), the next two reuse the frozen environment, then ten idle minutes get it reclaimed, so the fourth starts cold again. Amber numbers are the milliseconds billed; frozen time is not billed. Not to scale: the labels give the real durations.',
      kitchen: 'Four orders in an engine run: the first waits for a set-up, the next two find the station ready, then after ten quiet minutes it is packed away, so the fourth waits for a set-up again. Amber numbers are the milliseconds billed; waiting time is not. Not to scale: the labels give the real durations.',
    },
    data: () => ({ record: recordLifecycle() }),
    poster: (data) => <LifecyclePoster record={data!.record as LifecycleRecord} />,
  },
  'scale-to-zero': {
    box: 'h-[25rem] sm:h-[20rem]',
    title: { cloud: 'Scaling to zero.', kitchen: 'Packing everything away.' },
    caption: {
      cloud: 'A minute of traffic, then none; a simulated minute passes each second. The environments idle until the idle timeout reclaims them, and the function has scaled to zero: it costs nothing, and the next request starts cold. Send one before and after to see the difference.',
      kitchen: 'A minute of orders, then none; a minute passes each second. The stations wait until the packing-away time, then the kitchen is empty: it costs nothing, and the next order waits for a set-up. Place one before and after to see the difference.',
    },
    poster: () => <ScaleToZeroPoster />,
  },
  'invocation-modes': {
    box: 'h-[34rem] sm:h-[22rem]',
    title: { cloud: 'The same spike, two ways in.', kitchen: 'The same rush, two ways in.' },
    caption: {
      cloud: 'Both sides get the same arrivals (same seed). Direct: each request waits for the function, and beyond the concurrency limit of 100 it is refused. Through a queue: a small function puts the job on SQS and answers at once; Lambda’s pollers feed a consumer capped at 50 batches, which drains the backlog after the spike. Nothing is refused, but the work finishes later.',
      kitchen: 'Both sides get the same customers. Straight to the stations: each customer waits for a cook, and beyond 100 cooking at once they are turned away. Through the order rail: the host pins a ticket and says “we’ll bring it”; 50 back-room cooks take tickets off the rail and clear it after the rush. Nobody is turned away, but food comes later.',
    },
    poster: () => <InvocationModesPoster />,
  },
  'memory-cpu': {
    box: 'h-[31rem] sm:h-[22rem]',
    title: { cloud: 'Memory buys CPU.', kitchen: 'A bigger station, a faster stove.' },
    caption: {
      cloud: 'Engine runs at eleven memory sizes of a function that computes for 800 ms on one vCPU (1,769 MB) and then waits 40 ms for DynamoDB. More memory brings more CPU, so the computing shrinks while the price per millisecond grows: from 128 MB to 1 GB the function gets eight times faster for a few percent more. The waiting does not shrink, so very large sizes cost more for little gain.',
      kitchen: 'The same dish cooked at stations of eleven sizes: 800 ms of stove work on a one-burner station, then 40 ms fetching from the pantry. A bigger station cooks faster and costs more per minute, so the stove work costs about the same; the pantry trip does not speed up, so the biggest stations cost more for little gain.',
    },
    poster: () => <MemoryCpuPoster />,
  },
  'compute-models': {
    box: 'h-[19.5rem] sm:h-[18rem]',
    title: { cloud: 'The same traffic, four ways to run it.', kitchen: 'The same orders, four kinds of kitchen.' },
    caption: {
      cloud: 'Engine runs of ten minutes of steady traffic, the same seed on every platform: a handler that computes for about 30 ms and waits about 20 ms on DynamoDB. Slide the traffic: at a trickle, per-request billing is nearly free and the instances kept by Managed Instances are pure cost; as traffic grows, instances that take many requests each get fuller and cheaper per request, and Workers, billed for CPU time only, never pays for the wait.',
      kitchen: 'Ten minutes of the same orders in four kinds of kitchen: each dish needs about 30 ms at the stove and 20 ms fetching from the pantry. Slide the orders: with a trickle, paying per order is nearly free and a kitchen rented by the hour is money spent on waiting cooks; busier, stations that cook many dishes at once fill up and get cheaper per dish, and a kitchen that only pays while the stove is lit never pays for pantry trips.',
    },
    poster: () => <ComputeModelsPoster />,
  },
  provisioned: {
    box: 'h-[31rem] sm:h-[22rem]',
    title: { cloud: 'What provisioned concurrency buys.', kitchen: 'Stations set up ahead of the rush.' },
    caption: {
      cloud: 'Engine runs of a Java function with 0 to 40 provisioned environments. Bursts every 15 minutes outlast the 10-minute idle timeout, so each burst starts cold unless enough environments are kept ready; the bill grows with every one kept. Under steady traffic the environments stay warm anyway, and provisioned ones that are busy most of the time (over 60%) are even cheaper than on-demand.',
      kitchen: 'Engine runs of a kitchen with 0 to 40 stations set up ahead. Rushes every 15 minutes come after the stations were packed away, so each rush waits for set-ups unless enough stations stay ready; each one kept costs money. With a steady flow of orders, stations stay set up anyway, and busy reserved stations even cost less.',
    },
    poster: () => <ProvisionedPoster />,
  },
  'cold-start-runtimes': {
    box: 'h-[27rem] sm:h-[21rem]',
    title: { cloud: 'Cold starts by runtime and package.', kitchen: 'Set-up time by recipe language and size.' },
    caption: {
      cloud: 'Blue: the INIT time of a hello-world function per runtime, x86 at 1,024 MB (lambda-perf, median of daily means, July–August 2026). Amber: what a bigger package added in Shilkov’s 2021 Node.js measurements, added to every runtime as an estimate. Container images: the range lambda-perf measures today, 1.1 to 2.4 times ZIP.',
      kitchen: 'Blue: how long a station takes to set up for the simplest recipe, by the language it is written in. Amber: what a thicker recipe book adds. Container images arrive in bigger crates: 1.1 to 2.4 times slower to unpack.',
    },
    poster: () => <ColdStartRuntimesPoster />,
  },
  'upload-path': {
    box: 'h-[27rem] sm:h-[15rem]',
    title: { cloud: 'Two ways to take an upload.', kitchen: 'Two ways to take a delivery.' },
    caption: {
      cloud: 'Engine runs of both paths for the same file. Through the function, the bytes cross API Gateway and Lambda: the function is billed for writing them to S3, the API bills every 512 KB, and a file over about 4.5 MB never fits (the event carries it base64-encoded, against Lambda’s 6 MB limit). With a presigned URL the function only signs; the client sends the file straight to S3, up to 5 GB in one PUT. Upload speed and Lambda-to-S3 speed are model choices.',
      kitchen: 'A customer brings a big crate. Through the host and a cook, the cook carries it to the store room and is paid for the walk, and a crate over about 4.5 MB doesn’t fit through the door. With a pass (a presigned URL), the cook only writes the pass and the customer carries the crate to the store room directly.',
    },
    poster: () => <UploadPathPoster />,
  },
  'db-capacity': {
    box: 'h-[31rem] sm:h-[20rem]',
    title: { cloud: 'On-demand or provisioned capacity.', kitchen: 'Pay per item, or reserve shelves.' },
    caption: {
      cloud: 'The same spike of writes into two DynamoDB tables (same arrivals). On demand takes it all and bills each write. Provisioned at 100 writes a second costs less by the hour and banks up to five minutes of unused capacity for bursts; once the bank is spent, the writes over capacity fail and their clients get 502.',
      kitchen: 'The same rush of orders against two pantries. Pay-per-item takes everything and charges each item. Reserved shelves cost less but take only 100 items a second, plus what was saved up in quiet minutes; once the savings are gone, the extra orders fail.',
    },
    poster: () => <DbCapacityPoster />,
  },
};

function figureDef(id: FigureId): FigureDef {
  const def = FIGURES[id];
  if (!def) throw new Error(`<Figure id="${id}">: no such figure (see components/figures/figureIds.ts).`);
  return def;
}

/** A figure's poster as React elements (what the page's HTML string is made from; the tests compare the two). */
export function figurePoster(id: FigureId): ReactNode {
  const def = figureDef(id);
  return def.poster(def.data?.());
}

export function Figure({ id }: { id: FigureId }) {
  const def = figureDef(id);
  const data = def.data?.();
  return (
    <figure data-figure={id} className="not-prose my-8 rounded-xl border border-[var(--border)] bg-[var(--surface)] p-3 sm:p-4">
      {/* The poster goes to the page as one HTML string: nothing in it to hydrate (staticMarkup.ts). */}
      <LiveSlot id={id} className={def.box} liveData={data} posterHtml={toStaticMarkup(def.poster(data))} />
      <figcaption className="mt-3 text-sm text-[var(--muted-fg)]">
        <strong className="text-[var(--page-fg)]">
          <Skinned words={def.title} />
        </strong>{' '}
        <Skinned words={def.caption} />
      </figcaption>
    </figure>
  );
}
