/**
 * Values that are key material meant to be seen: what a public key's holder can read or check, or how a key is
 * named. They are random, they sit under names that say key or secret, and they unlock nothing.
 */
export declare function rsaBlock(value: string): number | undefined;
/**
 * The value is a GPG key's fingerprint and the file hands its variable to gpg as the key to use (`SIGN_KEY=B76D…`,
 * then `gpg --default-key $SIGN_KEY --detach-sign`): it names a public key. Returns the variable's name.
 */
export declare function gpgKeyName(value: string, before: string, text: string): string | undefined;
