// The public surface of each package: the names its src/index.ts exports (values and types), pinned.
// A change to a package's API shows here as a diff to review; an export nobody outside the package
// imports should not be added (docs/architecture.md, "Public surface").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PACKAGES = join(import.meta.dirname, '..', 'packages');

const SURFACE: Record<string, { values: string; types: string }> = {
  core: {
    values: `
      ABBREVIATIONS ACRONYMS CLUSTER_META_KEY COUNTING_FIELD ChatMessage DAY_HOUR DEFAULT_SEED Check ContentBlock DEFAULT_MODEL_TIMEOUT_MS FAULT_ARGUMENT_META_KEY FAULT_KINDS FAULT_META_KEY FaultKind
      INFRASTRUCTURE_FAILURE_TEXT InfToolError JsonSchemaObject MERGED_META_KEY NormaliseCache OfferedTool OpenAIChatModel PERIODS
      PINNED_META_KEY Persona PinnedResponse PlannedCall PlannedFault PythonFloat ReplayCache RoleName
      SAFE_TOOL_NAME SCALAR_CONSTRAINTS SCENARIO_KINDS SEED_META_KEY SIMULATION_META_KEY SOURCE_META_KEY ScenarioKind
      SchemaValidator ScriptStep SimulationHints StoredTrajectory TOOL_TREE_SCHEMA_VERSION
      TRAJECTORY_SCHEMA_VERSION Task TokenUsage ToolAnnotations ToolCall ToolListRef ToolNameMap ToolSpec ToolTree
      Trajectory TrajectoryLine TrajectoryV1 TreeCategory TreeDomain TreeServer Vote WIRE_SCOPES WORLD_META_KEY WireRecord
      WireScope addUsage askChatModel askForJson bufferedFetch canonicalJson cleanDescription closestNames
      contractJsonSchema createLogger createRandom defaultRetryPolicy eachObject emptyUsage errorMessage formatIssues
      isInfToolError isJsonObject modelEndpointFromEnv modelInfrastructureFailure nameWords normaliseSchema ownDescription
      parseJsonLines parseJsonObject parseJsonText parsePythonCall parsePythonJson parsedJsonText fieldWords momentValue periodsOf placeholderText indefiniteArticle mendArticles misfitArticle withIndefiniteArticle publishedSchemas pythonEquals
      pythonType redactKnownSecrets redactSecrets retryAfterMs sanitizeToolName sdkJsonSchemaValidator seedFrom
      sha256Hex silentLogger sleep spellWords squashKey spelledWords stringifyPythonJson sumUsage withOwnPeriod
    `,
    types: `
      AskForJsonOptions AskForJsonResult ChatCallOptions ChatModel ChatRequest ChatResponse ChatTool ChatToolCall
      EmbeddingModel ErrorCategory InfToolErrorCode InfToolErrorOptions InfrastructureFailure
      InfrastructureFailureKind JsonLine JsonObject JsonTurn LogLevel Logger LoggerOptions ModelEndpointConfig ModelFailureKind
      NormaliseOptions NormaliseResult OpenAIChatModelOptions ParseResult Period PublishedSchemaName PythonCall
      PythonType Random ReplayCacheOptions ReplayMode RequestThrottle ResponseFormat RetryPolicy SchemaDialect
      SchemaValidatorOptions ValidationIssue ValidationResult
    `,
  },
  'mcp-tree': {
    values: `
      DEFAULT_DOMAINS SOURCE_FORMATS TfIdf TreeNames boundSchemaValues buildTree centroid
      clusterVectors cosine importBfcl importOpenApi oversize snakeCase tokenize treeStats writeTreeFile
    `,
    types: `
      BuildInput BuildOptions BuildProgress BuildReport BuildResult BuildStage CategoryDefinition ClusterOptions
      ClusterResult DomainDefinition Dropped ImportResult ImportedApi ImportedTool MergeRecord ParameterLocation
      PlumbingKind PlumbingParameter SecurityCredential SourceFormat SparseVector ToolSource TreeStats
    `,
  },
  'sim-server': {
    values: `
      DEFAULT_MAX_MESSAGE_BYTES ENGINE_NAMES EVIDENCE_SOURCE_TYPE FakerEngine GATEWAY_TIMEOUT_TEXT HTTP_DEFAULTS KNOWN_DISEASES KNOWN_DRUGS
      KNOWN_GENES SessionState Simulation StdioTransport bearerToken callTool capBelow catalogFromJson
      checkRequest createSessionServer entityIdParameter elementMisstatements evidenceTypeClash factsOnRecord famousMisstatements generateValue guardOptions idParameterEntity
      inferOutputSchema isFillerLabel isLoopback isRecordRemark isPlannedFaultKind isProductWord loadCatalog onePlace ownHostNames parseLatency particleFacts plannedFault
      productText providerServiceProblem seededEntityIds serveHttp serveStdio sportsMisstatements toolEntity toolHost
      climate climateWeather
      EXCHANGE_TOOL PRICE_FIELD RATE_FIELD knownExchangeRate knownSharePrice rateLevels sentimentOf tickerOf
    `,
    types: `
      CallContext CallRecord CallRequest Catalog CatalogSelection CatalogTool ClientBridge EngineContext EngineName
      EngineResult EntityAction Fault FaultOptions GuardVerdict HttpGuardOptions HttpServeOptions InferredOutput
      LoadCatalogOptions LoggingLevel PlannedFaultKind RunningHttpServer ServerIdentity SessionServerOptions
      SimulationEngine SimulationOptions SkippedTool StdioTransportOptions ToolPlace ValueContext WorldChange Pollutant
      WorldRecord WorldTables
    `,
  },
  'sim-client': {
    values: `
      Assistant ELICITATION_POLICIES LoopbackLoginProvider MCP_SERVER_SOURCE SessionFailed ToolCatalog
      answerElicitation connectServer formDefaults parseHeaders parseServerTarget readPrivateKey sessionFailure
      splitCommandLine streamFetch unknownToolText
    `,
    types: `
      AssistantOptions BrokenTool CatalogEntry ConnectOptions ElicitationPolicy ElicitationRequest HttpAuth
      LoginOptions McpConnection PlannedAttempt ServerTarget StopReason StreamFetchOptions ToolCallRecord TurnResult
    `,
  },
  'user-sim': {
    values: `
      CLIENT_TOKEN IRRELEVANT_REQUESTS ModelUser OUT_OF_REACH_REQUESTS OfflineUser PERSONAS RESOLVABLE USER_REPLY_SCHEMA actionOf
      actionText answerText correctionText describedLabel entityOf formatValue hasNumberedSibling humanizeName humanizeParameter
      initialsLabel isOutOfReachRequest isUnsaid languagePhrase meaningPhrase mediaName nameAsWords naturalList ordinalLabel outOfReachRequest ownCopy
      requestClause requestText spokenArguments toolNoun unitOf userNextPrompt userOpeningPrompt userSystemPrompt valueText
      withUnit withoutParameterList
    `,
    types: `
      Action AssistantTurn ElicitationAnswer ElicitationRequest ModelUserOptions RequestClause RequestOptions
      SpokenArgument ToolView UserAction UserFactory UserSimulator
    `,
  },
  harness: {
    values: `
      AgentError AgentProcess JUDGE_BRIEFS ModelJudge OfflineAssistant RunDir SCAFFOLD_COMPILER_OPTIONS SCORE_NAMES
      TaskEndpoint TaskSampler TaskServer ToolIndex buildReport checkCall checkCalls checkSchema compactRecord
      compareReports computeReward differentialCases errorResult evaluateAgent evaluateBfcl expandRecord
      exportHfDataset exportRecord formatReport groupAdvantages implausibleArgument isWordSalad judgePrompt
      judgeTranscript linkInstalledModules mutations parseReply playAgentTask promptRows readConversation readRun
      readTree reviewerChecks runChecks runLoop scaffoldServer scoreSession selectRoles serveReward servedCalls
      sessionMessages stratify stratifyRun synthesize taskIdPrefix treeDigest writePromptSet
    `,
    types: `
      Acceptance AgentFailure AgentReport AgentSuite BfclFunctionDoc BfclMcpOptions BfclReport CaseKind CheckOptions
      CheckVerdict Conversation DecodedCall DifferentialCase DifferentialResult Disagreement ElicitationRelay
      EvalAgentOptions ExpectedCall ExportFormat GroupSummary HfExportOptions HfExportSummary JudgeBrief LoopOptions
      LoopState PlayOptions PlayedSession PlayedTurn PromptRow QualityReport RelayedQuestion ReviewedCall ReviewedTurn
      RewardParts RewardWeights RoleModels RolloutInput RoundReport RunInputs RunManifest ScaffoldMode ScaffoldOptions
      ScaffoldReport SchemaCheck ScoreName ServedCall ServedElicitation SessionFailure SessionScores SessionVerdict
      Stratification SynthOptions SynthSummary TaskDifficulty TaskResult ToolReport
    `,
  },
};

