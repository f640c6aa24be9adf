import { fake } from './fake.js';
import type { MatchContext, Rule } from '../detect/types.js';

// AWS key ids: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
// The 16 characters after the prefix are base32 (A–Z, 2–7).
const awsId = (prefix = 'AKIA') => prefix + fake.upper(8).replace(/[01]/g, 'Q') + '2345' + fake.upper(4);

const FIREBASE_CONFIG = /authDomain|firebaseapp\.com|messagingSenderId|firebaseConfig|FIREBASE_API_KEY|firebase_api_key/;

// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html: an hour by default, 36 at most.
const STS_LIFETIME = 'hours (a temporary key from AWS STS: an hour by default, 36 at most)';
const TEMPORARY_KEY_ID = /(?<![A-Za-z0-9])ASIA[A-Z2-7]{16}(?![A-Za-z0-9])/;

/** The text around a value, both ways: where a credential's other half is written. */
function around({ around, match }: MatchContext, reach: number): string {
  const text = around?.text ?? match.input;
  const at = around?.at ?? match.index;
  return text.slice(Math.max(0, at - reach), at + reach);
}

/** A service account's JSON whose private_key is written and is no PEM key (also inside a string: `\"private_key\"`). */
const PRIVATE_KEY_FIELD = /\\?"private_key\\?"\s{0,5}:\s{0,5}\\?"(-----BEGIN)?/;

function keylessServiceAccount(text: string): boolean {
  const field = PRIVATE_KEY_FIELD.exec(text);
  return field !== null && field[1] === undefined;
}

