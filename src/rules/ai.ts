import { fake } from './fake.js';
import type { Rule } from '../detect/types.js';

export const aiRules = (): Rule[] => [
  {
    id: 'openai-api-key',
    title: 'OpenAI API key',
    provider: 'OpenAI',
    // Every OpenAI key embeds "T3BlbkFJ", base64 of "OpenAI".
    keywords: ['t3blbkfj'],
    regex: /(?<![A-Za-z0-9_-])(sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])/g,
    confidence: 'high',
    playbook: 'openai',
    tps: () => [
      `OPENAI_API_KEY=sk-${fake.alnum(20)}T3BlbkFJ${fake.alnum(20)}`,
      `openai.api_key = "sk-proj-${fake.base64url(74)}T3BlbkFJ${fake.base64url(74)}"`,
    ],
    fps: ['OPENAI_API_KEY=sk-...', 'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx'],
  },
  {
    id: 'openai-project-key',
    title: 'OpenAI project API key',
    provider: 'OpenAI',
    keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    anchored: true,
    regex: /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{80,300})(?![A-Za-z0-9_-])/g,
    entropy: 4.0,
    confidence: 'high',
    playbook: 'openai',
    tps: () => [`OPENAI_API_KEY=sk-proj-${fake.base64url(156)}`, `"key": "sk-svcacct-${fake.base64url(120)}"`],
    fps: ['OPENAI_API_KEY=sk-proj-...', 'keys start with sk-proj-'],
  },
  {
    id: 'anthropic-api-key',
    title: 'Anthropic API key',
    provider: 'Anthropic',
    keywords: ['sk-ant-'],
    anchored: true,
    // API and admin keys are 93 characters and a fixed "AA" (their length and end tell a key from a truncated or
    // edited one); OAuth and session tokens vary.
    regex: /(?<![A-Za-z0-9_-])(sk-ant-(?:(?:api|admin)\d\d-[A-Za-z0-9_-]{93}AA|(?:oat|sid)\d\d-[A-Za-z0-9_-]{80,120}))(?![A-Za-z0-9_-])/g,
    entropy: 4.0,
    confidence: 'high',
    playbook: 'anthropic',
    tps: () => [`ANTHROPIC_API_KEY=sk-ant-api03-${fake.base64url(93)}AA`, `apiKey: "sk-ant-admin01-${fake.base64url(93)}AA"`],
    fps: ['ANTHROPIC_API_KEY=sk-ant-api03-...', 'ANTHROPIC_API_KEY=sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAA'],
  },
];
