import type { Rule } from '../detect/types.js';
import { fake } from './fake.js';
import { contextual, gen, nearName, prefixed, UUID } from './define.js';

const MAILGUN_NAMED = /mailgun|\bmg[_-]/i;

export const communicationMoreRules = (): Rule[] => [
  {
    id: 'discord-bot-token',
    title: 'Discord bot token',
    provider: 'Discord',
    keywords: ['discord'],
    scope: 'line',
    // The first segment is the bot's id in base64; keyed on "discord" nearby because the shape alone is generic.
    regex: /discord[\w.-]{0,40}["'\]]{0,2}\s{0,5}(?:=|:=|=>|:)\s{0,5}["'`]?([MNO][A-Za-z\d_-]{23,25}\.[\w-]{6}\.[\w-]{27,38})(?![\w-])/gi,
    confidence: 'high',
    playbook: 'api-token',
    tps: () => [`DISCORD_BOT_TOKEN=M${gen.alnum(23)()}.${gen.base64url(6)()}.${gen.base64url(27)()}`, `"discordToken": "N${gen.alnum(24)()}.${gen.base64url(6)()}.${gen.base64url(38)()}"`],
    fps: ['DISCORD_BOT_TOKEN=<bot token>', 'DISCORD_BOT_TOKEN=${DISCORD_BOT_TOKEN}'],
  },
  {
    id: 'discord-webhook-url',
    title: 'Discord webhook URL',
    provider: 'Discord',
    keywords: ['/api/webhooks/'],
    regex: /discord(?:app)?\.com\/api\/webhooks\/(\d{17,20}\/[\w-]{60,68})(?![\w-])/g,
    confidence: 'high',
    playbook: 'api-token',
    tps: () => [`https://discord.com/api/webhooks/${fake.digits(18)}/${gen.base64url(68)()}`, `WEBHOOK="https://discordapp.com/api/webhooks/${'1'.repeat(3)}${fake.digits(15)}/${gen.base64url(64)()}"`],
    fps: ['https://discord.com/api/webhooks/<id>/<token>', 'https://discord.com/api/webhooks/123/abc'],
  },
  {
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    provider: 'Telegram',
    keywords: [':aa'],
    regex: /(?<![\w:])(\d{8,10}:AA[0-9A-Za-z_-]{33})(?![\w-])/g,
    confidence: 'high',
    playbook: 'api-token',
    tps: () => [`TELEGRAM_BOT_TOKEN=${fake.digits(10)}:AA${gen.base64url(33)()}`, `bot = Bot("${fake.digits(9)}:AA${gen.base64url(33)()}")`],
    fps: ['TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'time 12:AA'],
  },
  // "key-" and 32 hex is also what `'key-' . md5(…)` makes (cache ids): Mailgun must be named in the text, as gitleaks requires.
  {
    ...prefixed({ id: 'mailgun-private-key', title: 'Mailgun private API key', provider: 'Mailgun', playbook: 'api-token', prefix: 'key-', body: 'a-f0-9', len: 32, confidence: 'medium', validate: (_s, { match }) => MAILGUN_NAMED.test(match.input) }),
    tps: () => [`MAILGUN_API_KEY=key-${gen.hex(32)()}`, `mailgun:\n  domain: mg.acme.io\n  api_key: "key-${gen.hex(32)()}"`, `MG_KEY=key-${gen.hex(32)()}`],
    get fps() {
      return ['MAILGUN_API_KEY=key-<your key>', `$this->assertEquals('key-${gen.hex(32)()}', $cache->id($request));`];
    },
  },
  contextual({ id: 'mailgun-api-key', title: 'Mailgun API key', provider: 'Mailgun', playbook: 'api-token', keywords: ['mailgun'], value: '[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}', example: () => `${gen.hex(32)()}-${gen.hex(8)()}-${gen.hex(8)()}` }),
  {
    id: 'mailchimp-api-key',
    title: 'Mailchimp API key',
    provider: 'Mailchimp',
    keywords: ['-us'],
    anchored: true,
    anchorOffset: -32,
    regex: /(?<![A-Za-z0-9])([a-f0-9]{32}-us\d{1,2})(?![A-Za-z0-9])/g,
    entropy: 3,
    confidence: 'high',
    playbook: 'api-token',
    tps: () => [`MAILCHIMP_API_KEY=${gen.hex(32)()}-us21`, `apiKey: '${gen.hex(32)()}-us6'`],
    fps: ['MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21', 'region-us1'],
  },
  prefixed({ id: 'mailchimp-transactional-key', title: 'Mailchimp Transactional (Mandrill) API key', provider: 'Mailchimp', playbook: 'api-token', prefix: 'md-', body: 'A-Za-z0-9_-', len: 22, confidence: 'medium' }),
  contextual({ id: 'postmark-token', title: 'Postmark server/account token', provider: 'Postmark', playbook: 'api-token', keywords: ['postmark'], value: UUID, example: gen.uuid() }),
  nearName({ id: 'vonage-api-secret', title: 'Vonage (Nexmo) API secret', provider: 'Vonage', playbook: 'api-token', names: ['vonage', 'nexmo'], value: '[A-Za-z0-9]{16}', example: gen.alnum(16) }),
  contextual({ id: 'messagebird-api-key', title: 'MessageBird API key', provider: 'MessageBird', playbook: 'api-token', keywords: ['messagebird', 'message_bird', 'message-bird'], value: '[A-Za-z0-9]{25}', example: gen.alnum(25) }),
  contextual({ id: 'intercom-access-token', title: 'Intercom access token', provider: 'Intercom', playbook: 'api-token', keywords: ['intercom'], value: '[A-Za-z0-9=_-]{60}', example: gen.base64url(60) }),
  contextual({ id: 'zendesk-api-token', title: 'Zendesk API token', provider: 'Zendesk', playbook: 'api-token', keywords: ['zendesk'], value: '[A-Za-z0-9]{40}', example: gen.alnum(40) }),
  {
    id: 'microsoft-teams-webhook',
    title: 'Microsoft Teams incoming webhook URL',
    provider: 'Microsoft Teams',
    keywords: ['webhook.office.com', 'logic.azure.com'],
    regex: /(https:\/\/[a-z0-9-]+\.webhook\.office\.com\/webhookb2\/[a-z0-9-]{36}@[a-z0-9-]{36}\/IncomingWebhook\/[a-z0-9]{32}\/[a-z0-9-]{36}(?:\/[A-Za-z0-9_-]{40,50})?)/g,
    confidence: 'high',
    playbook: 'api-token',
    tps: () => [`TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/${gen.uuid()()}@${gen.uuid()()}/IncomingWebhook/${gen.hex(32)()}/${gen.uuid()()}`, `url: "https://contoso.webhook.office.com/webhookb2/${gen.uuid()()}@${gen.uuid()()}/IncomingWebhook/${gen.hex(32)()}/${gen.uuid()()}"`],
    fps: ['https://acme.webhook.office.com/webhookb2/<id>', 'see webhook.office.com docs'],
  },
  prefixed({ id: 'brevo-api-key', title: 'Brevo (Sendinblue) API key', provider: 'Brevo', playbook: 'api-token', prefix: 'xkeysib-', body: 'a-f0-9', len: 64, suffix: '' }),
  prefixed({ id: 'brevo-smtp-key', title: 'Brevo SMTP key', provider: 'Brevo', playbook: 'api-token', prefix: 'xsmtpsib-', body: 'a-f0-9', len: 64 }),
  contextual({ id: 'mailjet-secret', title: 'Mailjet API secret', provider: 'Mailjet', playbook: 'api-token', keywords: ['mailjet'], value: '[a-f0-9]{32}', example: gen.hex(32) }),
  contextual({ id: 'sendbird-token', title: 'Sendbird API token', provider: 'Sendbird', playbook: 'api-token', keywords: ['sendbird'], value: '[a-f0-9]{40}', example: gen.hex(40) }),
  contextual({ id: 'pusher-secret', title: 'Pusher app secret', provider: 'Pusher', playbook: 'api-token', keywords: ['pusher'], value: '[a-f0-9]{20}', example: gen.hex(20) }),
  contextual({ id: 'twilio-sendgrid-webhook-key', title: 'Twilio Segment write key', provider: 'Segment', playbook: 'api-token', keywords: ['segment_write_key', 'segment-write-key', 'segmentwritekey'], value: '[A-Za-z0-9]{32}', example: gen.alnum(32) }),
  contextual({ id: 'slack-signing-secret', title: 'Slack signing secret', provider: 'Slack', playbook: 'webhook-signing', keywords: ['slack_signing', 'slack-signing', 'slacksigning'], value: '[a-f0-9]{32}', example: gen.hex(32) }),
];
