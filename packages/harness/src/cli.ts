#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { isInfToolError, redactSecrets } from '@inftool/core';
import { readEnvironment } from './config.js';
import { serveCommand } from './commands/serve.js';
import { demoCommand } from './commands/demo.js';
import { treeCommand } from './commands/tree.js';
import { agentCommand } from './commands/agent.js';
import { synthCommand } from './commands/synth.js';
import { exportCommand } from './commands/export.js';
import { evalCommand } from './commands/eval.js';
import { rewardCommand } from './commands/reward.js';
import { stratifyCommand } from './commands/stratify.js';
import { loopCommand } from './commands/loop.js';
import { auditCommand } from './commands/audit.js';
import { viewCommand } from './commands/view.js';
import { scaffoldCommand } from './commands/scaffold.js';
import { statusCommand, workerCommand } from './commands/worker.js';

const program = new Command('inftool')
  .description('InfTool: verified tool-use data from raw API specs, by multi-agent role-play over real MCP')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

const environment = readEnvironment();
program.addCommand(serveCommand(environment));
program.addCommand(treeCommand(environment));
program.addCommand(agentCommand(environment));
program.addCommand(synthCommand(environment));
program.addCommand(workerCommand(environment));
program.addCommand(statusCommand());
program.addCommand(exportCommand());
program.addCommand(evalCommand(environment));
program.addCommand(rewardCommand());
program.addCommand(stratifyCommand());
program.addCommand(loopCommand());
program.addCommand(auditCommand());
program.addCommand(viewCommand());
program.addCommand(scaffoldCommand());
program.addCommand(demoCommand());

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  // No error text leaves with a key in it (an endpoint may echo the Authorization header).
  const secrets = [environment.endpoint.apiKey, environment.authToken];
  if (isInfToolError(error)) {
    process.stderr.write(redactSecrets(`inftool: ${error.message}\n`, secrets));
    process.exit(2);
  }
  process.stderr.write(redactSecrets(`inftool: unexpected error: ${(error as Error).stack ?? String(error)}\n`, secrets));
  process.exit(1);
}
