/**
 * The one description of the pipeline diagram: nodes, edges and their two skins (cloud and
 * pop-up kitchen). The article's SVG figure, the live simulator's React Flow diagram and the
 * generated static SVGs are all drawn from this, so they can never disagree.
 */
export type PipelineNodeId = 'client' | 'gateway' | 'function' | 'database' | 's3' | 'sqs' | 'sns';
export type Skin = 'cloud' | 'kitchen';
export type Layout = 'wide' | 'tall';

export interface Label {
  title: string;
  subtitle: string;
}

export interface PipelineNode {
  id: PipelineNodeId;
  /** Main path (request/response) or a service beside it. */
  lane: 'main' | 'beside';
  label: Record<Skin, Label>;
  /** One sentence on what the node does, per skin. */
  role: Record<Skin, string>;
  position: Record<Layout, { x: number; y: number }>;
}

export interface PipelineEdge {
  id: string;
  source: PipelineNodeId;
  target: PipelineNodeId;
  /** Synchronous hops carry the user's request; 'beside' edges are optional services. */
  kind: 'sync' | 'beside';
  label: Record<Skin, string>;
}

export const NODE_SIZE: Record<Layout, { width: number; height: number }> = {
  wide: { width: 150, height: 64 },
  tall: { width: 150, height: 60 },
};

export const VIEWBOX: Record<Layout, { width: number; height: number }> = {
  wide: { width: 770, height: 250 },
  tall: { width: 340, height: 450 },
};

export const pipelineNodes: readonly PipelineNode[] = [
  {
    id: 'client',
    lane: 'main',
    label: {
      cloud: { title: 'Client', subtitle: 'web or mobile app' },
      kitchen: { title: 'Customers', subtitle: 'placing orders' },
    },
    role: {
      cloud: 'A browser or phone app sends an HTTPS request.',
      kitchen: 'Customers walk up and place an order.',
    },
    position: { wide: { x: 0, y: 20 }, tall: { x: 0, y: 0 } },
  },
  {
    id: 'gateway',
    lane: 'main',
    label: {
      cloud: { title: 'API Gateway', subtitle: 'routes and throttles' },
      kitchen: { title: 'Host stand', subtitle: 'greets and turns away' },
    },
    role: {
      cloud: 'Checks, rate-limits and routes each request to a function.',
      kitchen: 'The host takes each order to the kitchen, and turns people away when it is too busy.',
    },
    position: { wide: { x: 205, y: 20 }, tall: { x: 0, y: 110 } },
  },
  {
    id: 'function',
    lane: 'main',
    label: {
      cloud: { title: 'Lambda function', subtitle: 'your code, on demand' },
      kitchen: { title: 'Cooking stations', subtitle: 'your recipes, on demand' },
    },
    role: {
      cloud: 'Runs your handler in an execution environment, starting new ones as traffic grows.',
      kitchen: 'Pop-up stations cook your recipes; more are set up in a rush and packed away when it is quiet.',
    },
    position: { wide: { x: 410, y: 20 }, tall: { x: 0, y: 220 } },
  },
  {
    id: 'database',
    lane: 'main',
    label: {
      cloud: { title: 'DynamoDB', subtitle: 'state lives here' },
      kitchen: { title: 'Pantry', subtitle: 'remembers everything' },
    },
    role: {
      cloud: 'Stores the data that must outlive any single request.',
      kitchen: 'The pantry keeps stock between orders; the cooks remember nothing.',
    },
    position: { wide: { x: 615, y: 20 }, tall: { x: 0, y: 330 } },
  },
  {
    id: 'sns',
    lane: 'beside',
    label: {
      cloud: { title: 'SNS', subtitle: 'notifications' },
      kitchen: { title: 'Bell', subtitle: 'announces orders' },
    },
    role: {
      cloud: 'Publishes a message to every subscriber of a topic.',
      kitchen: 'A bell tells everyone who cares that an order is done.',
    },
    position: { wide: { x: 205, y: 170 }, tall: { x: 190, y: 170 } },
  },
  {
    id: 'sqs',
    lane: 'beside',
    label: {
      cloud: { title: 'SQS', subtitle: 'queued work' },
      kitchen: { title: 'Order rail', subtitle: 'tickets wait here' },
    },
    role: {
      cloud: 'Holds jobs until a worker function takes them, absorbing spikes.',
      kitchen: 'Tickets wait on the rail until a cook is free, so a rush does not overwhelm anyone.',
    },
    position: { wide: { x: 410, y: 170 }, tall: { x: 190, y: 275 } },
  },
  {
    id: 's3',
    lane: 'beside',
    label: {
      cloud: { title: 'S3', subtitle: 'files and objects' },
      kitchen: { title: 'Store room', subtitle: 'big items' },
    },
    role: {
      cloud: 'Stores files such as images, exports and uploads.',
      kitchen: 'Bulky supplies live in the store room, not at the station.',
    },
    position: { wide: { x: 615, y: 170 }, tall: { x: 190, y: 380 } },
  },
];