export const cloudRules = (): Rule[] => [
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    provider: 'AWS',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    anchored: true,
    regex: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9])/g,
    confidence: 'high',
    playbook: 'aws',
    shortLived: (id) => (id.startsWith('ASIA') ? STS_LIFETIME : undefined),
    tps: () => [`aws_access_key_id = ${awsId()}`, `"AccessKeyId": "${awsId('ASIA')}"`, `key=${awsId()}&x=1`],
    fps: ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIAXXXXXXXXXXXXXXXX', 'const id = "AKIA" + suffix', 'BAKIA234567ABCDEFGHIJKL'],
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    provider: 'AWS',
    keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'aws-secret', 'awssecret'],
    scope: 'line',
    regex: /(?:secret[_-]?access[_-]?key|aws[_-]?secret(?:[_-]?(?:access[_-]?)?key)?)["']?\s{0,5}(?:=|:|=>|:=)\s{0,5}["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    entropy: 4.0,
    confidence: 'high',
    playbook: 'aws',
    // A temporary key's secret: its key id (ASIA…) is written beside it, as every tool that prints one does.
    shortLived: (_s, ctx) => (TEMPORARY_KEY_ID.test(around(ctx, 300)) ? `${STS_LIFETIME}, the secret of the temporary key beside it` : undefined),
    tps: () => [
      `aws_secret_access_key = ${fake.base64(40)}`,
      `AWS_SECRET_ACCESS_KEY="${fake.base64(40)}"`,
      `  "SecretAccessKey": "${fake.base64(40)}",`,
    ],
    fps: [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
      'aws_secret_access_key = aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,',
    ],
  },
  {
    id: 'aws-session-token',
    title: 'AWS temporary session token',
    provider: 'AWS',
    // Session tokens are base64 of a binary blob that starts the same way.
    keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdz'],
    anchored: true,
    regex: /((?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz)[A-Za-z0-9/+=]{100,2000})/g,
    confidence: 'high',
    playbook: 'aws',
    shortLived: () => STS_LIFETIME,
    tps: () => [`AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj${fake.base64(300)}`, `aws_session_token = FwoGZXIvYXdz${fake.base64(200)}`],
    fps: ['AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj', 'token: FwoGZXIvYXdz...'],
  },
  {
    id: 'gcp-api-key',
    title: 'Google API key (Maps, Firebase, Gemini / AI Studio…)',
    provider: 'Google Cloud',
    keywords: ['aiza'],
    anchored: true,
    regex: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
    confidence: 'high',
    playbook: 'gcp',
    // A Firebase web config's apiKey identifies the project to the client SDK and ships in every
    // page (https://firebase.google.com/docs/projects/api-keys); security comes from Firebase rules.
    warning: (_s, ctx) => (FIREBASE_CONFIG.test(around(ctx, 600)) ? 'public by design' : undefined),
    tps: () => [`GOOGLE_API_KEY=AIza${fake.base64url(35)}`, `const key = "AIza${fake.base64url(35)}";`],
    fps: ['GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AIza is the prefix of Google API keys', 'key: AIza${KEY_SUFFIX}'],
  },
  {
    id: 'gcp-service-account-key',
    title: 'Google Cloud service account key (JSON)',
    provider: 'Google Cloud',
    keywords: ['private_key_id'],
    scope: 'line',
    regex: /"private_key_id"\s{0,5}:\s{0,5}"([a-f0-9]{40})"/g,
    confidence: 'high',
    playbook: 'gcp',
    // The id names the key; the key is the private_key beside it. When that is written and is no PEM key
    // ("super secret key", "fake"), the file is a stand-in: nothing here signs a token.
    warning: (_s, ctx) => (keylessServiceAccount(around(ctx, 3000)) ? 'holds no secret yet' : undefined),
    tps: () => [`  "private_key_id": "${fake.hex(40)}",`, `{"type":"service_account","private_key_id":"${fake.hex(40)}"}`],
    fps: ['  "private_key_id": "",', '"private_key_id": "<your key id>"'],
  },
  {
    id: 'gcp-oauth-client-secret',
    title: 'Google OAuth client secret',
    provider: 'Google Cloud',
    keywords: ['gocspx-'],
    anchored: true,
    regex: /(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/g,
    confidence: 'high',
    playbook: 'gcp',
    tps: () => [`"client_secret": "GOCSPX-${fake.base64url(28)}"`, `GOOGLE_CLIENT_SECRET=GOCSPX-${fake.base64url(28)}`],
    fps: ['client_secret: GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'prefix GOCSPX- marks a client secret'],
  },
  {
    id: 'gcp-oauth-access-token',
    title: 'Google OAuth access token',
    provider: 'Google Cloud',
    keywords: ['ya29.'],
    anchored: true,
    regex: /(?<![A-Za-z0-9])(ya29\.[0-9A-Za-z_-]{30,1000})/g,
    entropy: 3.5,
    confidence: 'medium',
    playbook: 'gcp',
    shortLived: () => 'an hour (a Google OAuth access token)',
    tps: () => [`Authorization: Bearer ya29.${fake.base64url(120)}`, `token = "ya29.a0${fake.base64url(80)}"`],
    fps: ['ya29.${TOKEN}', 'tokens start with ya29. and expire'],
  },
  {
    id: 'azure-storage-account-key',
    title: 'Azure storage account key',
    provider: 'Azure',
    keywords: ['accountkey'],
    scope: 'line',
    regex: /AccountKey\s{0,3}=\s{0,3}([A-Za-z0-9+/]{86}==)/gi,
    confidence: 'high',
    playbook: 'azure',
    tps: () => [
      `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${fake.base64(86)}==;EndpointSuffix=core.windows.net`,
      `"AzureWebJobsStorage": "AccountName=x;AccountKey=${fake.base64(86)}=="`,
    ],
    fps: ['AccountName=devstoreaccount1;AccountKey=<key>', 'AccountKey=${STORAGE_KEY}'],
  },
  {
    id: 'azure-ad-client-secret',
    title: 'Azure AD (Entra ID) client secret',
    provider: 'Azure',
    // Secrets issued since 2021 carry "Q~" after three characters and a digit.
    keywords: ['q~'],
    regex: /(?:^|[\\'"`\s>=:(,)])([a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?:$|[\\'"`\s<),])/gm,
    entropy: 3.5,
    confidence: 'high',
    playbook: 'azure',
    tps: () => [`AZURE_CLIENT_SECRET=${fake.alnum(3)}8Q~${fake.base64url(34)}`, `clientSecret: "${fake.alnum(3)}7Q~${fake.alnum(31)}"`],
    fps: ['AZURE_CLIENT_SECRET=abc8Q~', 'the Q~ marker identifies new secrets'],
  },
  {
    id: 'azure-sas-token',
    title: 'Azure shared access signature',
    provider: 'Azure',
    keywords: ['sig='],
    scope: 'line',
    regex: /[?&]sig=([A-Za-z0-9%+/]{40,120}(?:%3D|=))/gi,
    confidence: 'high',
    playbook: 'azure',
    validate: (_s, { line }) => /[?&]sv=\d{4}-\d{2}-\d{2}/.test(line) && /[?&]s[ep]=/.test(line),
    tps: () => [
      `https://acme.blob.core.windows.net/c/f?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig=${fake.alnum(43)}%3D`,
      `SAS="?sv=2021-08-06&sp=r&se=2031-01-01&sig=${fake.alnum(44)}%3D"`,
    ],
    fps: ['https://example.com/?sig=abc', '?sv=2022-11-02&sig=<signature>'],
  },
];
