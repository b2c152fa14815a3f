// Types for scripts/teamsApp.mjs, for the TypeScript tests that import it.
export const TEAMS_APP_ZIP: string;
export const TEAMS_SCHEMA: string;
export const HUB_TAB_COMPONENT_ID: string;
export interface ITeamsManifest {
  readonly version: string;
  readonly id: string;
  readonly icons: { readonly color: string; readonly outline: string };
  readonly staticTabs?: readonly { readonly entityId: string; readonly name: string; readonly contentUrl: string; readonly scopes: readonly string[] }[];
  readonly configurableTabs?: readonly { readonly configurationUrl: string; readonly scopes: readonly string[]; readonly canUpdateConfiguration?: boolean }[];
  readonly webApplicationInfo?: { readonly id: string; readonly resource: string };
  readonly [key: string]: unknown;
}
export interface IValidator {
  (data: unknown): boolean;
  errors?: readonly { readonly dataPath?: string; readonly message?: string }[] | null;
}
export function teamsVersion(): string;
export function packagedManifest(): ITeamsManifest;
export function zip(files: readonly (readonly [string, Buffer])[]): Buffer;
export function buildTeamsAppZip(): Buffer;
export function writeTeamsAppZip(): string;
export function teamsSchemaValidator(): IValidator;
export function pngInfo(bytes: Buffer): { width: number; height: number; alpha: boolean };
export function teamsAppProblems(zipBytes: Buffer, validate: IValidator, webPartIds: readonly string[]): string[];