export const pipelineEdges: readonly PipelineEdge[] = [
  { id: 'client-gateway', source: 'client', target: 'gateway', kind: 'sync', label: { cloud: 'HTTPS', kitchen: 'order' } },
  { id: 'gateway-function', source: 'gateway', target: 'function', kind: 'sync', label: { cloud: 'invoke', kitchen: 'ticket' } },
  { id: 'function-database', source: 'function', target: 'database', kind: 'sync', label: { cloud: 'read / write', kitchen: 'fetch stock' } },
  { id: 'function-sns', source: 'function', target: 'sns', kind: 'beside', label: { cloud: 'publish', kitchen: 'ring' } },
  { id: 'function-sqs', source: 'function', target: 'sqs', kind: 'beside', label: { cloud: 'enqueue', kitchen: 'pin ticket' } },
  { id: 'function-s3', source: 'function', target: 's3', kind: 'beside', label: { cloud: 'put / get', kitchen: 'store' } },
];

export interface EdgeGeometry {
  id: string;
  kind: PipelineEdge['kind'];
  label: string;
  path: string;
  labelX: number;
  labelY: number;
}

/** Edge paths between node borders, chosen by where the target sits relative to the source. */
export function edgeGeometry(layout: Layout, skin: Skin): EdgeGeometry[] {
  const { width, height } = NODE_SIZE[layout];
  const at = new Map(pipelineNodes.map((n) => [n.id, n.position[layout]]));
  return pipelineEdges.map((e) => {
    const s = at.get(e.source)!;
    const t = at.get(e.target)!;
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    let x1: number, y1: number, x2: number, y2: number, path: string;
    if (Math.abs(dx) >= Math.abs(dy) && dx !== 0 && dy === 0) {
      // Side by side: right border to left border.
      x1 = s.x + width;
      y1 = s.y + height / 2;
      x2 = t.x;
      y2 = t.y + height / 2;
      path = `M ${x1} ${y1} L ${x2} ${y2}`;
    } else if (dx === 0) {
      // Stacked: bottom border to top border.
      x1 = s.x + width / 2;
      y1 = s.y + height;
      x2 = t.x + width / 2;
      y2 = t.y;
      path = `M ${x1} ${y1} L ${x2} ${y2}`;
    } else if (Math.abs(dy) > height && layout === 'wide') {
      // Below and aside: leave the bottom, arrive at the top, as a smooth curve.
      x1 = s.x + width / 2;
      y1 = s.y + height;
      x2 = t.x + width / 2;
      y2 = t.y;
      const my = (y1 + y2) / 2;
      path = `M ${x1} ${y1} C ${x1} ${my}, ${x2} ${my}, ${x2} ${y2}`;
    } else {
      // Aside: leave the right border, arrive at the left border.
      x1 = s.x + width;
      y1 = s.y + height / 2;
      x2 = t.x;
      y2 = t.y + height / 2;
      const mx = (x1 + x2) / 2;
      path = `M ${x1} ${y1} C ${mx} ${y1}, ${mx} ${y2}, ${x2} ${y2}`;
    }
    return { id: e.id, kind: e.kind, label: e.label[skin], path, labelX: (x1 + x2) / 2, labelY: (y1 + y2) / 2 };
  });
}

/** A plain-language description of the whole diagram, for screen readers and SVG <desc>. */
export function describePipeline(skin: Skin): string {
  const main = pipelineNodes.filter((n) => n.lane === 'main').map((n) => n.label[skin].title);
  const beside = pipelineNodes.filter((n) => n.lane === 'beside').map((n) => n.label[skin].title);
  return skin === 'cloud'
    ? `A request flows ${main.join(' → ')}. Beside the function, it can also use ${beside.join(', ')}.`
    : `An order goes from the ${main.map((t) => t.toLowerCase()).join(' to the ')}. Beside the stations, the kitchen can also use the ${beside
        .map((t) => t.toLowerCase())
        .join(', the ')
        .replace(/, the ([^,]+)$/, ' and the $1')}.`;
}
