import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { InfToolError, SchemaValidator, silentLogger, type ChatModel, type Logger, DEFAULT_SEED } from '@inftool/core';
import type { Catalog } from './catalog/catalog.js';
import { loadCatalog, type CatalogSelection } from './catalog/load-catalog.js';
import type { CallContext } from './call-tool.js';
import { createSessionServer, type ServerIdentity } from './create-server.js';
import type { SimulationEngine } from './engines/engine.js';
import { FakerEngine } from './engines/faker-engine.js';
import { LlmEngine } from './engines/llm-engine.js';
import { PinnedEngine } from './engines/pinned-engine.js';
import { SamplingEngine } from './engines/sampling-engine.js';
import { noFaults, type FaultOptions } from './faults.js';
import { SessionState } from './session-state.js';

export type EngineName = 'faker' | 'llm' | 'pinned' | 'sampling';
export const ENGINE_NAMES: readonly EngineName[] = ['faker', 'llm', 'pinned', 'sampling'];

export interface SimulationOptions {
  /** A ToolTree file or a plain `tools/list` result. */
  treeFile: string;
  selection?: CatalogSelection;
  /** Defaults to `faker`. Tools with a pinned response always use it. */
  engine?: EngineName;
  /** Required by the `llm` engine. */
  model?: ChatModel;
  /** Tries per call for the model engines (repairs included). Defaults to 3. */
  maxAttempts?: number;
  faults?: Partial<FaultOptions>;
  /** Defaults to `inftool`. */
  seed?: string;
  elicitMissing?: boolean;
  /** Defaults to 100. */
  pageSize?: number;
  /** Defaults to 1000 ms. */
  progressIntervalMs?: number;
  identity?: ServerIdentity;
  logger?: Logger;
}

/** A loaded catalog plus engines: makes one MCP `Server` per session, all sharing the catalog. */
export class Simulation {
  readonly context: CallContext;
  readonly identity: ServerIdentity;
  readonly pageSize: number;
  private readonly live = new Set<Server>();

  private constructor(
    private readonly options: SimulationOptions,
    context: CallContext,
  ) {
    this.context = context;
    this.identity = options.identity ?? { name: 'inftool-sim', version: '0.1.0' };
    this.pageSize = options.pageSize ?? 100;
  }

  static async create(options: SimulationOptions): Promise<Simulation> {
    const validator = new SchemaValidator();
    const logger = options.logger ?? silentLogger;
    const engineName = options.engine ?? 'faker';
    const pageSize = options.pageSize ?? 100;
    if (!Number.isInteger(pageSize) || pageSize < 1)
      throw new InfToolError('config', `page size must be a positive integer, got ${pageSize}`);
    const catalog = await loadCatalog(options.treeFile, { selection: options.selection, validator });
    const context: CallContext = {
      catalog,
      validator,
      engine: makeEngine(engineName, options, validator),
      pinned: new PinnedEngine(),
      faults: { ...noFaults, ...options.faults },
      seed: options.seed ?? DEFAULT_SEED,
      elicitMissing: options.elicitMissing ?? false,
      progressIntervalMs: options.progressIntervalMs ?? 1000,
      logger,
    };
    for (const skipped of catalog.skipped) logger.warn('tool skipped', { ...skipped });
    return new Simulation(options, context);
  }

  get catalog(): Catalog {
    return this.context.catalog;
  }

  /**
   * A new MCP server for one session. Sessions are seeded alike (results depend on the global seed,
   * the tool and the arguments) unless a call carries `_meta["inftool/seed"]`.
   */
  createServer(sessionId = 'stdio'): Server {
    const server = createSessionServer(this.context, { identity: this.identity, pageSize: this.pageSize }, new SessionState(sessionId, ''));
    this.live.add(server);
    server.onclose = () => this.live.delete(server);
    return server;
  }

  /** Loads the engines' heavy dependencies; call once the server accepts connections (calls that come first wait for it). */
  async warmUp(): Promise<void> {
    await Promise.all([this.context.engine.warmUp?.(), this.context.pinned.warmUp?.()]);
  }

  /**
   * Reads the tree file again and tells every connected client that the tool list changed. A tree
   * with no tool that can be served is refused (an error; the previous tree stays served): swapping
   * it in would leave every session with nothing to call.
   */
  async reload(): Promise<Catalog> {
    const catalog = await loadCatalog(this.options.treeFile, { selection: this.options.selection, validator: this.context.validator });
    if (catalog.tools.length === 0) {
      const reasons = catalog.skipped.slice(0, 3).map((skipped) => `${skipped.name ?? skipped.path}: ${skipped.reason}`);
      throw new InfToolError(
        'invalid_tree',
        `${this.options.treeFile} now has no tool that can be served${catalog.skipped.length > 0 ? ` (${catalog.skipped.length} skipped; ${reasons.join('; ')}${catalog.skipped.length > 3 ? '; …' : ''})` : ''}; still serving the previous ${this.context.catalog.tools.length} tools`,
        { details: { file: this.options.treeFile, skipped: catalog.skipped.length } },
      );
    }
    for (const skipped of catalog.skipped) this.context.logger.warn('tool skipped', { ...skipped });
    this.context.catalog = catalog;
    await Promise.allSettled([...this.live].map((server) => server.sendToolListChanged()));
    return catalog;
  }
}

function makeEngine(name: EngineName, options: SimulationOptions, validator: SchemaValidator): SimulationEngine {
  switch (name) {
    case 'faker':
      return new FakerEngine(validator);
    case 'pinned':
      return new PinnedEngine();
    case 'sampling':
      return new SamplingEngine({ validator, maxAttempts: options.maxAttempts });
    case 'llm':
      if (!options.model)
        throw new InfToolError(
          'config',
          'the llm engine needs a model: pass --model NAME and set OPENAI_BASE_URL (or use --engine faker, which needs none)',
        );
      return new LlmEngine({ model: options.model, validator, maxAttempts: options.maxAttempts });
    default:
      throw new InfToolError('config', `unknown engine "${String(name)}"; choose one of ${ENGINE_NAMES.join(', ')}`);
  }
}
