/**
 * The pop-up kitchen analogy, term by term. Where the diagram names a thing (graph.ts), the
 * legend uses the diagram's own words, so the two can never disagree.
 */
import { pipelineNodes, type PipelineNodeId } from '@/components/pipeline/graph';

export interface KitchenTerm {
  kitchen: string;
  cloud: string;
}

const title = (id: PipelineNodeId, skin: 'cloud' | 'kitchen') => pipelineNodes.find((n) => n.id === id)!.label[skin].title;

/** "Cooking stations" → "Cooking station". */
const singular = (s: string) => s.replace(/s$/, '');

export const KITCHEN_TERMS: readonly KitchenTerm[] = [
  { kitchen: title('client', 'kitchen'), cloud: 'clients sending requests' },
  { kitchen: title('gateway', 'kitchen'), cloud: title('gateway', 'cloud') },
  { kitchen: singular(title('function', 'kitchen')), cloud: `execution environment (one copy of the ${title('function', 'cloud')})` },
  { kitchen: 'Setting up a station', cloud: 'cold start (INIT)' },
  { kitchen: 'Opening more stations in a rush', cloud: 'auto-scaling' },
  { kitchen: 'Packing a station away', cloud: 'reclaiming an idle environment; all packed away = scale to zero' },
  { kitchen: 'Customers turned away', cloud: 'throttled requests: 429 from the gateway’s own limit, 500 when Lambda is at its limit' },
  { kitchen: 'Orders that failed at the pantry', cloud: '502: DynamoDB throttled a call, so the handler failed after running' },
  { kitchen: 'A bill for cooking time (to the millisecond) plus a small fee per order', cloud: 'pay per use: a fee per request plus GB-seconds of compute, metered per ms' },
  { kitchen: 'Renting a restaurant (its kitchens)', cloud: 'an always-on server fleet (its instances), billed by the second while it runs, busy or not' },
  { kitchen: title('database', 'kitchen'), cloud: title('database', 'cloud') },
  { kitchen: title('sqs', 'kitchen'), cloud: title('sqs', 'cloud') },
  { kitchen: title('sns', 'kitchen'), cloud: title('sns', 'cloud') },
  { kitchen: title('s3', 'kitchen'), cloud: title('s3', 'cloud') },
  { kitchen: 'A station’s notepad is lost when it is packed away', cloud: 'statelessness: an environment’s memory lasts only as long as it does (and each has its own), so keep state in the database' },
];
