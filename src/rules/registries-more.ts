import type { Rule } from '../detect/types.js';
import { contextual, gen, prefixed } from './define.js';

export const registryMoreRules = (): Rule[] => [
  prefixed({ id: 'rubygems-api-key', title: 'RubyGems API key', provider: 'RubyGems', playbook: 'registry', prefix: 'rubygems_', body: 'a-f0-9', len: 48 }),
  prefixed({ id: 'nuget-api-key', title: 'NuGet API key', provider: 'NuGet', playbook: 'registry', prefix: 'oy2', body: 'a-z0-9', len: 43 }),
  prefixed({ id: 'crates-io-token', title: 'crates.io API token', provider: 'crates.io', playbook: 'registry', prefix: 'cio', body: 'A-Za-z0-9', len: 32 }),
  prefixed({ id: 'packagist-token', title: 'Private Packagist token', provider: 'Packagist', playbook: 'registry', prefix: ['packagist_ouk_', 'packagist_out_', 'packagist_uut_', 'packagist_ous_'], body: 'a-f0-9', len: 68 }),
  contextual({ id: 'hex-pm-api-key', title: 'Hex.pm API key', provider: 'Hex', playbook: 'registry', keywords: ['hex_api_key', 'hexpm', 'hex.pm'], value: '[a-f0-9]{32}', example: gen.hex(32) }),
  // The prefix is base64 of the token's fixed header ("testpypi.org"), not a secret:
  prefixed({ id: 'pypi-test-token', title: 'TestPyPI upload token', provider: 'PyPI', playbook: 'registry', prefix: 'pypi-AgENdGVzdC5weXBpLm9yZw', body: 'A-Za-z0-9_-', len: [50, 1000] }), // leakguard:allow
  contextual({ id: 'cocoapods-trunk-token', title: 'CocoaPods trunk token', provider: 'CocoaPods', playbook: 'registry', keywords: ['cocoapods', 'cocoapods_trunk'], value: '[a-f0-9]{32}', example: gen.hex(32) }),
  contextual({ id: 'pub-dev-token', title: 'pub.dev credentials', provider: 'pub.dev', playbook: 'registry', keywords: ['pub_token', 'pub-credentials', 'pubdev'], value: '[A-Za-z0-9._-]{40,}', example: gen.base64url(60) }),
  prefixed({ id: 'yarn-npm-auth-ident', title: 'Yarn registry auth (npmAuthToken)', provider: 'npm', playbook: 'npm', prefix: 'npmAuthToken: ', body: 'A-Za-z0-9_-', len: [30, 100], confidence: 'medium' }),
];
