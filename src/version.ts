declare const __LEAKGUARD_VERSION__: string | undefined;

/** Injected by the bundler from package.json; "dev" when running from source. */
export const VERSION: string = typeof __LEAKGUARD_VERSION__ === 'string' ? __LEAKGUARD_VERSION__ : 'dev';
