/**
 * @inftool/user-sim — the user simulator: persona, goal, known and unknown information → user turns.
 */
export { OfflineUser } from './offline-user.js';
export { ModelUser } from './model-user.js';
export type { AssistantTurn, ElicitationAnswer, ElicitationRequest, ToolView, UserAction, UserFactory, UserSimulator } from './user-simulator.js';
export { PERSONAS, IRRELEVANT_REQUESTS, requestText, answerText, formatValue } from './prompts/templates.js';
export { userSystemPrompt, userOpeningPrompt, userNextPrompt, USER_REPLY_SCHEMA } from './prompts/user-turn.js';
