/**
 * @inftool/user-sim — the user simulator: persona, goal, known and unknown information → user turns.
 * Everything exported here is public API.
 */
export { OfflineUser } from './offline-user.js';
export { ModelUser, type ModelUserOptions } from './model-user.js';
export type {
  AssistantTurn,
  ElicitationAnswer,
  ElicitationRequest,
  ToolView,
  UserAction,
  UserFactory,
  UserSimulator,
} from './user-simulator.js';
export {
  PERSONAS,
  IRRELEVANT_REQUESTS,
  OUT_OF_REACH_REQUESTS,
  outOfReachRequest,
  isOutOfReachRequest,
  requestText,
  answerText,
  correctionText,
  formatValue,
} from './prompts/templates.js';
export {
  meaningPhrase,
  ownCopy,
  withoutParameterList,
  requestClause,
  toolNoun,
  type RequestClause,
  type RequestOptions,
} from './phrasing/request.js';
export { humanizeParameter, humanizeName, naturalList, entityOf } from './phrasing/humanize.js';
export { hasNumberedSibling, ordinalLabel } from './phrasing/numbered.js';
export { actionOf, actionText, nameAsWords, RESOLVABLE, type Action } from './phrasing/action.js';
export {
  spokenArguments,
  isUnsaid,
  CLIENT_TOKEN,
  valueText,
  describedLabel,
  initialsLabel,
  unitOf,
  withUnit,
  languagePhrase,
  mediaName,
  type SpokenArgument,
} from './phrasing/values.js';
export { userSystemPrompt, userOpeningPrompt, userNextPrompt, USER_REPLY_SCHEMA } from './prompts/user-turn.js';
