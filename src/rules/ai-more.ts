import type { Rule } from '../detect/types.js';
import { contextual, gen, prefixed } from './define.js';

export const aiMoreRules = (): Rule[] => [
  prefixed({ id: 'huggingface-token', title: 'Hugging Face access token', provider: 'Hugging Face', playbook: 'api-token', prefix: 'hf_', body: 'A-Za-z', len: 34 }),
  prefixed({ id: 'huggingface-org-token', title: 'Hugging Face organization API token', provider: 'Hugging Face', playbook: 'api-token', prefix: 'api_org_', body: 'A-Za-z', len: 34 }),
  contextual({ id: 'cohere-api-key', title: 'Cohere API key', provider: 'Cohere', playbook: 'api-token', keywords: ['cohere', 'co_api_key'], value: '[A-Za-z0-9]{40}', example: gen.alnum(40) }),
  contextual({ id: 'mistral-api-key', title: 'Mistral AI API key', provider: 'Mistral', playbook: 'api-token', keywords: ['mistral'], value: '[A-Za-z0-9]{32}', example: gen.alnum(32) }),
  prefixed({ id: 'groq-api-key', title: 'Groq API key', provider: 'Groq', playbook: 'api-token', prefix: 'gsk_', body: 'A-Za-z0-9', len: 52 }),
  prefixed({ id: 'replicate-api-token', title: 'Replicate API token', provider: 'Replicate', playbook: 'api-token', prefix: 'r8_', body: 'A-Za-z0-9', len: 37 }),
  prefixed({ id: 'perplexity-api-key', title: 'Perplexity API key', provider: 'Perplexity', playbook: 'api-token', prefix: 'pplx-', body: 'A-Za-z0-9', len: 48 }),
  contextual({ id: 'deepseek-api-key', title: 'DeepSeek API key', provider: 'DeepSeek', playbook: 'api-token', keywords: ['deepseek'], value: 'sk-[a-f0-9]{32}', example: () => `sk-${gen.hex(32)()}` }),
  prefixed({ id: 'xai-api-key', title: 'xAI (Grok) API key', provider: 'xAI', playbook: 'api-token', prefix: 'xai-', body: 'A-Za-z0-9', len: 80 }),
  prefixed({ id: 'langsmith-api-key', title: 'LangSmith API key', provider: 'LangChain', playbook: 'api-token', prefix: ['lsv2_pt_', 'lsv2_sk_'], body: 'a-f0-9_', len: 43 }),
  prefixed({ id: 'pinecone-api-key', title: 'Pinecone API key', provider: 'Pinecone', playbook: 'api-token', prefix: 'pcsk_', body: 'A-Za-z0-9_', len: [60, 80] }),
  contextual({ id: 'together-api-key', title: 'Together AI API key', provider: 'Together AI', playbook: 'api-token', keywords: ['together_api', 'togetherai', 'together-api'], value: '[a-f0-9]{64}', example: gen.hex(64) }),
  contextual({ id: 'fireworks-api-key', title: 'Fireworks AI API key', provider: 'Fireworks AI', playbook: 'api-token', keywords: ['fireworks'], value: 'fw_[A-Za-z0-9]{24}|[A-Za-z0-9]{48}', example: () => `fw_${gen.alnum(24)()}` }),
  prefixed({ id: 'openrouter-api-key', title: 'OpenRouter API key', provider: 'OpenRouter', playbook: 'api-token', prefix: 'sk-or-v1-', body: 'a-f0-9', len: 64 }),
  prefixed({ id: 'elevenlabs-api-key', title: 'ElevenLabs API key', provider: 'ElevenLabs', playbook: 'api-token', prefix: 'sk_', body: 'a-f0-9', len: 48, confidence: 'medium' }),
  contextual({ id: 'assemblyai-api-key', title: 'AssemblyAI API key', provider: 'AssemblyAI', playbook: 'api-token', keywords: ['assemblyai', 'assembly_ai'], value: '[a-f0-9]{32}', example: gen.hex(32) }),
  contextual({ id: 'stability-api-key', title: 'Stability AI API key', provider: 'Stability AI', playbook: 'api-token', keywords: ['stability'], value: 'sk-[A-Za-z0-9]{48}', example: () => `sk-${gen.alnum(48)()}` }),
];
