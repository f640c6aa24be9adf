/**
 * What a test that loads the file writes: its folder and name (`configs/tls.conf`), or undefined when the file sits at
 * the top of the repository (where tools find their settings by name: `tox.ini`, `pyproject.toml`, `.coveralls.yml`),
 * its name says too little, or it is one a framework loads by itself.
 */
export declare function distinctiveName(path: string): string | undefined;
/**
 * The test files that name `file`, when tests alone do: files in its own folder (fixtures including each other),
 * documentation and third-party code say nothing either way; any other file (program code, build files, settings)
 * naming it makes it the project's own.
 */
export declare function onlyTestsName(file: string, naming: readonly string[]): string[] | undefined;
