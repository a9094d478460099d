/**
 * Inline definitions for jargon. The first use of a term on each page is wrapped in
 * `<Term id="...">text</Term>`; the id picks the entry here. Definitions are plain text, one or
 * two sentences, written for a reader who is new to the cloud.
 */
export interface GlossaryEntry {
  term: string;
  definition: string;
}

export const glossary = {
  serverless: {
    term: 'Serverless',
    definition:
      'A way of running software where the cloud provider runs, scales and patches the machines for you and bills you only for the work done. There are still servers; they are just not yours to manage.',
  },
  faas: {
    term: 'Function as a Service (FaaS)',
    definition:
      'A cloud service that runs small pieces of your code, called functions, each time an event arrives, and scales them up and down for you. AWS Lambda is the best-known example.',
  },
  baas: {
    term: 'Backend as a Service (BaaS)',
    definition:
      'Ready-made back-end building blocks, such as databases, file storage, queues and sign-in, that you configure and call instead of building and running them yourself.',
  },
  'cold-start': {
    term: 'Cold start',
    definition:
      'The extra delay when a request arrives and no ready copy of the function exists, so the platform must first create one, load your code and run its setup. It ranges from well under a second to a few seconds.',
  },
  'warm-start': {
    term: 'Warm start',
    definition:
      'An invocation that lands on an execution environment that is already set up, so your code runs right away without the setup delay of a cold start.',
  },
  'execution-environment': {
    term: 'Execution environment',
    definition:
      'One isolated, running copy of your function, with its own memory and a slice of CPU. It handles one request at a time and is reused for later requests until the platform shuts it down.',
  },
  'init-phase': {
    term: 'INIT phase',
    definition:
      'The setup step of a new execution environment: start the runtime, load your code and run everything outside the handler. It is what makes a cold start slow.',
  },
  freeze: {
    term: 'Freeze',
    definition:
      'What happens to an execution environment between invocations: its processes are paused so it uses no CPU, and resumed (thawed) with its memory intact when the next request arrives.',
  },
  concurrency: {
    term: 'Concurrency',
    definition:
      'The number of requests your functions are handling at the same moment. Because each execution environment serves one request at a time, it is also the number of busy environments.',
  },
  'reserved-concurrency': {
    term: 'Reserved concurrency',
    definition:
      'A share of your account\'s concurrency set aside for one function. It guarantees that many environments for that function and also caps it there; setting it to 0 stops the function from running.',
  },
  'provisioned-concurrency': {
    term: 'Provisioned concurrency',
    definition:
      'Execution environments that the platform sets up in advance and keeps ready, so requests avoid cold starts. You pay for them for as long as they are enabled, busy or not.',
  },
  'auto-scaling': {
    term: 'Auto-scaling',
    definition:
      'Adding capacity automatically when traffic rises and removing it when traffic falls, without anyone choosing the number of machines.',
  },
  'scale-to-zero': {
    term: 'Scale to zero',
    definition:
      'When no requests arrive for a while, the platform shuts down every copy of your function, so nothing is running and nothing is billed for compute.',
  },
  'pay-per-use': {
    term: 'Pay-per-use',
    definition:
      'A pricing model where you are charged for the requests you make and the resources they consume, not for capacity that sits waiting.',
  },
  'gb-second': {
    term: 'GB-second',
    definition:
      'The unit Lambda bills compute in: the memory you gave the function, in gigabytes, times how long it ran, in seconds. A 512 MB function running for 2 seconds uses 1 GB-second.',
  },
  'free-tier': {
    term: 'Free tier',
    definition:
      'An amount of usage the provider gives you each month at no charge. Usage beyond it is billed at the normal price.',
  },
  'on-demand': {
    term: 'On-demand',
    definition:
      'A pricing mode where you pay for exactly what you use, with no capacity booked in advance. Its opposite is provisioned capacity, which you reserve and pay for whether you use it or not.',
  },
  throttling: {
    term: 'Throttling',
    definition:
      'Refusing requests because a limit has been reached, such as the maximum number of functions running at once. On Lambda a throttled synchronous call gets an HTTP 429 error.',
  },
  'idle-timeout': {
    term: 'Idle timeout',
    definition:
      'How long an unused execution environment is kept warm before the platform shuts it down. AWS does not document it for Lambda; independent measurements have found values from a few minutes to about an hour.',
  },
  stateless: {
    term: 'Stateless',
    definition:
      'Not relying on anything remembered from earlier requests. A stateless function keeps the data that must survive in an outside service, such as a database.',
  },
  invocation: {
    term: 'Invocation',
    definition:
      'One run of a function, started by one event or request.',
  },
  handler: {
    term: 'Handler',
    definition:
      'The function in your code that the platform calls for each invocation. It receives the event and returns a result; code outside it runs once per execution environment.',
  },
  runtime: {
    term: 'Runtime',
    definition:
      'The language environment your function runs in, such as Node.js 24 or Python 3.13, supplied and kept patched by the provider.',
  },
  trigger: {
    term: 'Trigger',
    definition:
      'Something that causes a function to run: an HTTP request, a message on a queue, a file upload, a database change or a schedule.',
  },
  'event-source': {
    term: 'Event source',
    definition:
      'The service that produces the events that trigger a function, such as an API, a queue or a storage bucket.',
  },
  'synchronous-invocation': {
    term: 'Synchronous invocation',
    definition:
      'Calling a function and waiting for its answer, as an API request does. If the function fails or is throttled, the caller sees the error and decides what to do.',
  },
  'asynchronous-invocation': {
    term: 'Asynchronous invocation',
    definition:
      'Handing an event to the platform and moving on without waiting for the result. The platform queues the event, runs the function later and retries it on failure.',
  },
  'api-gateway': {
    term: 'API Gateway',
    definition:
      'A managed front door for web APIs. It receives HTTP requests, checks and routes them, applies rate limits and passes each one to a back end such as a Lambda function.',
  },
  queue: {
    term: 'Queue',
    definition:
      'A service that holds messages until a worker takes them, so the sender can move on and the work happens later, at the worker\'s pace. Amazon SQS is one.',
  },
  topic: {
    term: 'Topic',
    definition:
      'A named channel in a publish-subscribe service such as Amazon SNS. Every message published to a topic is delivered to all of its subscribers.',
  },
  'object-storage': {
    term: 'Object storage',
    definition:
      'A service for storing files, called objects, by name, with no disk to manage and practically no size limit. Amazon S3 is the best-known example.',
  },
  'request-unit': {
    term: 'Request unit',
    definition:
      'The unit DynamoDB bills reads and writes in on-demand mode. One write request unit covers one write of up to 1 KB; one read request unit covers one strongly consistent read of up to 4 KB.',
  },
  'vendor-lock-in': {
    term: 'Vendor lock-in',
    definition:
      'Depending so much on one provider\'s specific services and formats that moving to another would take a lot of rewriting.',
  },
  latency: {
    term: 'Latency',
    definition:
      'The time one request takes, from when it is sent to when the answer comes back, or the extra time one step adds to it.',
  },
  p99: {
    term: 'p99',
    definition:
      'The 99th percentile: the value that 99% of measurements are at or below. A p99 latency of 10 ms means only 1 request in 100 takes longer.',
  },
  isolate: {
    term: 'Isolate',
    definition:
      'A lightweight sandbox inside a single JavaScript engine process, as used by Cloudflare Workers. Many isolates share one process, so starting one is much cheaper than starting a container.',
  },
  container: {
    term: 'Container',
    definition:
      'A packaged application with everything it needs to run, started as an isolated process on a shared machine. Services like Google Cloud Run run containers for you.',
  },
  'dead-letter-queue': {
    term: 'Dead-letter queue',
    definition:
      'A queue where events end up after every retry has failed, so you can inspect them and try again instead of losing them.',
  },
  observability: {
    term: 'Observability',
    definition:
      'How well you can tell what a system is doing from the outside, through its logs, metrics and traces.',
  },
  vcpu: {
    term: 'vCPU',
    definition:
      'A virtual CPU: one share of a physical processor core as seen by your code. On Lambda you do not choose it directly; it grows with the memory you pick.',
  },
  'managed-runtime': {
    term: 'Managed runtime',
    definition:
      'A language runtime, such as Node.js or Python, that AWS supplies and patches for Lambda, as opposed to a custom runtime you bring and maintain yourself.',
  },
  'nosql-database': {
    term: 'NoSQL database',
    definition:
      'A database that stores data as items or documents looked up by key, rather than as tables joined with SQL. DynamoDB and Firestore are examples.',
  },
  authentication: {
    term: 'Authentication',
    definition:
      'Checking who a user is, for example by password, a one-time code or a sign-in with another account, and giving the app a token that proves it.',
  },
  'gb-month': {
    term: 'GB-month',
    definition:
      'A storage billing unit: one gigabyte kept for one month. Storing 10 GB for half a month is 5 GB-months.',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type TermId = keyof typeof glossary;