const names = (list: string): string[] => list.split(/\s+/).filter(Boolean).sort();

/** The names an index exports, by whether they are types only; `star` counts `export *` statements. */
function indexExports(pkg: string): { values: string[]; types: string[]; star: number; header: string } {
  const file = join(PACKAGES, pkg, 'src', 'index.ts');
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const values: string[] = [];
  const types: string[] = [];
  let star = 0;
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement)) continue;
    if (statement.exportClause === undefined || !ts.isNamedExports(statement.exportClause)) star += 1;
    else
      for (const element of statement.exportClause.elements)
        (statement.isTypeOnly || element.isTypeOnly ? types : values).push(element.name.text);
  }
  return { values: values.sort(), types: types.sort(), star, header: text.slice(0, text.indexOf('*/')) };
}

describe('public surface', () => {
  for (const [pkg, surface] of Object.entries(SURFACE)) {
    it(`@inftool/${pkg} exports exactly the pinned names, each by name, under a public-API header`, async () => {
      const found = indexExports(pkg);
      expect(found.star).toBe(0);
      expect(found.header).toMatch(/Everything exported here is public API/);
      expect(found.values).toEqual(names(surface.values));
      expect(found.types).toEqual(names(surface.types));
      // The built module (what a user loads; `pnpm test` builds first), so the types-only names are checked as the emit sees them.
      const loaded = (await import(pathToFileURL(join(PACKAGES, pkg, 'dist', 'index.js')).href)) as Record<string, unknown>;
      expect(Object.keys(loaded).sort()).toEqual(names(surface.values));
    });
  }
});
