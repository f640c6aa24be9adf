import type { Rule } from '../detect/types.js';
import { contextual, gen, prefixed, UUID } from './define.js';

/** Hosted databases and data platforms (passwords in connection strings: see generic.ts). */
export const databaseRules = (): Rule[] => [
  contextual({ id: 'mongodb-atlas-api-key', title: 'MongoDB Atlas API private key', provider: 'MongoDB Atlas', playbook: 'database', keywords: ['atlas_private', 'mongodb_atlas', 'atlas-private', 'atlas_api'], value: UUID, example: gen.uuid() }),
  prefixed({ id: 'planetscale-token', title: 'PlanetScale service token or password', provider: 'PlanetScale', playbook: 'database', prefix: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'], body: 'A-Za-z0-9_.=-', len: [32, 64] }),
  prefixed({ id: 'neon-api-key', title: 'Neon API key', provider: 'Neon', playbook: 'database', prefix: 'napi_', body: 'a-z0-9', len: 64 }),
  contextual({ id: 'redis-cloud-api-key', title: 'Redis Cloud API key', provider: 'Redis Cloud', playbook: 'database', keywords: ['redis_cloud', 'rediscloud', 'redislabs'], value: '[A-Za-z0-9]{40,60}', example: gen.alnum(50) }),
  prefixed({ id: 'databricks-token', title: 'Databricks personal access token', provider: 'Databricks', playbook: 'database', prefix: 'dapi', body: 'a-f0-9', len: 32 }),
  contextual({ id: 'snowflake-password', title: 'Snowflake password', provider: 'Snowflake', playbook: 'database', keywords: ['snowflake_password', 'snowflake-password', 'snowsql_pwd', 'sf_password'], value: '[^\\s"\'`]{8,128}', example: () => `${gen.alnum(14)()}!` }),
  contextual({ id: 'upstash-redis-token', title: 'Upstash Redis REST token', provider: 'Upstash', playbook: 'database', keywords: ['upstash'], value: 'A[A-Za-z0-9_-]{50,}=*', example: () => `A${gen.base64url(60)()}` }),
  contextual({ id: 'turso-auth-token', title: 'Turso database auth token', provider: 'Turso', playbook: 'database', keywords: ['turso', 'libsql_auth'], value: 'eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}', example: () => `eyJ${gen.base64url(24)()}.${gen.base64url(60)()}.${gen.base64url(86)()}` }),
  contextual({ id: 'cockroachdb-api-key', title: 'CockroachDB Cloud API key', provider: 'CockroachDB', playbook: 'database', keywords: ['cockroach'], value: 'CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40}', example: () => `CCDB1_${gen.alnum(22)()}_${gen.alnum(40)()}` }),
  contextual({ id: 'firebase-db-secret', title: 'Firebase Realtime Database secret', provider: 'Firebase', playbook: 'gcp', keywords: ['firebase_secret', 'firebase-secret', 'firebase_db_secret', 'firebase_database_secret'], value: '[A-Za-z0-9]{40}', example: gen.alnum(40) }),
  contextual({ id: 'influxdb-token', title: 'InfluxDB API token', provider: 'InfluxDB', playbook: 'database', keywords: ['influx'], value: '[A-Za-z0-9_-]{86}==', example: () => `${gen.base64url(86)()}==` }),
  contextual({ id: 'clickhouse-cloud-key', title: 'ClickHouse Cloud key secret', provider: 'ClickHouse', playbook: 'database', keywords: ['clickhouse'], value: '4b1d[A-Za-z0-9]{38}', example: () => `4b1d${gen.alnum(38)()}` }),
];
