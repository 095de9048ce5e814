/** The scan policy a team commits next to its code (its own module: the CLI's cache answer reads it without zod). */
export const CONFIG_FILE_NAME = '.microapp-guard.yaml';
